from dataclasses import dataclass

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
        return Branding(municipality.name, NATIONAL_COLOUR, "", "14 020", "", "", "", "")
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


def municipality_by_code(code: str) -> Municipality | None:
    return Municipality.objects.filter(code=code).first()
