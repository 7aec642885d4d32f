from dataclasses import dataclass

from django.utils.translation import gettext as _

from .context import activate
from .models import Municipality, MunicipalitySettings

NATIONAL_COLOUR = "#154273"


@dataclass(frozen=True)
class Branding:
    name: str
    colour: str
    logo_url: str
    phone: str
    email: str
    website: str
    visiting_address: str
    opening_hours: str


NATIONAL_BRANDING = Branding("Loket", NATIONAL_COLOUR, "", "14 + netnummer", "", "", "", "")


def branding_for(municipality: Municipality | None) -> Branding:
    if municipality is None:
        return NATIONAL_BRANDING
    with activate(municipality):
        settings = MunicipalitySettings.objects.first()
    if settings is None:
        return Branding(municipality.name, NATIONAL_COLOUR, "", "", "", "", "", "")
    return Branding(
        name=settings.display_name or municipality.name,
        colour=settings.brand_colour,
        logo_url=settings.logo.url if settings.logo else "",
        phone=settings.phone,
        email=settings.email,
        website=settings.website,
        visiting_address=settings.visiting_address,
        opening_hours=settings.opening_hours,
    )


def how_to_reach(branding: Branding) -> str:
    """One sentence telling a resident how to reach the municipality in person."""
    if branding.phone:
        return _("Bel uw gemeente op %(phone)s.") % {"phone": branding.phone}
    if branding.website:
        return _("Kijk op %(website)s hoe u uw gemeente bereikt.") % {"website": branding.website}
    return _("Neem contact op met uw gemeente.")


def branding_for_request(request) -> Branding:
    """The branding of the request's municipality, asked of the database at most once per request."""
    current = getattr(request, "municipality", None)
    cached = getattr(request, "_loket_branding", None)
    if cached is None or cached[0] is not current:
        cached = (current, branding_for(current))
        request._loket_branding = cached
    return cached[1]


def municipality_by_code(code: str) -> Municipality | None:
    return Municipality.objects.filter(code=code).first()
