"""The applicant's side: a request is followed with its tracking number and a secret given once
at submission. Only a salted hash of the secret is stored; failed attempts are counted and a
number is locked for a while after too many, so secrets cannot be guessed."""

import hashlib
import hmac
import secrets
from datetime import timedelta

from django.utils import timezone

from gongkai.foi.models import Application, TrackingAttempt

SECRET_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: easy to read out and type
SECRET_LENGTH = 10  # 31^10 ≈ 8·10^14 possibilities
MAX_FAILURES = 10
# Failures from one address, across numbers (trying one guess on many numbers); several
# applicants may share an office or a mobile carrier's gateway, hence more room.
MAX_FAILURES_PER_ADDRESS = 50
LOCK_WINDOW = timedelta(hours=1)


def new_secret() -> str:
    return "".join(secrets.choice(SECRET_ALPHABET) for _ in range(SECRET_LENGTH))


def normalise_secret(secret: str) -> str:
    return "".join(secret.split()).upper()


def hash_secret(secret: str, salt: str | None = None) -> str:
    """``salt$sha256(salt:secret)``: a random 50-bit secret needs no slow hash, only a salt."""
    salt = salt or secrets.token_hex(8)
    digest = hashlib.sha256(f"{salt}:{normalise_secret(secret)}".encode()).hexdigest()
    return f"{salt}${digest}"


def secret_matches(secret: str, stored: str) -> bool:
    salt, _, _ = stored.partition("$")
    return bool(salt) and hmac.compare_digest(hash_secret(secret, salt), stored)


_DECOY = hash_secret(new_secret())  # compared when the number does not exist: same work either way


class TrackingLocked(Exception):
    """Too many failed attempts for this number; the message is Chinese."""


def _locked(number: str, client_ip: str | None) -> bool:
    failures = TrackingAttempt.objects.filter(succeeded=False, at__gte=timezone.now() - LOCK_WINDOW)
    if failures.filter(tracking_number=number).count() >= MAX_FAILURES:
        return True
    return client_ip is not None and failures.filter(client_ip=client_ip).count() >= MAX_FAILURES_PER_ADDRESS


def find(tracking_number: str, secret: str, client_ip: str | None = None) -> Application | None:
    """The request with this number if the secret matches; ``None`` otherwise (never says which
    of the two was wrong). Raises ``TrackingLocked`` after repeated failures for the number or
    from the address."""
    number = "".join(tracking_number.split())
    if _locked(number, client_ip):
        raise TrackingLocked("查询失败次数过多，请一小时后再试")
    application = Application.objects.select_related("unit").filter(tracking_number=number).first()
    stored = application.tracking_secret_hash if application else _DECOY
    ok = secret_matches(secret, stored) and application is not None
    TrackingAttempt.objects.create(tracking_number=number, succeeded=ok, client_ip=client_ip)
    return application if ok else None


def transfers(application: Application) -> list[Application]:
    """Where a transferred request went (条例 before receipt: 转送), in order; the requests it was
    transferred to keep the applicant's secret, so whoever opened one may open them."""
    chain, seen = [], {application.pk}
    current = Application.objects.select_related("unit").filter(transferred_from=application).first()
    while current is not None and current.pk not in seen:
        chain.append(current)
        seen.add(current.pk)
        current = Application.objects.select_related("unit").filter(transferred_from=current).first()
    return chain
