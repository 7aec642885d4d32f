from django.utils.translation import gettext_lazy as _

from loket.accounts import services as account_services
from loket.accounts.constants import IdentityKind
from loket.accounts.validators import normalize_bsn, validate_bsn

from ...identity import Identity
from ...oidc.plugin import OIDCLoginPlugin
from ...registry import register


@register("digid")
class DigiDPlugin(OIDCLoginPlugin):
    """Residents log in with DigiD through an OIDC broker that passes the BSN as a claim."""

    verbose_name = _("Inloggen met DigiD")
    provides = IdentityKind.RESIDENT
    invalid_identifier_message = _(
        "DigiD gaf geen geldig burgerservicenummer door. U bent niet ingelogd. "
        "Probeer het later opnieuw of neem contact op met de gemeente."
    )

    def validate_identifier(self, value):
        validate_bsn(value)
        return normalize_bsn(value)

    def identity_logged_in(self, identifier, claims):
        account_services.resident_logged_in(bsn=identifier)
        return Identity(IdentityKind.RESIDENT, identifier, self.identifier, str(claims.get("acr", "")))
