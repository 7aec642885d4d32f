"""What people who move usually arrange next at their new municipality, as links."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from loket.catalogue.facade import known_products

_UPL = "http://standaarden.overheid.nl/owms/terms/"
SUGGESTED = (
    (f"{_UPL}parkeervergunning", _("Parkeervergunning"), "parkeervergunning"),
    (f"{_UPL}afvalpas", _("Afvalpas"), "afvalpas"),
    (f"{_UPL}hondenbelasting", _("Hond aanmelden (hondenbelasting)"), "hondenbelasting"),
    (f"{_UPL}belastingkwijtschelding", _("Kwijtschelding van gemeentelijke belastingen"), "kwijtschelding"),
)


@dataclass(frozen=True)
class Suggestion:
    title: str
    url: str


def suggestions_for(municipality) -> list[Suggestion]:
    """Links to what the portal says about each product (for the resident's municipality:
    after the move, the new one). Only products the catalogue knows."""
    known = known_products([uri for uri, _title, _query in SUGGESTED])
    search = reverse("portal:zoeken")
    return [
        Suggestion(title=str(title), url=f"{search}?{urlencode({'q': query})}")
        for uri, title, query in SUGGESTED
        if uri in known
    ]
