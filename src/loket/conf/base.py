"""Settings shared by every environment. Every deploy-time value comes from the environment.

The environment overlays (dev, test, production) set environment defaults first and then
import this module, so a value is always traceable to one environment variable.
"""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

PACKAGE_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PACKAGE_DIR.parent.parent  # the repository root in a checkout
SHARED_DATA_DIR = Path(environ.Env().str("LOKET_SHARED_DATA", str(BASE_DIR.parent / "shared" / "data")))

env = environ.Env()

SECRET_KEY = env.str("SECRET_KEY")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
ENVIRONMENT = env.str("ENVIRONMENT", default="production")

DATABASES = {
    "default": env.db_url(
        "DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'loket.sqlite3'}"
    )
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DB_CONN_MAX_AGE", default=0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Service modules (entry-point group `loket.modules`). Unset: every installed module in development
# and tests, none in production; otherwise only the identifiers listed here.
from loket.modules.discovery import module_apps  # noqa: E402

LOKET_MODULES_ALLOWLIST = env.list(
    "LOKET_MODULES_ALLOWLIST", default=None if ENVIRONMENT in ("development", "test") else []
)
LOKET_MODULE_APPS = module_apps(LOKET_MODULES_ALLOWLIST)

INSTALLED_APPS = [
    "loket.authentication.staff.apps.StaffAdminConfig",  # django.contrib.admin, 2FA-aware
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "corsheaders",
    "csp",
    "django_structlog",
    "rest_framework",
    "drf_spectacular",
    # platform core, bottom to top
    "loket.core",
    "loket.tenancy",
    "loket.privacy",
    "loket.accounts",
    "loket.authentication",
    "loket.registry",
    "loket.catalogue",
    "loket.components.catalogi",
    "loket.components.autorisaties",
    "loket.components.zaken",
    "loket.components.documenten",
    "loket.components.besluiten",
    "loket.components.notificaties",
    "loket.notifications",
    "loket.payments",
    "loket.verification",
    "loket.modules",
    *LOKET_MODULE_APPS,  # service modules: the `loket.modules` entry points, filtered by the allowlist
    "loket.portal",
    "loket.backoffice",
]

MIDDLEWARE = [
    # ZGW API requests (JWT, no cookies) skip the session middleware below: see its docstring.
    "loket.components.common.api_middleware.TokenApiMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "loket.authentication.middleware.IdentityMiddleware",
    "loket.tenancy.middleware.TenantMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_structlog.middlewares.RequestMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "loket.urls"
WSGI_APPLICATION = "loket.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "loket.tenancy.context_processors.municipality",
                "loket.authentication.context_processors.identity",
            ],
        },
    }
]

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "/medewerkers/inloggen/"  # staff: password, then a one-time code

# Language: Dutch first, English as the translation.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "var" / "static")))
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(BASE_DIR / "var" / "media")))
# Document content (Documenten API) lives apart from MEDIA_ROOT, so it is never served as a file.
DOCUMENTS_ROOT = Path(env.str("DOCUMENTS_ROOT", default=str(BASE_DIR / "var" / "documents")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "documents": {
        "BACKEND": env.str(
            "DOCUMENTS_STORAGE_BACKEND", default="django.core.files.storage.FileSystemStorage"
        ),
        "OPTIONS": {"location": str(DOCUMENTS_ROOT), "base_url": None},
    },
}

# Sessions: residents are logged out after 15 minutes without activity.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=15 * 60)
SESSION_SAVE_EVERY_REQUEST = False  # activity is recorded once a minute (authentication.identity)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=True)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=True)
CSRF_COOKIE_HTTPONLY = True

# Security headers.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = False
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env.bool("BEHIND_TLS_PROXY", default=False) else None

from csp.constants import NONE, SELF  # noqa: E402

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

# CORS: denied unless an origin is listed.
CORS_ALLOWED_ORIGINS = env.list("CORS_ALLOWED_ORIGINS", default=[])

# Login throttling (django-axes): 5 wrong passwords for one account lock it for an hour, from
# one address or spread over many (counting per account also covers account+address: axes has one
# limit and takes the highest count). The hour is fixed: tries during the lockout do not extend
# it. The owner gets an e-mail and a platform operator can unlock (loket.accounts.lockout).
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = [["username"]]
# axes warns when no lock involves the address. Locking an address as such would lock out a whole
# town hall behind one NAT address after five typos by different colleagues; per account is what
# stops guessing (and logins have their own per-address rate limit in loket.authentication).
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_LOCKOUT_TEMPLATE = "authentication/staff_locked_out.html"

# Staff one-time codes (django-otp): the name authenticator apps show for the account.
OTP_TOTP_ISSUER = env.str("OTP_TOTP_ISSUER", default="Loket")
# The admin never shows an existing device's secret or QR code: whoever reads it can copy the second factor.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# Resident login attempts (simulator, start of a DigiD/eHerkenning login) per client address.
LOKET_LOGIN_RATE_LIMIT = env.int("LOKET_LOGIN_RATE_LIMIT", default=30)
LOKET_LOGIN_RATE_WINDOW = env.int("LOKET_LOGIN_RATE_WINDOW", default=5 * 60)

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "UNAUTHENTICATED_USER": None,
}
SPECTACULAR_SETTINGS = {"TITLE": "Loket", "SERVE_INCLUDE_SCHEMA": False}

# Background work.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default=REDIS_URL or "memory://")
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=not bool(REDIS_URL))
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# The outbox sweep: delivers what is due and what a dead worker left, so no message depends on
# the broker keeping a task (run `celery worker -B` or a separate `celery beat`).
CELERY_BEAT_SCHEDULE = {
    "outbox-sweep": {
        "task": "loket.notifications.tasks.sweep_outbox",
        "schedule": env.float("LOKET_OUTBOX_SWEEP_SECONDS", default=15.0),
    },
    "payments-sweep": {"task": "loket.payments.tasks.sweep_payments", "schedule": env.float("LOKET_PAYMENTS_SWEEP_SECONDS", default=30.0)},
    "verhuizen-due": {"task": "loket.modules.contrib.verhuizen.tasks.run_due_moves", "schedule": env.float("LOKET_MOVES_DUE_SECONDS", default=900.0)},
}

# The outbox (loket.notifications, docs/adr/0005-outbox.md).
LOKET_BASE_URL = env.str("LOKET_BASE_URL", default="http://127.0.0.1:8000").rstrip("/")
LOKET_NOTIFICATIONS_ALLOW_PRIVATE_TARGETS = env.bool(
    "LOKET_NOTIFICATIONS_ALLOW_PRIVATE_TARGETS", default=ENVIRONMENT in ("development", "test")
)
LOKET_OUTBOX_RETRY_BASE_SECONDS = env.float("LOKET_OUTBOX_RETRY_BASE_SECONDS", default=10.0)
LOKET_OUTBOX_RETRY_MAX_DELAY_SECONDS = env.float("LOKET_OUTBOX_RETRY_MAX_DELAY_SECONDS", default=3600.0)
LOKET_OUTBOX_RETRY_HORIZON_SECONDS = env.float("LOKET_OUTBOX_RETRY_HORIZON_SECONDS", default=2 * 24 * 3600.0)
LOKET_OUTBOX_LEASE_SECONDS = env.float("LOKET_OUTBOX_LEASE_SECONDS", default=120.0)
LOKET_OUTBOX_BATCH_SIZE = env.int("LOKET_OUTBOX_BATCH_SIZE", default=100)
LOKET_OUTBOX_THREADS = env.int("LOKET_OUTBOX_THREADS", default=8)
LOKET_OUTBOX_HTTP_TIMEOUT = env.float("LOKET_OUTBOX_HTTP_TIMEOUT", default=10.0)
LOKET_RESIDENT_INBOX_PATH = env.str("LOKET_RESIDENT_INBOX_PATH", default="/mijn-loket/berichten/")
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Loket <noreply@loket.example>")

# The registry answers "which municipality does this BSN live in" for the tenant layer.
LOKET_RESIDENCE_LOOKUP = env.str("LOKET_RESIDENCE_LOOKUP", default="loket.registry.facade.municipality_code_of")

# Login plug-ins that may be used. The simulator is for development and demos only.
LOKET_AUTH_PLUGINS = env.list("LOKET_AUTH_PLUGINS", default=[])
LOKET_STAFF_REQUIRE_2FA = env.bool("LOKET_STAFF_REQUIRE_2FA", default=True)

# DigiD and eHerkenning through an OIDC broker (mozilla-django-oidc). One provider per plug-in.
def _oidc(prefix: str) -> dict:
    return {
        "client_id": env.str(f"{prefix}_OIDC_CLIENT_ID", default=""),
        "client_secret": env.str(f"{prefix}_OIDC_CLIENT_SECRET", default=""),
        "authorization_endpoint": env.str(f"{prefix}_OIDC_AUTHORIZATION_ENDPOINT", default=""),
        "token_endpoint": env.str(f"{prefix}_OIDC_TOKEN_ENDPOINT", default=""),
        "userinfo_endpoint": env.str(f"{prefix}_OIDC_USERINFO_ENDPOINT", default=""),
        "jwks_endpoint": env.str(f"{prefix}_OIDC_JWKS_ENDPOINT", default=""),
        "sign_algo": env.str(f"{prefix}_OIDC_SIGN_ALGO", default="RS256"),
        "scopes": env.str(f"{prefix}_OIDC_SCOPES", default="openid"),
        "identifier_claim": env.str(f"{prefix}_OIDC_IDENTIFIER_CLAIM", default=""),
        "issuer": env.str(f"{prefix}_OIDC_ISSUER", default=""),
        "use_pkce": env.bool(f"{prefix}_OIDC_USE_PKCE", default=True),
        "timeout": env.int(f"{prefix}_OIDC_TIMEOUT", default=10),
    }


# ZGW APIs: how old a client's JWT (its `iat`) may be, and the clock leeway, in seconds.
ZGW_JWT_MAX_AGE = env.int("ZGW_JWT_MAX_AGE", default=3600)
ZGW_JWT_LEEWAY = env.int("ZGW_JWT_LEEWAY", default=10)
# How long a process keeps an API client's secret and autorisaties (a change shows in other processes within this time).
ZGW_AUTH_CACHE_SECONDS = env.int("ZGW_AUTH_CACHE_SECONDS", default=5)

# Documenten API: largest document in bytes, size of the parts of a chunked upload, the file types
# accepted (sniffed from the bytes), and the most confidential document a resident sees of a zaak.
LOKET_DOCUMENT_MAX_SIZE = env.int("LOKET_DOCUMENT_MAX_SIZE", default=50 * 1024 * 1024)
LOKET_DOCUMENT_CHUNK_SIZE = env.int("LOKET_DOCUMENT_CHUNK_SIZE", default=4 * 1024 * 1024)
LOKET_DOCUMENT_ALLOWED_TYPES = env.list("LOKET_DOCUMENT_ALLOWED_TYPES", default=[
    "application/pdf", "image/png", "image/jpeg", "image/gif", "text/plain", "application/xml",
    "application/zip", "application/vnd.oasis.opendocument.text",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
])  # fmt: skip
LOKET_RESIDENT_DOCUMENT_MAX_VERTROUWELIJKHEID = env.str(
    "LOKET_RESIDENT_DOCUMENT_MAX_VERTROUWELIJKHEID", default="zaakvertrouwelijk"
)

LOKET_OIDC_PROVIDERS = {"digid": _oidc("DIGID"), "eherkenning": _oidc("EHERKENNING")}
LOKET_OIDC_PROVIDERS["digid"]["identifier_claim"] = LOKET_OIDC_PROVIDERS["digid"]["identifier_claim"] or "bsn"
LOKET_OIDC_PROVIDERS["eherkenning"]["identifier_claim"] = (
    LOKET_OIDC_PROVIDERS["eherkenning"]["identifier_claim"] or "kvk"
)

from .logging import build_logging  # noqa: E402

LOGGING = build_logging(level=env.str("LOG_LEVEL", default="INFO"), json=env.bool("LOG_JSON", default=True))
DJANGO_STRUCTLOG_IP_LOGGING_ENABLED = False

# -- payments and document signing
# Payment providers that may be used, and the one new payments go to. "development" takes no
# money and is refused in production (loket.payments.checks); production uses e.g. "mollie".
LOKET_PAYMENT_PROVIDERS = env.list(
    "LOKET_PAYMENT_PROVIDERS", default=["development"] if ENVIRONMENT in ("development", "test") else []
)
LOKET_PAYMENT_PROVIDER = env.str("LOKET_PAYMENT_PROVIDER", default=LOKET_PAYMENT_PROVIDERS[0] if LOKET_PAYMENT_PROVIDERS else "")
MOLLIE_API_KEY = env.str("MOLLIE_API_KEY", default="")
MOLLIE_METHODS = env.list("MOLLIE_METHODS", default=["ideal"])
MOLLIE_TIMEOUT = env.int("MOLLIE_TIMEOUT", default=10)
LOKET_PAYMENT_POLL_AFTER_SECONDS = env.float("LOKET_PAYMENT_POLL_AFTER_SECONDS", default=120.0)
LOKET_FULFILMENT_LEASE_SECONDS = env.float("LOKET_FULFILMENT_LEASE_SECONDS", default=120.0)
LOKET_FULFILMENT_RETRY_BASE_SECONDS = env.float("LOKET_FULFILMENT_RETRY_BASE_SECONDS", default=30.0)
LOKET_FULFILMENT_RETRY_MAX_SECONDS = env.float("LOKET_FULFILMENT_RETRY_MAX_SECONDS", default=3600.0)
# Signing issued documents (Ed25519). Without a private key, development and tests sign with a
# key derived from SECRET_KEY; production refuses that (loket.verification.checks).
LOKET_SIGNING_KEY_ID = env.str("LOKET_SIGNING_KEY_ID", default="")
LOKET_SIGNING_PRIVATE_KEY = env.str("LOKET_SIGNING_PRIVATE_KEY", default="")
LOKET_SIGNING_PUBLIC_KEYS = env.list("LOKET_SIGNING_PUBLIC_KEYS", default=[])  # earlier keys: "id=base64"
LOKET_VERIFY_RATE_LIMIT = env.int("LOKET_VERIFY_RATE_LIMIT", default=30)  # checks per address per window
LOKET_VERIFY_RATE_WINDOW = env.int("LOKET_VERIFY_RATE_WINDOW", default=600)
# people one resident or company may look up through a form (a death declaration) per window
LOKET_PERSON_LOOKUP_LIMIT = env.int("LOKET_PERSON_LOOKUP_LIMIT", default=20)
LOKET_PERSON_LOOKUP_WINDOW = env.int("LOKET_PERSON_LOOKUP_WINDOW", default=3600)
LOKET_VERIFY_MAX_UPLOAD = env.int("LOKET_VERIFY_MAX_UPLOAD", default=10 * 1024 * 1024)
