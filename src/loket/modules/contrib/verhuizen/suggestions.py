"""What people who move usually arrange next at their new municipality, as links to each
product's place in the portal (which says whether it can be done online there)."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from loket.catalogue.facade import product_pages

_UPL = "http://standaarden.overheid.nl/owms/terms/"
SUGGESTED = (
    (f"{_UPL}parkeervergunning", _("Parkeervergunning")),
    (f"{_UPL}afvalpas", _("Afvalpas")),
    (f"{_UPL}hondenbelasting", _("Hond aanmelden (hondenbelasting)")),
    (f"{_UPL}belastingkwijtschelding", _("Kwijtschelding van gemeentelijke belastingen")),
)


@dataclass(frozen=True)
class Suggestion:
    title: str
    url: str


def suggestions_for(municipality) -> list[Suggestion]:
    """The suggested products the catalogue knows, each linked to its page."""
    pages = product_pages([uri for uri, _title in SUGGESTED])
    return [Suggestion(title=str(title), url=pages[uri]) for uri, title in SUGGESTED if uri in pages]
