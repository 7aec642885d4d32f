from django.utils.translation import gettext_lazy as _

from loket.accounts import services as account_services
from loket.accounts.constants import IdentityKind
from loket.accounts.validators import validate_kvk

from ...identity import Identity
from ...oidc.plugin import OIDCLoginPlugin
from ...registry import register


@register("eherkenning")
class EHerkenningPlugin(OIDCLoginPlugin):
    """Businesses log in with eHerkenning through an OIDC broker that passes the KVK number."""

    verbose_name = _("Inloggen met eHerkenning")
    provides = IdentityKind.BUSINESS
    landing_url_name = "portal:home"  # Mijn Loket is for residents
    invalid_identifier_message = _(
        "eHerkenning gaf geen geldig KVK-nummer door. U bent niet ingelogd. "
        "Probeer het later opnieuw of neem contact op met de gemeente."
    )

    def validate_identifier(self, value):
        validate_kvk(value)
        return value

    def identity_logged_in(self, identifier, claims):
        name = str(claims.get("name", ""))[:200]
        account_services.business_logged_in(kvk=identifier, name=name)
        return Identity(IdentityKind.BUSINESS, identifier, self.identifier, str(claims.get("acr", "")), name)
