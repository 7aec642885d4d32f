"""Token exchange and ID token checks by mozilla-django-oidc, without creating a Django user.

Residents and businesses are not Django users: where the library would look up or create a
user, this backend returns the verified claims instead. It is called by our callback view
directly, never through AUTHENTICATION_BACKENDS.
"""

from django.core.exceptions import SuspiciousOperation
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from .config import get_setting, provider_config


class ProviderClaimsBackend(OIDCAuthenticationBackend):
    def __init__(self, provider: str):
        self.provider = provider
        super().__init__()

    def get_settings(self, attr, *args):
        return get_setting(self.provider, attr, *args)

    def verify_token(self, token, **kwargs):
        """The library checks signature (JWKS), algorithm, expiry and nonce; we add issuer and audience."""
        payload = super().verify_token(token, **kwargs)
        if "nonce" not in kwargs:  # a signed userinfo response, not the ID token
            return payload
        audience = payload.get("aud")
        audiences = [audience] if isinstance(audience, str) else list(audience or [])
        if self.OIDC_RP_CLIENT_ID not in audiences:
            raise SuspiciousOperation("ID token was issued for another client.")
        if payload.get("iss") != provider_config(self.provider).get("issuer"):
            raise SuspiciousOperation("ID token comes from another issuer than the configured provider.")
        return payload

    def get_or_create_user(self, access_token, id_token, payload):
        """Return the claims: the signed ID token's, completed by the userinfo endpoint's."""
        userinfo = self.get_userinfo(access_token, id_token, payload) if self.OIDC_OP_USER_ENDPOINT else {}
        if userinfo.get("sub") != payload.get("sub"):
            raise SuspiciousOperation("Userinfo is about another subject than the ID token.")
        return {**userinfo, **payload}
