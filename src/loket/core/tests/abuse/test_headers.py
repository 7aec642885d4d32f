"""Headers on every page of the URLconf, cookie flags, CORS, and what production refuses to start with."""

import json
import os
import subprocess
import sys

import pytest
from django.test import Client
from django.urls import reverse

from loket.accounts.constants import StaffRole
from loket.accounts.models import User
from loket.core.tests.test_security_headers import assert_basic_security_headers, assert_strict_csp

from .urlconf import routes

pytestmark = pytest.mark.django_db


@pytest.fixture
def browsers(utrecht):
    anonymous = Client(raise_request_exception=False)
    resident = Client(raise_request_exception=False)
    resident.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": "999993653"})
    staff = Client(raise_request_exception=False)
    staff.force_login(User.objects.create_user("mw", municipality=utrecht, role=StaffRole.FUNCTIONAL_ADMINISTRATOR,
                                               is_staff=True, is_superuser=True))
    return {"anonymous": anonymous, "resident": resident, "staff": staff}


def test_every_page_carries_a_strict_csp_and_the_security_headers(browsers, capsys):
    site = [r for r in routes() if not r.is_api]
    checked, server_errors = 0, set()
    for client in browsers.values():
        for route in site:
            response = client.get(route.url)
            if response.status_code >= 500:
                server_errors.add(route.name)
            assert_strict_csp(response)
            assert_basic_security_headers(response)
            checked += 1
    assert not server_errors, server_errors
    with capsys.disabled():
        print(f"\n[headers] {checked} GETs ({len(site)} pages x {len(browsers)} visitors): strict CSP, nosniff, "
              "Referrer-Policy, X-Frame-Options and frame-ancestors on each")


def test_api_responses_carry_nosniff_and_no_cors_permission(browsers, capsys):
    apis = [r for r in routes() if r.is_api]
    for route in apis:
        response = browsers["anonymous"].options(
            route.url, HTTP_ORIGIN="https://evil.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST"
        )
        assert "Access-Control-Allow-Origin" not in response, route.url
        response = browsers["anonymous"].get(route.url, HTTP_ORIGIN="https://evil.example")
        assert "Access-Control-Allow-Origin" not in response and "Access-Control-Allow-Credentials" not in response
        assert response["X-Content-Type-Options"] == "nosniff"
    with capsys.disabled():
        print(f"\n[headers] CORS: {len(apis)} API routes give a foreign origin no permission")


def test_hsts_for_a_year_with_subdomains_on_https(client, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    for url in ("/", "/inloggen/", "/verify/", "/zaken/api/v1/zaken"):
        response = client.get(url, secure=True)
        assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains", url


def test_session_and_csrf_cookies_are_secure_httponly_and_samesite(client, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = True
    client.get(reverse("authentication:simulator"), secure=True)
    response = client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": "999993653"}, secure=True)
    for name in (settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME):
        cookie = response.cookies.get(name) or client.cookies[name]
        assert cookie["secure"] is True, name
        assert cookie["httponly"] is True, name
        assert cookie["samesite"] == "Lax", name
    session = response.cookies[settings.SESSION_COOKIE_NAME]
    assert session["max-age"] == "" and session["expires"] == ""  # ends with the browser; the server ends it after 15 min


def test_trace_is_not_allowed(client):
    assert client.generic("TRACE", "/").status_code in (403, 405)


# -- production settings


def _load_production(**environment) -> subprocess.CompletedProcess:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": os.environ.get("HOME", "/tmp"),
        "DJANGO_SETTINGS_MODULE": "loket.conf.production",
        "DATABASE_URL": "postgres://x/y",
        "REDIS_URL": "redis://x",
        "SECRET_KEY": "x" * 50,
        "LOKET_AUTH_PLUGINS": "",
        **environment,
    }
    code = (
        "import json\nfrom django.conf import settings\n"
        "print(json.dumps({n: getattr(settings, n) for n in ('DEBUG', 'SESSION_COOKIE_NAME', 'CSRF_COOKIE_NAME', "
        "'SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', 'SESSION_COOKIE_HTTPONLY', 'CSRF_COOKIE_HTTPONLY', "
        "'SESSION_COOKIE_AGE', 'CORS_ALLOWED_ORIGINS', 'LOKET_PAYMENT_PROVIDERS')}))\n"
    )
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)  # noqa: S603


@pytest.mark.parametrize(
    ("environment", "refusal"),
    [
        ({"LOKET_AUTH_PLUGINS": "simulator"}, "login simulator"),
        ({"LOKET_PAYMENT_PROVIDERS": "development"}, "development payment provider"),
        ({"LOKET_STAFF_REQUIRE_2FA": "False"}, "two-factor"),
        ({"DATABASE_URL": "sqlite:////tmp/x.sqlite3"}, "PostgreSQL"),
        ({"REDIS_URL": ""}, "Redis"),
    ],
)
def test_production_refuses_to_start_with_a_development_setting(environment, refusal):
    result = _load_production(**environment)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and refusal in result.stderr


def test_production_never_runs_with_debug_and_binds_cookies_to_the_host():
    result = _load_production(DEBUG="True", SESSION_COOKIE_SECURE="False", CSRF_COOKIE_SECURE="False")
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    assert values["DEBUG"] is False  # DEBUG=True in the environment is overruled, never honoured
    assert values["SESSION_COOKIE_NAME"].startswith("__Host-") and values["CSRF_COOKIE_NAME"].startswith("__Host-")
    assert values["SESSION_COOKIE_SECURE"] is values["CSRF_COOKIE_SECURE"] is True
    assert values["SESSION_COOKIE_HTTPONLY"] is values["CSRF_COOKIE_HTTPONLY"] is True
    assert values["SESSION_COOKIE_AGE"] <= 15 * 60
    assert values["CORS_ALLOWED_ORIGINS"] == [] and values["LOKET_PAYMENT_PROVIDERS"] == []
