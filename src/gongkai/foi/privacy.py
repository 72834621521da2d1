"""ID and phone numbers at rest: encryption, keyed lookup hashes and masks.

- Encryption: Fernet (AES-128-CBC + HMAC-SHA256) through ``MultiFernet`` over
  ``settings.FIELD_ENCRYPTION_KEYS`` (newest first): new values are encrypted with the first key,
  values under any listed key can be read. Rotation: put a new key first, run
  ``gongkai foi rotate-keys`` (re-encrypts every value and recomputes the lookup hashes), then
  drop the old key (docs/requests.md).
- Lookup hashes: HMAC-SHA256 of the normalised value under a key derived from each encryption
  key, so "the same applicant" (fees, repeated requests) and phone look-ups work without
  decrypting; ``lookup_keys`` gives the hash under every key, for the window of a rotation.
- Masks for lists and exports: 3703**********123X, 138****5678.

Outside production, with no keys configured, one key is derived from ``SECRET_KEY``.
"""

import base64
import hashlib
import hmac
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from cryptography.fernet import Fernet, InvalidToken, MultiFernet


def configured_keys() -> tuple[str, ...]:
    keys = tuple(getattr(settings, "FIELD_ENCRYPTION_KEYS", ()) or ())
    if keys:
        return keys
    if settings.MODE == "production":
        raise ImproperlyConfigured("GONGKAI_FIELD_KEYS is not set: production needs a key to encrypt ID and phone "
                                   "numbers (generate one with: gongkai foi new-key)")
    digest = hashlib.sha256(f"gongkai-field-key:{settings.SECRET_KEY}".encode()).digest()
    return (base64.urlsafe_b64encode(digest).decode(),)


@lru_cache(maxsize=4)
def _ring(keys: tuple[str, ...]) -> tuple[MultiFernet, tuple[bytes, ...]]:
    try:
        fernets = [Fernet(key) for key in keys]
    except (ValueError, TypeError):
        raise ImproperlyConfigured("GONGKAI_FIELD_KEYS must be Fernet keys (32 bytes, url-safe base64)") from None
    lookup = tuple(hashlib.sha256(b"gongkai-lookup:" + base64.urlsafe_b64decode(key)).digest() for key in keys)
    return MultiFernet(fernets), lookup


def _keys():
    return _ring(configured_keys())


def new_key() -> str:
    return Fernet.generate_key().decode()


def encrypt(value: str) -> str:
    return _keys()[0].encrypt(value.encode()).decode()


class UnreadableValue(Exception):
    """The value was encrypted under a key no longer configured."""


def decrypt(token: str) -> str:
    try:
        return _keys()[0].decrypt(token.encode()).decode()
    except InvalidToken:
        raise UnreadableValue("encrypted value cannot be read with the configured keys") from None


def rotate(token: str) -> str:
    """The same value encrypted under the newest key."""
    return _keys()[0].rotate(token.encode()).decode()


def _normalise(value: str) -> str:
    return "".join(value.split()).upper()


def lookup_key(value: str) -> str:
    """The keyed hash under the newest key (stored beside the ciphertext)."""
    return hmac.new(_keys()[1][0], _normalise(value).encode(), hashlib.sha256).hexdigest()


def lookup_keys(value: str) -> list[str]:
    """The keyed hash under every configured key: query with ``__in`` during a rotation."""
    return [hmac.new(key, _normalise(value).encode(), hashlib.sha256).hexdigest() for key in _keys()[1]]


LONG_ID = 15  # 居民身份证 (15 or 18), 统一社会信用代码 (18)


def mask_id(number: str) -> str:
    """First 4 and last 4 characters kept: 3703**********123X (the birth date is hidden). Shorter
    numbers (passports, 港澳台 permits: 8–11 characters) keep their last 3 only, so that most of
    the number stays hidden."""
    number = _normalise(number)
    if len(number) >= LONG_ID:
        return number[:4] + "*" * (len(number) - 8) + number[-4:]
    if len(number) > 6:
        return "*" * (len(number) - 3) + number[-3:]
    return "*" * len(number)


def mask_phone(phone: str) -> str:
    """138****5678; landlines keep their last 4 digits: ********3622."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    if len(digits) == 11 and digits.startswith("1"):
        return f"{digits[:3]}****{digits[-4:]}"
    return "*" * max(len(digits) - 4, 0) + digits[-4:]
