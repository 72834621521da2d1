"""The applicant's side: a request is followed with its tracking number and a secret given once
at submission. Only a salted hash of the secret is stored; failed attempts are counted and a
number is locked for a while after too many, so secrets cannot be guessed."""

import hashlib
import hmac
import secrets

from django.conf import settings

from gongkai.foi import throttle
from gongkai.foi.models import Application, TrackingAttempt

SECRET_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: easy to read out and type
SECRET_LENGTH = 10  # 31^10 ≈ 8·10^14 possibilities
MAX_FAILURES = 10  # per number in an hour; per address: settings.TRACK_FAILURE_LIMIT_PER_HOUR


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
    """Too many failed attempts for this number (``by="number"``) or from this address (``by="address"``,
    trying one guess on many numbers); the message is Chinese and says when to try again."""

    def __init__(self, by: str, retry_at):
        super().__init__(f"查询失败次数过多，{throttle.retry_text(retry_at)}")
        self.by, self.retry_at = by, retry_at


def _locked(number: str, client_ip: str | None) -> TrackingLocked | None:
    failures = TrackingAttempt.objects.filter(succeeded=False, at__gte=throttle.since())
    if retry_at := throttle.free_at(failures.filter(tracking_number=number), MAX_FAILURES):
        return TrackingLocked("number", retry_at)
    if client_ip is not None and (retry_at := throttle.free_at(failures.filter(client_ip=client_ip),
                                                               settings.TRACK_FAILURE_LIMIT_PER_HOUR)):
        return TrackingLocked("address", retry_at)
    return None


def find(tracking_number: str, secret: str, client_ip: str | None = None) -> Application | None:
    """The request with this number if the secret matches; ``None`` otherwise (never says which
    of the two was wrong). Raises ``TrackingLocked`` after repeated failures for the number or
    from the address."""
    number = "".join(tracking_number.split())
    if locked := _locked(number, client_ip):
        raise locked
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
