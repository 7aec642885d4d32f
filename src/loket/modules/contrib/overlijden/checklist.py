"""What relatives can arrange next, each item pointing to the product's place in the catalogue:
online where their municipality switched a module for it on, personal support otherwise."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from loket.catalogue.facade import known_products
from loket.modules.facades import register
from loket.modules.facades.business import enabled_in

UPL = "http://standaarden.overheid.nl/owms/terms/"


@dataclass(frozen=True)
class Item:
    upl_id: str
    question: str  # the catalogue's life-event question the product sits under
    text: str

    @property
    def uri(self) -> str:
        return UPL + self.upl_id


ITEMS = (
    Item("overlijdensakte", "overlijden", gettext_lazy(
        "Vraag een afschrift of uittreksel van de akte van overlijden aan. Dat heeft u nodig voor de bank, "
        "de notaris en verzekeringen."
    )),
    Item("overlijdensuitkering", "overlijden", gettext_lazy(
        "Kreeg de overledene een uitkering van de gemeente? Die stopt. Misschien krijgt u een uitkering na "
        "het overlijden."
    )),
    Item("rechtmatigheidsformulier", "inkomen-en-werk", gettext_lazy(
        "Heeft u zelf een uitkering? Geef door dat uw huishouden is veranderd."
    )),
    Item("afvalstoffenheffing", "belastingen", gettext_lazy(
        "Gemeentelijke belastingen, zoals de afvalstoffenheffing, kunnen lager worden als uw huishouden "
        "kleiner is."
    )),
    Item("parkeervergunning", "parkeren-en-reizen", gettext_lazy(
        "Had de overledene een parkeervergunning? Zeg die op of zet die op een andere naam."
    )),
)


def product_url(item: Item) -> str:
    page = reverse("portal:vraag", args=[item.question])
    return f"{settings.LOKET_BASE_URL}{page}#product-{slugify(item.upl_id)}"


def _online_module(municipality, item: Item):
    for module in register.covering(item.uri):
        if enabled_in(municipality, module.identifier) is not None:
            return module
    return None


def checklist_text(municipality) -> str:
    """The numbered checklist for a relative who lives in `municipality`, as plain text."""
    known = known_products([item.uri for item in ITEMS])
    lines = []
    for number, item in enumerate((i for i in ITEMS if i.uri in known), start=1):
        module = _online_module(municipality, item)
        if module is not None:
            how = _("Dit regelt u online: %(url)s") % {"url": settings.LOKET_BASE_URL + module.entry_url()}
        else:
            how = _("Hierbij helpt de gemeente u persoonlijk: %(url)s") % {"url": product_url(item)}
        lines.append(f"{number}. {item.text}\n   {how}")
    return "\n\n".join(lines)
