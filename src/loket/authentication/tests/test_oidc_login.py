"""DigiD and eHerkenning logins against a real OIDC provider on the live server.

Loket (the relying party) runs on http://localhost:PORT, the provider on http://127.0.0.1:PORT:
the same server, but separate cookie jars, as with a real broker. `browser` plays the resident's
browser; Loket itself fetches the token, the provider's keys (JWKS) and userinfo over HTTP.
"""

from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.contrib.sessions.backends.db import SessionStore
from django.test import Client
from django.urls import reverse

from loket.accounts.constants import IdentityKind, StaffRole
from loket.accounts.models import Business, Resident, User
from loket.authentication.identity import SESSION_KEY

from . import oidc_provider_site

SITE = "loket.authentication.tests.oidc_provider_site"


def _provider_settings(op_url: str, client_id: str, scopes: str, claim: str) -> dict:
    return {
        "client_id": client_id,
        "client_secret": f"{client_id}-secret",
        "authorization_endpoint": f"{op_url}/oidc/authorize",
        "token_endpoint": f"{op_url}/oidc/token",
        "userinfo_endpoint": f"{op_url}/oidc/userinfo",
        "jwks_endpoint": f"{op_url}/oidc/jwks",
        "sign_algo": "RS256",
        "scopes": scopes,
        "identifier_claim": claim,
        "issuer": f"{op_url}/oidc",
        "use_pkce": True,
        "timeout": 10,
    }


@pytest.fixture
def provider(live_server, transactional_db, settings):
    from oidc_provider.models import Client as OIDCClient
    from oidc_provider.models import ResponseType, RSAKey

    settings.ROOT_URLCONF = SITE
    settings.OIDC_EXTRA_SCOPE_CLAIMS = f"{SITE}.DutchIdentityScopeClaims"
    rp_url = live_server.url
    op_url = rp_url.replace("localhost", "127.0.0.1")
    assert rp_url != op_url, "the provider needs its own host name (cookie domain)"

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    RSAKey.objects.create(key=pem.decode())
    code, _ = ResponseType.objects.get_or_create(value="code", defaults={"description": "code"})
    for plugin in ("digid", "eherkenning"):
        client_id = f"loket-{plugin}"
        oidc_client = OIDCClient.objects.create(
            name=plugin,
            client_type="confidential",
            client_id=client_id,
            client_secret=f"{client_id}-secret",
            jwt_alg="RS256",
            require_consent=False,
            _redirect_uris=f"{rp_url}{reverse(f'authentication:{plugin}-callback')}",
        )
        oidc_client.response_types.add(code)
    settings.LOKET_OIDC_PROVIDERS = {
        "digid": _provider_settings(op_url, "loket-digid", "openid bsn", "bsn"),
        "eherkenning": _provider_settings(op_url, "loket-eherkenning", "openid kvk", "kvk"),
    }
    oidc_provider_site.PROVIDER_CLAIMS.clear()
    yield {"rp": rp_url, "op": op_url}
    oidc_provider_site.PROVIDER_CLAIMS.clear()


def _browser_logged_in_at_provider(provider, username: str, claims: dict) -> requests.Session:
    """A browser whose user has already authenticated at the provider (DigiD's own login)."""
    account = User.objects.create_user(username, role=StaffRole.NATIONAL_COORDINATOR)
    oidc_provider_site.PROVIDER_CLAIMS[username] = claims
    django_client = Client()
    django_client.force_login(account)
    browser = requests.Session()
    browser.cookies.set("sessionid", django_client.cookies["sessionid"].value, domain="127.0.0.1", path="/")
    return browser


def _loket_session(browser) -> SessionStore | None:
    for cookie in browser.cookies:
        if cookie.name == "sessionid" and cookie.domain.startswith("localhost"):
            return SessionStore(session_key=cookie.value)
    return None


def _identity(browser) -> dict | None:
    session = _loket_session(browser)
    return session.get(SESSION_KEY) if session is not None else None


def _callback_url(provider, browser, plugin: str) -> str:
    """Start a login and let the provider answer, but stop before the browser returns to Loket."""
    start = browser.get(f"{provider['rp']}/inloggen/{plugin}/", allow_redirects=False)
    assert start.status_code == 302
    authorize = browser.get(start.headers["Location"], allow_redirects=False)
    assert authorize.status_code == 302, authorize.text[:500]
    return authorize.headers["Location"]


def test_resident_logs_in_with_digid_and_lands_on_mijn_loket(provider):
    browser = _browser_logged_in_at_provider(provider, "digid-account-1", {"bsn": "999993653"})

    response = browser.get(f"{provider['rp']}/inloggen/digid/")

    assert response.status_code == 200
    assert urlsplit(response.url).path == reverse("portal:mijn-loket")
    identity = _identity(browser)
    assert identity["kind"] == IdentityKind.RESIDENT
    assert identity["identifier"] == "999993653"
    assert identity["plugin"] == "digid"
    assert Resident.objects.filter(bsn="999993653", last_login__isnull=False).exists()


def test_the_authorization_request_carries_state_nonce_and_pkce(provider):
    browser = requests.Session()
    start = browser.get(f"{provider['rp']}/inloggen/digid/", allow_redirects=False)
    query = parse_qs(urlsplit(start.headers["Location"]).query)
    assert query["state"][0] and query["nonce"][0]
    assert query["code_challenge_method"] == ["S256"] and query["code_challenge"][0]
    assert query["scope"] == ["openid bsn"]


def test_business_logs_in_with_eherkenning_and_gets_a_business_identity(provider):
    browser = _browser_logged_in_at_provider(provider, "eh-account-1", {"kvk": "12345678"})

    response = browser.get(f"{provider['rp']}/inloggen/eherkenning/")

    assert response.status_code == 200
    assert urlsplit(response.url).path == reverse("portal:home")
    identity = _identity(browser)
    assert identity["kind"] == IdentityKind.BUSINESS
    assert identity["identifier"] == "12345678"
    assert Business.objects.filter(kvk="12345678").exists()


def test_a_tampered_state_is_refused(provider):
    browser = _browser_logged_in_at_provider(provider, "digid-account-2", {"bsn": "999993653"})
    callback = urlsplit(_callback_url(provider, browser, "digid"))
    params = {k: v[0] for k, v in parse_qs(callback.query).items()}
    params["state"] = params["state"][:-2] + "xx"

    response = browser.get(f"{provider['rp']}{callback.path}?{urlencode(params)}")

    assert response.status_code == 400
    assert "Inloggen is niet gelukt" in response.text
    assert _identity(browser) is None
    assert not Resident.objects.exists()


def test_a_callback_without_state_is_refused(provider):
    browser = _browser_logged_in_at_provider(provider, "digid-account-3", {"bsn": "999993653"})
    callback = urlsplit(_callback_url(provider, browser, "digid"))
    code = parse_qs(callback.query)["code"][0]

    response = browser.get(f"{provider['rp']}{callback.path}?{urlencode({'code': code})}")

    assert response.status_code == 400
    assert _identity(browser) is None


def test_a_state_can_be_used_only_once(provider):
    browser = _browser_logged_in_at_provider(provider, "digid-account-4", {"bsn": "999993653"})
    callback = _callback_url(provider, browser, "digid")
    assert browser.get(callback).status_code == 200
    replay = browser.get(callback)
    assert replay.status_code == 400
    assert "Inloggen is niet gelukt" in replay.text


def test_a_token_exchange_the_provider_refuses_gives_no_session(provider, settings):
    settings.LOKET_OIDC_PROVIDERS["digid"]["client_secret"] = "not-the-secret"
    browser = _browser_logged_in_at_provider(provider, "digid-account-6", {"bsn": "999993653"})

    response = browser.get(f"{provider['rp']}/inloggen/digid/")

    assert response.status_code == 400
    assert "We konden uw inlog niet controleren" in response.text
    assert _identity(browser) is None


def test_an_id_token_from_another_issuer_is_refused(provider, settings):
    settings.LOKET_OIDC_PROVIDERS["digid"]["issuer"] = "https://other-broker.example/oidc"
    browser = _browser_logged_in_at_provider(provider, "digid-account-7", {"bsn": "999993653"})

    response = browser.get(f"{provider['rp']}/inloggen/digid/")

    assert response.status_code == 400
    assert "We konden uw inlog niet controleren" in response.text
    assert _identity(browser) is None
    assert not Resident.objects.exists()


def test_an_invalid_bsn_from_the_provider_gives_a_dutch_error_and_no_session(provider):
    browser = _browser_logged_in_at_provider(provider, "digid-account-5", {"bsn": "123456789"})

    response = browser.get(f"{provider['rp']}/inloggen/digid/")

    assert response.status_code == 400
    assert "DigiD gaf geen geldig burgerservicenummer door" in response.text
    assert _identity(browser) is None
    assert not Resident.objects.exists()


def test_an_invalid_kvk_from_the_provider_is_refused(provider):
    browser = _browser_logged_in_at_provider(provider, "eh-account-2", {"kvk": "1234"})
    response = browser.get(f"{provider['rp']}/inloggen/eherkenning/")
    assert response.status_code == 400
    assert "geen geldig KVK-nummer" in response.text
    assert _identity(browser) is None
