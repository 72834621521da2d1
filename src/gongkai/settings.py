"""Django settings, read from environment variables.

Modes (``GONGKAI_MODE``):
- ``production`` (default): DEBUG off, a secret key is required, cookies are HTTPS-only.
- ``demo``: the local demo; a secret key is generated once per data directory, plain HTTP works.
- ``test``: used by the test suite.

All local state lives under ``GONGKAI_HOME`` (default ``./var`` of the working directory), so two
instances never share files by accident.
"""

import os
import secrets
import sys
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

import dj_database_url

# The system SQLite (3.40 on Debian 12) mis-handles LIKE on FTS5 trigram tables for CJK text;
# pysqlite3-binary bundles a current SQLite. Swap it in before Django imports sqlite3.
try:
    import pysqlite3  # type: ignore[import-not-found]

    sys.modules["sqlite3"] = pysqlite3
except ImportError:  # pragma: no cover - non-Linux development machines
    pass

PACKAGE_DIR = Path(__file__).resolve().parent


def _env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), got {value!r}")


def _env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [part.strip() for part in value.split(",") if part.strip()]


MODE = os.environ.get("GONGKAI_MODE", "production")
if MODE not in {"production", "demo", "test"}:
    raise ImproperlyConfigured(f"GONGKAI_MODE must be production, demo or test, got {MODE!r}")
IS_PRODUCTION = MODE == "production"

HOME = Path(os.environ.get("GONGKAI_HOME", Path.cwd() / "var")).resolve()
HOME.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    key = os.environ.get("GONGKAI_SECRET_KEY")
    if key:
        return key
    if IS_PRODUCTION:
        raise ImproperlyConfigured(
            "GONGKAI_SECRET_KEY is not set. Production mode needs a long random secret key; "
            "for a local demo set GONGKAI_MODE=demo."
        )
    # Demo and test: one generated key per data directory, kept across restarts.
    key_file = HOME / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = _env_bool("GONGKAI_DEBUG", False)
ALLOWED_HOSTS = _env_list(
    "GONGKAI_ALLOWED_HOSTS", [] if IS_PRODUCTION else ["127.0.0.1", "localhost", "testserver"]
)
CSRF_TRUSTED_ORIGINS = _env_list("GONGKAI_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_tasks",
    "django_tasks_db",
    "ninja",  # serves the API docs' Swagger UI from static files (no CDN, see the CSP)
    "gongkai.core",
    "gongkai.workdays",
    "gongkai.orgs",
    "gongkai.catalog",
    "gongkai.foi",
    "gongkai.appeals",
    "gongkai.reports",
    "gongkai.reportcheck",
    "gongkai.search",
    "gongkai.portal",
    "gongkai.workbench",
    "gongkai.oversight",
    "gongkai.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "gongkai.core.middleware.SecurityHeadersMiddleware",
]

ROOT_URLCONF = "gongkai.urls"
WSGI_APPLICATION = "gongkai.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "gongkai.core.context_processors.site",
                "gongkai.workbench.context_processors.staff_navigation",
            ],
        },
    },
]

# Database: SQLite under GONGKAI_HOME unless DATABASE_URL says otherwise (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{HOME / 'gongkai.sqlite3'}",
        conn_max_age=int(os.environ.get("GONGKAI_DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets readers proceed during writes; IMMEDIATE avoids lock-upgrade deadlocks.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    DATABASES["default"]["TEST"] = {"NAME": os.environ.get("GONGKAI_TEST_SQLITE_NAME") or None}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "workbench:home"
LOGOUT_REDIRECT_URL = "portal:home"

# Lock-out after repeated failed logins (per username and per client address).
LOGIN_FAILURE_LIMIT = int(os.environ.get("GONGKAI_LOGIN_FAILURE_LIMIT", "5"))
LOGIN_LOCKOUT_MINUTES = int(os.environ.get("GONGKAI_LOGIN_LOCKOUT_MINUTES", "15"))
# Per-address limits on the public request pages (foi.throttle); 0 turns a limit off.
APPLY_LIMIT_PER_HOUR = int(os.environ.get("GONGKAI_APPLY_LIMIT_PER_HOUR", "10"))  # requests submitted on /apply/
TRACK_FAILURE_LIMIT_PER_HOUR = int(os.environ.get("GONGKAI_TRACK_FAILURE_LIMIT_PER_HOUR", "20"))  # wrong /track/ tries
# Reverse proxies whose X-Forwarded-For names the visitor (the lock-out counts per visitor, not per proxy).
TRUSTED_PROXIES = frozenset(
    address.strip() for address in os.environ.get("GONGKAI_TRUSTED_PROXIES", "127.0.0.1,::1").split(",")
    if address.strip()
)

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文")]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = HOME / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if IS_PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = not IS_PRODUCTION
MEDIA_ROOT = HOME / "media"
MEDIA_URL = "/media/"
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# Derived state under the data directory.
SEARCH_INDEX_DIR = HOME / "search"
DOCUMENTS_DIR = HOME / "documents"
SEARCH_BACKEND = os.environ.get("GONGKAI_SEARCH_BACKEND", "tantivy")  # or "postgres" (gongkai.search.backends)
CATALOG_INDEX_FORMAT = os.environ.get("GONGKAI_INDEX_FORMAT", "{credit_code}/{year}-{serial:05d}")  # 索引号

# Working-day counting (see gongkai.workdays.rules): by default the day after receipt is day 1
# (民法典第201条); "same_day" counts the receipt day itself when it is a working day.
WORKDAY_COUNTING = os.environ.get("GONGKAI_WORKDAY_COUNTING", "next_day")

# Keys encrypting ID and phone numbers at rest (Fernet), newest first; rotation in docs/requests.md.
FIELD_ENCRYPTION_KEYS = _env_list("GONGKAI_FIELD_KEYS", [])

# Background tasks: the database backend with its db_worker; tests run tasks immediately.
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks.backends.immediate.ImmediateBackend"
            if MODE == "test"
            else "django_tasks_db.DatabaseBackend"
        )
    }
}

EMAIL_BACKEND = os.environ.get(
    "GONGKAI_EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if IS_PRODUCTION
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = os.environ.get("GONGKAI_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("GONGKAI_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("GONGKAI_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("GONGKAI_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = _env_bool("GONGKAI_EMAIL_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("GONGKAI_FROM_EMAIL", "gongkai@localhost")

# Security headers. Production assumes HTTPS at a reverse proxy (see docs/operations.md).
HTTPS = _env_bool("GONGKAI_HTTPS", IS_PRODUCTION)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 8 * 60 * 60
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("GONGKAI_HSTS_SECONDS", "31536000"))

SITE_NAME = os.environ.get("GONGKAI_SITE_NAME", "政府信息公开平台")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("GONGKAI_LOG_LEVEL", "WARNING")},
}
