"""MyLife4Me settings: one module, every deploy-time value read from the environment.

The README's "Configuration" table lists each variable. With nothing set (and DEBUG=1, as `make run`
sets it) the site runs on SQLite under var/ with Celery tasks run in-process and email and SMS printed
to the console.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. In production set SECRET_KEY to a long random value "
            '(python -c "import secrets; print(secrets.token_urlsafe(50))"). '
            "For local development run `make run`, which sets DEBUG=1."
        )
    SECRET_KEY = "insecure-development-key-only-for-make-run-" + "x" * 20

# HTTPS: on in production (the default whenever DEBUG is off). Turns on HSTS, SSL redirect and
# secure __Host- cookies.
HTTPS = env_bool("HTTPS", not DEBUG)

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
SITE_NAME = "MyLife4Me"

INSTALLED_APPS = [
    "mylife4me.accounts.admin_config.SiteAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "crispy_forms",
    "crispy_forms_gds",
    "csp",
    "simple_history",  # the history of every change to the drugs A to Z and advice pages
    "mylife4me.core",
    "mylife4me.accounts",
    "mylife4me.alerts",
    "mylife4me.moderation",
    "mylife4me.figures",
    "services_directory",
    "forum",
    "stories",
    "access_codes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "mylife4me.figures.middleware.VisitCountingMiddleware",  # counts public page views (no cookie, no IP)
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "mylife4me.core.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "mylife4me.core.middleware.PrivateCacheMiddleware",
    "mylife4me.core.middleware.DatabaseUnavailableMiddleware",  # last: sees the view's exceptions first
]

ROOT_URLCONF = "mylife4me.urls"
WSGI_APPLICATION = "mylife4me.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "mylife4me.core.context_processors.site",
            ],
        },
    }
]

# Database: DATABASE_URL, or SQLite under var/.
(BASE_DIR / "var").mkdir(exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'var' / 'mylife4me.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis: when REDIS_URL is set it is the Celery broker (unless CELERY_BROKER_URL names another, such
# as RabbitMQ) and the cache. Unset: tasks run in-process and the cache is local memory.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "mylife4me.core.cache.QuietRedisCache",  # degrades quietly when Redis is down
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "mylife4me"),
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", REDIS_URL)
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600, "socket_connect_timeout": 2}
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "Europe/London"
# Each app adds its periodic tasks here (see the README's design notes).
CELERY_BEAT_SCHEDULE: dict[str, dict] = {}

# Accounts (django-allauth): username only, email optional, no real names.
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:home"
ACCOUNT_ADAPTER = "mylife4me.accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"username"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "email", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_USERNAME_MIN_LENGTH = 3
ACCOUNT_USERNAME_BLACKLIST = ["admin", "moderator", "mylife4me", "staff", "support"]
ACCOUNT_EMAIL_SUBJECT_PREFIX = "MyLife4Me: "
ACCOUNT_RATE_LIMITS = {
    # allauth's defaults, written out so the README can state them.
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "MyLife4Me"
MFA_ADAPTER = "allauth.mfa.adapter.DefaultMFAAdapter"

SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = 60 * 60 * 12
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"
CSRF_FAILURE_VIEW = "mylife4me.core.views.csrf_failure"

# Security headers (on every response).
SECURE_REFERRER_POLICY = "no-referrer"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if HTTPS:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = 63072000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        # data: only for the TOTP QR code that allauth draws on the two-factor set-up page.
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "worker-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
        **({"upgrade-insecure-requests": True} if HTTPS else {}),
    }
}

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "var" / "staticfiles")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "mylife4me.core.storage.StaticStorage"
        )
    },
}
WHITENOISE_MAX_AGE = 31536000 if not DEBUG else 0
# Tests and `make run` serve files straight from static/ without collectstatic.
WHITENOISE_USE_FINDERS = env_bool("WHITENOISE_USE_FINDERS", DEBUG)
WHITENOISE_MANIFEST_STRICT = False

CRISPY_ALLOWED_TEMPLATE_PACKS = ["gds"]
CRISPY_TEMPLATE_PACK = "gds"

# Email: console for development; SMTP in production (EMAIL_BACKEND=smtp and the EMAIL_* settings).
_email_backends = {
    "console": "django.core.mail.backends.console.EmailBackend",
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "locmem": "django.core.mail.backends.locmem.EmailBackend",
}
EMAIL_BACKEND = _email_backends.get(
    os.environ.get("EMAIL_BACKEND", "console"), os.environ.get("EMAIL_BACKEND", "console")
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "MyLife4Me <no-reply@mylife4me.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# SMS: "console" prints; "notify" sends through GOV.UK Notify with NOTIFY_API_KEY.
SMS_BACKEND = os.environ.get("SMS_BACKEND", "console")
NOTIFY_API_KEY = os.environ.get("NOTIFY_API_KEY", "")

# Quick exit: where the Exit this page button and /exit/ send people.
QUICK_EXIT_URL = os.environ.get("QUICK_EXIT_URL", "https://www.bbc.co.uk/weather")

# Logging: to the console, and never the client's address.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# Tests that need a real service fail instead of skipping when this is set (CI sets it).
REQUIRE_SERVICES = env_bool("MYLIFE4ME_REQUIRE_SERVICES", False)

# Behind a load balancer: how many proxies add to X-Forwarded-For (0: use the socket's address).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# security.W003 looks for Django's CsrfViewMiddleware by name; mylife4me.core.csrf.CsrfViewMiddleware
# subclasses it (see that module for why) and is in MIDDLEWARE above.
SILENCED_SYSTEM_CHECKS = ["security.W003"]

# Forum and moderation (forum/, mylife4me/moderation/). See the README's "Forum and moderation".
FORUM_HELD_POSTS = env_int("FORUM_HELD_POSTS", 3)  # a new person's first posts wait for a moderator
TRUST_LEVEL1_APPROVED_POSTS = env_int("TRUST_LEVEL1_APPROVED_POSTS", 3)  # level 1 after this many approved
TRUST_LEVEL1_MIN_DAYS = env_int("TRUST_LEVEL1_MIN_DAYS", 2)  # ... and this many days since joining
# Posting limits: (posts, seconds) pairs, per trust level.
FORUM_RATE_LIMITS = {
    0: [(1, 120), (10, 86400)],
    1: [(1, 20), (60, 86400)],
}
FLAGS_TO_HIDE = env_int("FLAGS_TO_HIDE", 3)  # this many flags hide any post until a moderator looks
CRISIS_ESCALATION_MINUTES = env_int("CRISIS_ESCALATION_MINUTES", 15)  # then the next on the rota is alerted
CRISIS_POST_STAYS_VISIBLE = env_bool("CRISIS_POST_STAYS_VISIBLE", False)  # else held for review
HELD_WAIT_ALERT_MINUTES = env_int("HELD_WAIT_ALERT_MINUTES", 60)  # moderators told when posts wait longer
FORUM_POSTS_PER_PAGE = 20
FORUM_THREADS_PER_PAGE = 30
CELERY_BEAT_SCHEDULE.update(
    {
        "moderation-escalate-crises": {
            "task": "mylife4me.moderation.tasks.escalate_overdue_crises",
            "schedule": 60.0,
        },
        "moderation-long-waits": {"task": "mylife4me.moderation.tasks.alert_long_waits", "schedule": 300.0},
        "moderation-end-suspensions": {
            "task": "mylife4me.moderation.tasks.restore_expired_suspensions",
            "schedule": 300.0,
        },
    }
)

# Alerts (mylife4me.alerts): email and SMS through the outbox. See the README's "Alerts" section.
# ALERTS_EMAIL_BACKEND: "django" (EMAIL_BACKEND above: console or SMTP), "notify" (GOV.UK Notify) or
# "recording" (tests and benchmarks). SMS_BACKEND (above) may also be "recording".
ALERTS_EMAIL_BACKEND = os.environ.get("ALERTS_EMAIL_BACKEND", "django")
NOTIFY_EMAIL_TEMPLATE_ID = os.environ.get("NOTIFY_EMAIL_TEMPLATE_ID", "")
NOTIFY_SMS_TEMPLATE_ID = os.environ.get("NOTIFY_SMS_TEMPLATE_ID", "")
ALERTS_RETENTION_DAYS = env_int("ALERTS_RETENTION_DAYS", 30)
ALERTS_MAX_ATTEMPTS = env_int("ALERTS_MAX_ATTEMPTS", 6)
ALERTS_RETRY_BASE_SECONDS = env_int("ALERTS_RETRY_BASE_SECONDS", 30)
ALERTS_RETRY_MAX_SECONDS = env_int("ALERTS_RETRY_MAX_SECONDS", 3600)
ALERTS_REQUEUE_AFTER_SECONDS = env_int("ALERTS_REQUEUE_AFTER_SECONDS", 120)
ALERTS_REQUEUE_QUEUED_AFTER_SECONDS = env_int("ALERTS_REQUEUE_QUEUED_AFTER_SECONDS", 3600)
ALERTS_SENDING_TIMEOUT_SECONDS = env_int("ALERTS_SENDING_TIMEOUT_SECONDS", 600)
ALERTS_RECORDING_REDIS_URL = os.environ.get(
    "ALERTS_RECORDING_REDIS_URL", REDIS_URL or "redis://127.0.0.1:6379/0"
)
ALERTS_RECORDING_PREFIX = os.environ.get("ALERTS_RECORDING_PREFIX", "mylife4me-alerts-recording")
CELERY_BEAT_SCHEDULE.update(
    {
        "alerts-requeue-stale": {"task": "alerts.requeue_stale", "schedule": 60.0},
        "alerts-release-held": {"task": "alerts.release_held", "schedule": 60.0},
        "alerts-purge-content": {"task": "alerts.purge_content", "schedule": 60.0 * 60},
    }
)

# Directory (services_directory: services, provider self-service, call-backs). See the README's "Directory".
CELERY_BEAT_SCHEDULE.update(
    {
        "directory-confirm-reminders": {
            "task": "services_directory.remind_to_confirm_listings",
            "schedule": 60.0 * 60 * 6,
        },
        "directory-purge-callbacks": {"task": "services_directory.purge_callbacks", "schedule": 60.0 * 60},
    }
)

# Page cache and benchmarks (mylife4me/core/page_cache.py, benchmarks/). See the README's "Performance".
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)  # whole public pages for anonymous readers
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)  # at most this old, even if nothing changed
PAGE_CACHE_LOCAL_SECONDS = 1.0  # how stale a worker's copy of the generation numbers may be
# Benchmarks only: the bare view at /bench/bare/ and the X-Page-Cache header. Never on in production.
BENCH_MODE = env_bool("MYLIFE4ME_BENCH", False)

# Figures (mylife4me/figures): page views counted in Redis, folded into daily rows every few minutes.
FIGURES_SEARCH_RETENTION_DAYS = env_int("FIGURES_SEARCH_RETENTION_DAYS", 180)
CELERY_BEAT_SCHEDULE.update({"figures-fold-counts": {"task": "figures.fold_counts", "schedule": 60.0 * 5}})

# Breaking Free Online access codes (access_codes/). See the README's "Breaking Free Online access codes".
ACCESS_CODES_LOW_POOL_THRESHOLD = env_int("ACCESS_CODES_LOW_POOL_THRESHOLD", 20)  # alert below this many
# Days after a decision before the contact details are deleted.
ACCESS_CODES_PURGE_AFTER_DAYS = env_int("ACCESS_CODES_PURGE_AFTER_DAYS", 30)
ACCESS_CODES_AUTO_ISSUE = env_bool("ACCESS_CODES_AUTO_ISSUE", False)  # issue at once to Birmingham postcodes
# Where a code is used (shown on the neutral /your-code/ page); to be confirmed by the council.
ACCESS_CODES_PROGRAMME_URL = os.environ.get("ACCESS_CODES_PROGRAMME_URL", "")
CELERY_BEAT_SCHEDULE.update(
    {"access-codes-purge": {"task": "access_codes.purge_contact_details", "schedule": 60.0 * 60}}
)

# Recovery stories: announce any published story whose alert missed the broker.
CELERY_BEAT_SCHEDULE.update(
    {"stories-announce-missed": {"task": "stories.announce_missed", "schedule": 600.0}}
)

# Health (mylife4me/core/health.py): beat leaves a heartbeat so `manage.py health` can tell it runs.
CELERY_BEAT_SCHEDULE.update({"core-beat-heartbeat": {"task": "core.beat_heartbeat", "schedule": 60.0}})
