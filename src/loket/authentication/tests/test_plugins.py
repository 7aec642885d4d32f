"""Which login plug-ins are offered, the configuration check, and the resident login rate limit."""

import pytest
from django.urls import reverse

from loket.authentication.checks import check_login_plugins, check_login_plugins_configured
from loket.authentication.registry import register

CONFIGURED = {
    "client_id": "loket",
    "client_secret": "geheim",
    "authorization_endpoint": "https://broker.example/authorize",
    "token_endpoint": "https://broker.example/token",
    "userinfo_endpoint": "https://broker.example/userinfo",
    "jwks_endpoint": "https://broker.example/jwks",
    "sign_algo": "RS256",
    "scopes": "openid bsn",
    "identifier_claim": "bsn",
    "issuer": "https://broker.example",
}


def test_digid_and_eherkenning_are_registered_and_enabled_in_tests():
    assert "digid" in register and "eherkenning" in register
    assert register.is_enabled("digid") and register.is_enabled("eherkenning")


@pytest.mark.django_db
def test_the_simulator_is_404_when_not_enabled(client, settings):
    settings.LOKET_AUTH_PLUGINS = ["digid", "eherkenning"]
    assert client.get(reverse("authentication:simulator")).status_code == 404
    assert client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": "999993653"}).status_code == 404
    assert client.get(reverse("authentication:start", args=["simulator"])).status_code == 404


def test_missing_oidc_configuration_is_reported_for_an_enabled_plugin(settings):
    settings.LOKET_OIDC_PROVIDERS = {"digid": {**CONFIGURED, "client_id": ""}, "eherkenning": {}}
    assert check_login_plugins() == []  # development: not an error, only under --deploy
    messages = check_login_plugins_configured()
    by_plugin = {m.msg.split("'")[1]: m for m in messages}
    assert "DIGID_OIDC_CLIENT_ID is not set" in by_plugin["digid"].hint
    assert "EHERKENNING_OIDC_TOKEN_ENDPOINT is not set" in by_plugin["eherkenning"].hint
    assert all(m.id == "loket.auth.W003" for m in messages)

    settings.ENVIRONMENT = "production"
    settings.LOKET_AUTH_PLUGINS = ["digid", "eherkenning"]
    assert {m.id for m in check_login_plugins()} == {"loket.auth.E003"}
    assert check_login_plugins_configured() == []


def test_a_configured_provider_passes_the_check(settings):
    settings.LOKET_OIDC_PROVIDERS = {"digid": CONFIGURED, "eherkenning": {**CONFIGURED, "identifier_claim": "kvk"}}
    assert check_login_plugins() == []


@pytest.mark.django_db
def test_unconfigured_providers_are_not_offered_and_cannot_be_started(client, settings):
    settings.LOKET_OIDC_PROVIDERS = {"digid": {}, "eherkenning": {}}
    html = client.get(reverse("authentication:login")).content.decode()
    assert "Inloggen met DigiD" not in html
    response = client.get(reverse("authentication:start", args=["digid"]))
    assert response.status_code == 503
    assert "niet beschikbaar" in response.content.decode()


@pytest.mark.django_db
def test_configured_providers_are_offered(client, settings):
    settings.LOKET_OIDC_PROVIDERS = {"digid": CONFIGURED, "eherkenning": {**CONFIGURED, "identifier_claim": "kvk"}}
    html = client.get(reverse("authentication:login")).content.decode()
    assert "Inloggen met DigiD" in html and "Inloggen met eHerkenning" in html
    start = client.get(reverse("authentication:start", args=["digid"]))
    assert start.status_code == 302 and start["Location"].startswith("https://broker.example/authorize?")


@pytest.mark.django_db
def test_too_many_resident_login_attempts_from_one_address_are_refused(client, settings):
    settings.LOKET_LOGIN_RATE_LIMIT = 3
    for _ in range(3):
        assert client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": "123456789"}).status_code == 200
    response = client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": "999993653"})
    assert response.status_code == 429
    assert "te vaak geprobeerd" in response.content.decode()
    other_address = client.post(
        reverse("authentication:simulator"), {"kind": "resident", "bsn": "999993653"}, REMOTE_ADDR="192.0.2.7"
    )
    assert other_address.status_code == 302
