"""Django settings for Nearer, read from the environment.

Development (the default) just works: a secret key and field-encryption key are created under
``var/`` on first run, the database is ``var/nearer.sqlite3``. Production
(``NEARER_ENV=production``) refuses to start without a real secret key and allowed hosts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import dj_database_url
from csp.constants import NONCE, NONE, SELF

from nearer.web.env import (
    ConfigurationError,
    env_bool,
    env_choice,
    env_int,
    env_list,
    env_str,
    local_field_key,
    local_secret,
)

PACKAGE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("NEARER_VAR_DIR", str(Path.cwd() / "var"))).resolve()

NEARER_ENV = env_choice("NEARER_ENV", ("development", "production"), "development")
PRODUCTION = NEARER_ENV == "production"
DEBUG = env_bool("NEARER_DEBUG", default=False)
if PRODUCTION and DEBUG:
    raise ConfigurationError("NEARER_DEBUG must be off when NEARER_ENV=production")

SECRET_KEY = env_str("NEARER_SECRET_KEY")
if PRODUCTION:
    if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or "insecure" in SECRET_KEY:
        raise ConfigurationError(
            "NEARER_SECRET_KEY must be set to a long random value (50+ characters) in production"
        )
elif not SECRET_KEY:
    SECRET_KEY = local_secret(VAR_DIR / "secret_key")

ALLOWED_HOSTS = env_list(
    "NEARER_ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost", "[::1]", "testserver"]
)
if PRODUCTION and not ALLOWED_HOSTS:
    raise ConfigurationError("NEARER_ALLOWED_HOSTS must name the host(s) Nearer is served on")
CSRF_TRUSTED_ORIGINS = env_list("NEARER_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "csp",
    "axes",
    "nearer.web",
    "nearer.accounts",
    "nearer.library",
    "nearer.checkups",
    "nearer.insight",
    "nearer.couples",
    "nearer.plans",
    "nearer.checkins",
    "nearer.exports",
    "nearer.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "nearer.accounts.middleware.SessionLifetimeMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "nearer.web.middleware.PrivacyHeadersMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "nearer.web.urls"
WSGI_APPLICATION = "nearer.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "nearer.web.context_processors.nearer",
            ],
        },
    }
]

# --- Database -------------------------------------------------------------------------------
DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    DATABASES: dict[str, dict[str, Any]] = {
        "default": dict(
            dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)
        )
    }
else:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(VAR_DIR / "nearer.sqlite3"),
            "OPTIONS": {
                # WAL lets readers and one writer work at once; IMMEDIATE takes the write lock
                # at BEGIN so two partners saving at once wait instead of failing.
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                ),
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
            # Keep each worker's connection: opening one per request re-runs the PRAGMAs and
            # makes the last closer checkpoint the WAL, which cost 3x the throughput under load.
            "CONN_MAX_AGE": 600,
            "CONN_HEALTH_CHECKS": True,
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Accounts and sessions ------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # Django's ModelBackend with a faster per-request lookup of the signed-in person.
    "nearer.accounts.backends.AccountBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "checkups:home"
LOGOUT_REDIRECT_URL = "web:home"

# Database sessions (shared by every process), loaded with one plain query.
SESSION_ENGINE = "nearer.accounts.sessions"
SESSION_IDLE_SECONDS = env_int("NEARER_SESSION_IDLE_SECONDS", 30 * 60, minimum=60)
SESSION_MAX_SECONDS = env_int("NEARER_SESSION_MAX_SECONDS", 12 * 60 * 60, minimum=60)
SESSION_COOKIE_AGE = SESSION_MAX_SECONDS
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
PASSWORD_RESET_TIMEOUT = 60 * 60

# Lock on username and address together: locking by username alone would let an abuser lock
# a victim out of their own account.
AXES_FAILURE_LIMIT = env_int("NEARER_LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_FORM_FIELD = "username"
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False
AXES_IPWARE_PROXY_COUNT = env_int("NEARER_PROXY_COUNT", 0, minimum=0)

# --- Email ----------------------------------------------------------------------------------
EMAIL_BACKEND = env_str(
    "NEARER_EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if PRODUCTION
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = env_str("NEARER_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("NEARER_EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("NEARER_EMAIL_USER")
EMAIL_HOST_PASSWORD = env_str("NEARER_EMAIL_PASSWORD")
EMAIL_USE_TLS = env_bool("NEARER_EMAIL_TLS", default=False)
# A neutral sender: an email from Nearer should not announce what it is about.
DEFAULT_FROM_EMAIL = env_str("NEARER_FROM_EMAIL", "Account notice <no-reply@localhost>")

# --- Static files ---------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = not PRODUCTION
if not PRODUCTION:
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)

# --- Security headers -----------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
HTTPS = env_bool("NEARER_HTTPS", default=PRODUCTION)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
if HTTPS:
    SECURE_SSL_REDIRECT = env_bool("NEARER_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = env_int("NEARER_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}

# --- Field encryption (journal and other free text) ----------------------------------------
# Fernet keys, newest first, comma-separated; kept apart from SECRET_KEY. Rotate by putting a
# new key first and running `nearer rotate-keys`. Development creates one under var/.
NEARER_FIELD_KEYS = env_list("NEARER_FIELD_KEYS")
if not NEARER_FIELD_KEYS:
    if PRODUCTION:
        raise ConfigurationError(
            "NEARER_FIELD_KEYS must hold at least one Fernet key in production"
            " (make one with: nearer make-field-key)"
        )
    NEARER_FIELD_KEYS = [local_field_key(VAR_DIR / "field_key")]

# --- Nearer ---------------------------------------------------------------------------------
NEARER_LOCALE = env_str("NEARER_LOCALE", "en")
# Point at a YAML file shaped like nearer/content/en/resources.yaml to show local helplines.
NEARER_RESOURCES_FILE = env_str("NEARER_RESOURCES_FILE") or None
# A neutral site the quick-exit control sends people to.
NEARER_QUICK_EXIT_URL = env_str("NEARER_QUICK_EXIT_URL", "https://www.wikipedia.org/")
# Neutral browser-tab title for every page.
NEARER_SITE_TITLE = env_str("NEARER_SITE_TITLE", "Notes")
# Where people open Nearer, for links in emails sent outside a request (reminders).
NEARER_BASE_URL = env_str("NEARER_BASE_URL", "http://127.0.0.1:8000")
# Days the access log keeps an entry. The owner's page says so; `nearer prune` (run daily)
# removes older ones.
NEARER_ACCESS_LOG_DAYS = env_int("NEARER_ACCESS_LOG_DAYS", 90, minimum=1)

LANGUAGE_CODE = "en"
TIME_ZONE = env_str("NEARER_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

LOGGING: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("NEARER_LOG_LEVEL", "WARNING")},
}
