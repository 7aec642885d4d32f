"""The common part of the OIDC login plug-ins: one provider in LOKET_OIDC_PROVIDERS per plug-in."""

from django.core.exceptions import ValidationError

from ..base import LoginPlugin
from ..identity import Identity
from . import config
from .views import start_provider_login


class OIDCLoginPlugin(LoginPlugin):
    invalid_identifier_message: str = ""

    def start_login(self, request, next_url):
        return start_provider_login(request, self.identifier, next_url)

    def check_config(self) -> list[str]:
        missing = config.missing_settings(self.identifier)
        return [f"{name} is not set" for name in missing]

    @property
    def identifier_claim(self) -> str:
        return config.provider_config(self.identifier).get("identifier_claim", "")

    def clean_identifier(self, claims: dict) -> str:
        """The BSN or KVK number from the verified claims; ValidationError when it is not valid."""
        value = claims.get(self.identifier_claim)
        if not isinstance(value, str | int) or isinstance(value, bool):
            raise ValidationError("missing identifier claim", code="missing")
        return self.validate_identifier(str(value).strip())

    def validate_identifier(self, value: str) -> str:
        raise NotImplementedError

    def identity_logged_in(self, identifier: str, claims: dict) -> Identity:
        """Record the login (accounts service) and return the identity for the session."""
        raise NotImplementedError
