"""One OIDC provider's settings, in the names mozilla-django-oidc asks for.

Each login plug-in (DigiD, eHerkenning) has its own provider in settings.LOKET_OIDC_PROVIDERS.
The library reads its settings through `get_settings(name)`; our views and backend answer that
from the plug-in's provider instead of the global OIDC_* settings.
"""

from django.conf import settings
from mozilla_django_oidc.utils import import_from_settings

REQUIRED = {
    "client_id": "CLIENT_ID",
    "client_secret": "CLIENT_SECRET",
    "authorization_endpoint": "AUTHORIZATION_ENDPOINT",
    "token_endpoint": "TOKEN_ENDPOINT",
    "userinfo_endpoint": "USERINFO_ENDPOINT",
    "identifier_claim": "IDENTIFIER_CLAIM",
    "issuer": "ISSUER",
}


def provider_config(provider: str) -> dict:
    return settings.LOKET_OIDC_PROVIDERS.get(provider, {})


def missing_settings(provider: str) -> list[str]:
    """The environment variables still to set before the provider can be used."""
    config = provider_config(provider)
    prefix = f"{provider.upper()}_OIDC_"
    missing = [prefix + env for key, env in REQUIRED.items() if not config.get(key)]
    if config.get("sign_algo", "RS256")[:2] in ("RS", "ES", "PS") and not config.get("jwks_endpoint"):
        missing.append(prefix + "JWKS_ENDPOINT")
    return missing


def library_settings(provider: str) -> dict:
    config = provider_config(provider)
    return {
        "OIDC_RP_CLIENT_ID": config.get("client_id", ""),
        "OIDC_RP_CLIENT_SECRET": config.get("client_secret", ""),
        "OIDC_OP_AUTHORIZATION_ENDPOINT": config.get("authorization_endpoint", ""),
        "OIDC_OP_TOKEN_ENDPOINT": config.get("token_endpoint", ""),
        "OIDC_OP_USER_ENDPOINT": config.get("userinfo_endpoint", ""),
        "OIDC_OP_JWKS_ENDPOINT": config.get("jwks_endpoint") or None,
        "OIDC_RP_SIGN_ALGO": config.get("sign_algo", "RS256"),
        "OIDC_RP_IDP_SIGN_KEY": None,
        "OIDC_RP_SCOPES": config.get("scopes", "openid"),
        "OIDC_AUTHENTICATION_CALLBACK_URL": f"authentication:{provider}-callback",
        "OIDC_USE_NONCE": True,
        "OIDC_USE_PKCE": config.get("use_pkce", True),
        "OIDC_PKCE_CODE_CHALLENGE_METHOD": "S256",
        "OIDC_TIMEOUT": config.get("timeout", 10),
        # Security-relevant: never taken from global settings.
        "OIDC_ALLOW_UNSECURED_JWT": False,
        "OIDC_STORE_ACCESS_TOKEN": False,
        "OIDC_STORE_ID_TOKEN": False,
        "OIDC_TOKEN_USE_BASIC_AUTH": False,
        "OIDC_AUTH_REQUEST_EXTRA_PARAMS": {},
        "OIDC_REDIRECT_FIELD_NAME": "next",
    }


def get_setting(provider: str, name: str, *default):
    values = library_settings(provider)
    if name in values:
        return values[name]
    return import_from_settings(name, *default)
