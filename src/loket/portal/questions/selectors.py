"""What a question page shows: per product, online in the municipality or personal support."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.text import slugify
from django.utils.translation import gettext as _

from loket.catalogue import selectors as catalogue
from loket.catalogue.models import LifeEventQuestion, ProductPlacement
from loket.modules.base import ServiceModule
from loket.modules.selectors import available_online
from loket.registry.facade import municipality_code_for_postcode
from loket.tenancy.models import Municipality
from loket.tenancy.selectors import municipality_by_code

SESSION_KEY = "loket_chosen_municipality"


@dataclass(frozen=True)
class ProductOption:
    """One thing to arrange under a question, and how this municipality's residents arrange it."""

    placement: ProductPlacement
    question: LifeEventQuestion  # the page's question
    module: ServiceModule | None  # None: personal support (contact request, phone, visit)

    @property
    def title(self) -> str:
        return self.placement.title

    @property
    def upl_id(self) -> str:
        return self.placement.product.upl_id

    @property
    def anchor(self) -> str:
        return anchor_for(self.placement)

    @property
    def online_url(self) -> str:
        return self.module.entry_url() if self.module else ""

    @property
    def primary_question(self) -> LifeEventQuestion | None:
        """The question this product mainly belongs to, when that is another one than the page's."""
        return None if self.placement.question_id == self.question.pk else self.placement.question

    @property
    def explanation(self) -> str:
        if self.module is not None:
            return self.module.summary()
        return explanation_for(self.placement.product)


def anchor_for(placement: ProductPlacement) -> str:
    return "product-" + slugify(placement.product.upl_id)


def explanation_for(product) -> str:
    """One plain line on what kind of thing it is, from the UPL's product types."""
    if product.is_obligation and product.is_notification:
        return _("Dit moet u doorgeven aan de gemeente. Dat is verplicht.")
    if product.is_notification:
        return _("Dit geeft u door aan de gemeente.")
    if product.is_subsidy:
        return _("Hiervoor kunt u geld krijgen van de gemeente.")
    if product.is_application:
        return _("Dit vraagt u aan bij de gemeente.")
    if product.is_obligation:
        return _("Dit moet u regelen. Dat is verplicht.")
    return _("Hierover geeft de gemeente informatie en hulp.")


def product_options(
    question: LifeEventQuestion, municipality: Municipality | None
) -> list[ProductOption]:
    """The question's products in the order a person arranges them, each online or not.

    Only products some module covers cost a query (one each); the rest are personal support.
    """
    return [
        ProductOption(
            placement=placement,
            question=question,
            module=available_online(municipality, placement.product.uri),
        )
        for placement in catalogue.placements_for(question)
    ]


# -- which municipality a visitor means ------------------------------------------------------


def municipality_for_page(request) -> tuple[Municipality | None, bool]:
    """The municipality whose services the page shows, and whether the visitor chose it.

    A logged-in resident's own municipality (from the registry); otherwise the one the visitor
    chose earlier in this session.
    """
    own = getattr(request, "municipality", None)
    if own is not None:
        return own, False
    code = request.session.get(SESSION_KEY)
    chosen = municipality_by_code(code) if code else None
    return chosen, chosen is not None


def find_municipalities(text: str, limit: int = 10) -> list[Municipality]:
    """Municipalities for (part of) a name, or the one of a postcode ("3011 AB" or "3011")."""
    text = " ".join(text.split())
    if not text:
        return []
    compact = text.replace(" ", "")
    if compact[:4].isdigit():
        code = municipality_code_for_postcode(compact)
        found = municipality_by_code(code) if code else None
        return [found] if found else []
    exact = list(Municipality.objects.filter(name__iexact=text))
    if exact:
        return exact
    starts = list(Municipality.objects.filter(name__istartswith=text).order_by("name")[:limit])
    if starts:
        return starts
    return list(
        Municipality.objects.filter(official_name__icontains=text).order_by("name")[:limit]
    ) or list(Municipality.objects.filter(name__icontains=text).order_by("name")[:limit])
