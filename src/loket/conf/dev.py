"""Development and `make demo`: embedded SQLite, no services, the login simulator switched on."""

import os

os.environ.setdefault("SECRET_KEY", "dev-only-not-secret-loket")
os.environ.setdefault("DEBUG", "True")
os.environ.setdefault("ENVIRONMENT", "development")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1],testserver")
os.environ.setdefault("SESSION_COOKIE_SECURE", "False")
os.environ.setdefault("CSRF_COOKIE_SECURE", "False")
os.environ.setdefault("LOKET_AUTH_PLUGINS", "simulator,digid,eherkenning")
os.environ.setdefault("LOKET_STAFF_REQUIRE_2FA", "False")
os.environ.setdefault("LOG_JSON", "False")
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

from .base import *  # noqa: E402,F403

# Static files come from the app folders here; whitenoise serves the collected ones in production.
MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("whitenoise")]  # noqa: F405
