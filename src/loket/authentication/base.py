"""The contract of a login plug-in (DigiD, eHerkenning, the development simulator)."""

from django.http import HttpRequest, HttpResponse


class LoginPlugin:
    identifier: str = ""
    verbose_name: str = ""
    provides: str = ""  # an accounts.constants.IdentityKind
    development_only: bool = False
    landing_url_name: str = "portal:mijn-loket"  # where a login without `next` ends

    def start_login(self, request: HttpRequest, next_url: str) -> HttpResponse:
        raise NotImplementedError

    def check_config(self) -> list[str]:
        """Problems that make the plug-in unusable with the current settings."""
        return []
