"""The test suite: like development, plus fast hashing. DATABASE_URL selects SQLite or PostgreSQL."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-not-secret-loket")
os.environ.setdefault("DEBUG", "False")
os.environ.setdefault("ENVIRONMENT", "test")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
os.environ.setdefault("SESSION_COOKIE_SECURE", "False")
os.environ.setdefault("CSRF_COOKIE_SECURE", "False")
os.environ.setdefault("LOKET_AUTH_PLUGINS", "simulator,digid,eherkenning")
os.environ.setdefault("LOKET_STAFF_REQUIRE_2FA", "False")
os.environ.setdefault("LOG_JSON", "True")
os.environ.setdefault("CELERY_TASK_ALWAYS_EAGER", "True")
os.environ.setdefault("LOKET_LOGIN_RATE_LIMIT", "1000")  # many tests log in from one address

from .base import *  # noqa: E402,F403

# A real OIDC provider for the DigiD/eHerkenning tests (authentication/tests/oidc_provider_site.py
# mounts it on the live server). Never installed outside the test settings.
INSTALLED_APPS = [*INSTALLED_APPS, "loket.authentication.tests.oidc_provider_apps.TestOIDCProviderConfig"]  # noqa: F405

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "documents": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
}

# Static files come from the app folders here; whitenoise serves the collected ones in production.
MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("whitenoise")]  # noqa: F405
