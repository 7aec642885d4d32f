"""Every response carries the security headers; CORS is closed; CSRF is enforced."""

import json
import os
import subprocess
import sys

import pytest
from django.test import Client
from django.urls import reverse

RESIDENT_BSN = "999993653"


def csp_directives(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives[words[0]] = words[1:]
    return directives


def assert_strict_csp(response):
    assert "Content-Security-Policy" in response, "no CSP header"
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    directives = csp_directives(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["object-src"] == ["'none'"]


def assert_basic_security_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


@pytest.fixture
def resident_client(client):
    response = client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": RESIDENT_BSN})
    assert response.status_code == 302
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", ["portal:home", "authentication:login", "authentication:simulator", "healthz"])
def test_public_pages_carry_a_strict_csp_and_security_headers(client, url_name):
    response = client.get(reverse(url_name))
    assert response.status_code == 200
    assert_strict_csp(response)
    assert_basic_security_headers(response)


@pytest.mark.django_db
def test_mijn_loket_carries_a_strict_csp_and_security_headers(resident_client):
    response = resident_client.get(reverse("portal:mijn-loket"))
    assert response.status_code == 200
    assert_strict_csp(response)
    assert_basic_security_headers(response)


@pytest.mark.django_db
def test_error_pages_carry_the_csp_too(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert_strict_csp(response)


@pytest.mark.django_db
def test_a_cross_origin_preflight_gets_no_cors_permission(client):
    response = client.options(
        reverse("healthz"),
        HTTP_ORIGIN="https://evil.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert "Access-Control-Allow-Origin" not in response
    assert "Access-Control-Allow-Credentials" not in response


@pytest.mark.django_db
def test_a_cross_origin_request_gets_no_cors_permission(client):
    response = client.get(reverse("healthz"), HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response


@pytest.mark.django_db
def test_the_simulator_refuses_a_post_without_csrf_token():
    client = Client(enforce_csrf_checks=True)
    client.get(reverse("authentication:simulator"))
    response = client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": RESIDENT_BSN})
    assert response.status_code == 403
    assert client.get(reverse("portal:mijn-loket")).status_code == 302


@pytest.mark.django_db
def test_the_language_switch_refuses_a_post_without_csrf_token():
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert response.status_code == 403


@pytest.mark.django_db
def test_hsts_header_is_sent_over_https_when_configured(client, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    response = client.get(reverse("healthz"), secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "includeSubDomains" in response["Strict-Transport-Security"]


def _production_settings() -> dict:
    from loket.authentication.registry import register

    plugins = "digid" if "digid" in register else ""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": os.environ.get("HOME", "/tmp"),
        "DJANGO_SETTINGS_MODULE": "loket.conf.production",
        "DATABASE_URL": "postgres://x/y",
        "REDIS_URL": "redis://x",
        "SECRET_KEY": "x",
        "LOKET_AUTH_PLUGINS": plugins,
    }
    code = (
        "import json\n"
        "from django.conf import settings\n"
        "names = ['DEBUG', 'SECURE_HSTS_SECONDS', 'SECURE_HSTS_INCLUDE_SUBDOMAINS', 'SECURE_CONTENT_TYPE_NOSNIFF',\n"
        "         'SECURE_REFERRER_POLICY', 'X_FRAME_OPTIONS', 'SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE',\n"
        "         'CORS_ALLOWED_ORIGINS', 'CORS_ALLOW_ALL_ORIGINS', 'MIDDLEWARE']\n"
        "values = {name: getattr(settings, name, None) for name in names}\n"
        "values['CSP'] = {k: list(v) for k, v in settings.CONTENT_SECURITY_POLICY['DIRECTIVES'].items()}\n"
        "print(json.dumps(values))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_settings_switch_on_hsts_and_keep_the_strict_headers():
    values = _production_settings()
    assert values["DEBUG"] is False
    assert values["SECURE_HSTS_SECONDS"] >= 31536000
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert values["SECURE_CONTENT_TYPE_NOSNIFF"] is True
    assert values["SECURE_REFERRER_POLICY"] == "same-origin"
    assert values["X_FRAME_OPTIONS"] == "DENY"
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["CSRF_COOKIE_SECURE"] is True
    assert values["CORS_ALLOWED_ORIGINS"] == []
    assert not values["CORS_ALLOW_ALL_ORIGINS"]
    assert "django.middleware.security.SecurityMiddleware" in values["MIDDLEWARE"]
    assert "csp.middleware.CSPMiddleware" in values["MIDDLEWARE"]
    assert values["CSP"]["frame-ancestors"] == ["'none'"]
    assert all("unsafe-inline" not in " ".join(sources) for sources in values["CSP"].values())
