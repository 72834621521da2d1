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


def find(tracking_number: str, secret: str) -> Application | None:
    """The request with this number if the secret matches; ``None`` otherwise (never says which
    of the two was wrong). Raises ``TrackingLocked`` after repeated failures."""
    number = "".join(tracking_number.split())
    since = timezone.now() - LOCK_WINDOW
    if TrackingAttempt.objects.filter(tracking_number=number, succeeded=False, at__gte=since).count() >= MAX_FAILURES:
        raise TrackingLocked("查询失败次数过多，请一小时后再试")
    application = Application.objects.select_related("unit").filter(tracking_number=number).first()
    stored = application.tracking_secret_hash if application else _DECOY
    ok = secret_matches(secret, stored) and application is not None
    TrackingAttempt.objects.create(tracking_number=number, succeeded=ok)
    return application if ok else None
