"""Production: PostgreSQL, Redis, Celery, gunicorn. Everything comes from the environment.

Refuses to start with the login simulator enabled, without staff two-factor authentication,
or on SQLite.
"""

import os

from django.core.exceptions import ImproperlyConfigured

os.environ.setdefault("ENVIRONMENT", "production")
os.environ.setdefault("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365))
os.environ.setdefault("DB_CONN_MAX_AGE", "60")

from .base import *  # noqa: E402,F403
from .base import (  # noqa: E402
    DATABASES,
    LOKET_AUTH_PLUGINS,
    LOKET_PAYMENT_PROVIDERS,
    LOKET_STAFF_REQUIRE_2FA,
    REDIS_URL,
    env,
)

DEBUG = False
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

if "simulator" in LOKET_AUTH_PLUGINS:
    raise ImproperlyConfigured(
        "The login simulator is for development only; remove 'simulator' from LOKET_AUTH_PLUGINS."
    )
if "development" in LOKET_PAYMENT_PROVIDERS:
    raise ImproperlyConfigured(
        "The development payment provider takes no money; remove 'development' from LOKET_PAYMENT_PROVIDERS."
    )
if not LOKET_STAFF_REQUIRE_2FA:
    raise ImproperlyConfigured("Staff two-factor authentication cannot be switched off in production.")
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3" and not env.bool(
    "LOKET_ALLOW_SQLITE_IN_PRODUCTION", default=False
):
    raise ImproperlyConfigured("Production needs PostgreSQL: set DATABASE_URL=postgres://…")
if not REDIS_URL:
    raise ImproperlyConfigured("Production needs Redis for cache and Celery: set REDIS_URL=redis://…")

# Cookies are bound to exactly this host over HTTPS (the __Host- prefix makes the browser enforce it).
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Host-loket-sessie"
CSRF_COOKIE_NAME = "__Host-loket-csrf"
