"""JWT authentication: every way a token can be wrong gives 403 with the standard's Fout body."""

import time

import jwt
import pytest

from loket.components.autorisaties.services import add_autorisatie, create_applicatie
from loket.components.common.constants import Component
from loket.components.common.errors import RuleViolation
from loket.components.conftest import make_token

ZAKEN = "/zaken/api/v1/zaken"
FOUT = {"type", "code", "title", "status", "detail", "instance"}


@pytest.fixture
def api(zgw, utrecht):
    zaaktype = zgw.zaaktype(utrecht)
    return zgw.client([utrecht], zaaktypen=[zaaktype])


def call(api, token):
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {token}", HTTP_ACCEPT_CRS="EPSG:4326")
    return api.get(ZAKEN)


def refused(response, code: str):
    assert response.status_code == 403, response.content
    body = response.json()
    assert set(body) == FOUT and body["status"] == 403 and body["code"] == code
    assert response["Content-Type"] == "application/problem+json"
    assert "WWW-Authenticate" not in response


def test_valid_token_is_accepted(api):
    assert call(api, make_token(api.client_id, api.secret)).status_code == 200


def test_missing_token(api):
    api.credentials(HTTP_ACCEPT_CRS="EPSG:4326")
    refused(api.get(ZAKEN), "not_authenticated")


def test_wrong_algorithm(api):
    refused(
        call(api, make_token(api.client_id, api.secret, algorithm="HS512")),
        "jwt-invalidalgorithmerror",
    )
    unsigned = jwt.encode(
        {"client_id": api.client_id, "iat": int(time.time())}, None, algorithm="none"
    )
    refused(call(api, unsigned), "jwt-invalidalgorithmerror")


def test_expired_and_future_tokens(api, settings):
    settings.ZGW_JWT_MAX_AGE = 3600
    settings.ZGW_JWT_LEEWAY = 10
    refused(call(api, make_token(api.client_id, api.secret, iat=time.time() - 3700)), "jwt-expired")
    assert (
        call(api, make_token(api.client_id, api.secret, iat=time.time() - 3585)).status_code == 200
    )  # leeway
    refused(
        call(api, make_token(api.client_id, api.secret, iat=time.time() + 600)),
        "jwt-immaturesignatureerror",
    )
    expired_exp = make_token(api.client_id, api.secret, exp=int(time.time()) - 60)
    refused(call(api, expired_exp), "jwt-expired")


def test_unknown_client_bad_signature_and_garbage(api):
    refused(call(api, make_token("onbekend", api.secret)), "invalid-client-identifier")
    refused(
        call(api, make_token(api.client_id, "een-ander-geheim-dat-lang-genoeg-is!!")),
        "invalid-jwt-signature",
    )
    refused(call(api, "geen.jwt.token"), "jwt-decode-error")
    no_client = jwt.encode({"iat": int(time.time())}, api.secret, algorithm="HS256")
    refused(call(api, no_client), "missing-client-identifier")
    no_iat = jwt.encode({"client_id": api.client_id}, api.secret, algorithm="HS256")
    refused(call(api, no_iat), "jwt-missing-iat-claim")


def test_missing_scope_is_403(zgw, utrecht):
    zaaktype = zgw.zaaktype(utrecht)
    api = zgw.client([utrecht], zaaktypen=[zaaktype], scopes=["zaken.aanmaken"])
    refused(api.get(ZAKEN), "permission_denied")


def test_autorisaties_rules(zgw, utrecht, amersfoort):
    zaaktype = zgw.zaaktype(utrecht)
    applicatie = create_applicatie(
        label="A", municipalities=[amersfoort], client_id="a", secret="s" * 40
    )
    with pytest.raises(RuleViolation) as error:  # ac-001
        create_applicatie(label="B", municipalities=[amersfoort], client_id="a", secret="s" * 40)
    assert error.value.params[0].code == "clientId-exists"
    with pytest.raises(RuleViolation) as error:  # ac-003
        add_autorisatie(
            applicatie, component=Component.ZRC, scopes=["zaken.lezen"], zaaktype=zaaktype
        )
    assert "maxVertrouwelijkheidaanduiding" in {p.name for p in error.value.params}
    with pytest.raises(RuleViolation) as error:
        add_autorisatie(
            applicatie,
            component=Component.ZRC,
            scopes=["zaken.lezen"],
            zaaktype=zaaktype,
            max_vertrouwelijkheidaanduiding=1,
        )
    assert error.value.params[0].code == "other-municipality"
    alles = create_applicatie(
        label="C",
        municipalities=[utrecht],
        client_id="c",
        secret="s" * 40,
        heeft_alle_autorisaties=True,
    )
    with pytest.raises(RuleViolation) as error:  # ac-002
        add_autorisatie(alles, component=Component.ZTC, scopes=["catalogi.lezen"])
    assert error.value.params[0].code == "ambiguous-authorizations-specified"


def test_max_age_and_leeway_come_from_settings(api, settings):
    settings.ZGW_JWT_MAX_AGE = 60
    settings.ZGW_JWT_LEEWAY = 0
    refused(call(api, make_token(api.client_id, api.secret, iat=time.time() - 120)), "jwt-expired")
    settings.ZGW_JWT_MAX_AGE = 600
    assert (
        call(api, make_token(api.client_id, api.secret, iat=time.time() - 120)).status_code == 200
    )
