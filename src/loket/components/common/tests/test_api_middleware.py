"""ZGW API requests skip the browser-session middleware and keep every protection of the site."""

import logging

import pytest
from django.test import Client

from loket.components.common.paths import is_token_api_path

ZAKEN = "/zaken/api/v1/zaken"


@pytest.fixture
def api(zgw, utrecht):
    return zgw.client([utrecht], zaaktypen=[zgw.zaaktype(utrecht)])


def test_an_api_answer_keeps_the_security_headers_and_sets_no_cookie(api):
    api.cookies["sessionid"] = "een-sessie-van-een-browser"
    api.cookies["csrftoken"] = "x" * 32
    response = api.get(ZAKEN)
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")


def test_cors_stays_denied_for_an_unknown_origin(api):
    response = api.get(ZAKEN, HTTP_ORIGIN="https://elders.example")
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response
    preflight = api.options(
        ZAKEN, HTTP_ORIGIN="https://elders.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST"
    )
    assert "Access-Control-Allow-Origin" not in preflight


def test_a_post_without_csrf_token_is_judged_by_its_jwt_alone(db):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(ZAKEN, {}, content_type="application/json")
    assert response.status_code == 403
    assert response.json()["code"] == "not_authenticated"  # the JWT decides, not a CSRF token


def test_every_api_request_is_still_logged(api, caplog):
    with caplog.at_level(logging.INFO, logger="django_structlog"):
        assert api.get(ZAKEN).status_code == 200
    assert any("request_finished" in record.getMessage() for record in caplog.records)


def test_an_unknown_api_path_is_a_404(api):
    assert api.get("/zaken/api/v1/bestaat-niet").status_code == 404


@pytest.mark.django_db
def test_pages_and_the_api_documentation_keep_sessions_and_csrf():
    client = Client()
    for path in ("/", "/zaken/api/v1/schema/"):
        response = client.get(path)
        assert response.status_code == 200
        assert "Cookie" in response["Vary"]
    refused = Client(enforce_csrf_checks=True).post("/i18n/taal/", {"language": "en"})
    assert refused.status_code == 403


@pytest.mark.parametrize(
    ("path", "token_api"),
    [
        ("/zaken/api/v1/zaken", True),
        ("/autorisaties/api/v1/applicaties", True),
        ("/zaken/api/v1/schema/", False),
        ("/zaken/api/v1/schema/openapi.yaml", False),
        ("/mijn/zaken/api/v1/zaken", False),
        ("/catalogi/api/v10/zaaktypen", False),
        ("/beheer/", False),
    ],
)
def test_which_paths_are_token_api(path, token_api):
    assert is_token_api_path(path) is token_api
