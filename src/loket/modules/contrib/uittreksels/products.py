"""The products residents can order here, their variants and fees.

Civil-status certificates (aktes) have one national fee, set yearly by the Besluit tarieven
burgerlijke stand; BRP extracts and the other proofs are priced by each municipality (options).
The BRP extract "met gezag" (brpUittrGezag) is not offered: the registry holds no gezag data.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

UPL = "http://standaarden.overheid.nl/owms/terms/"

# National fee for an extract (uittreksel) of a civil-status certificate; check each January.
CIVIL_STATUS_FEE = Decimal("15.25")

CURRENT, HISTORY, DUTCH, INTERNATIONAL = "current", "history", "nl", "international"
VARIANT_LABELS = {
    CURRENT: _("Met de huidige gegevens"),
    HISTORY: _("Met de huidige gegevens en alle adressen waar de persoon woonde"),
    DUTCH: _("In het Nederlands"),
    INTERNATIONAL: _("Meertalig (internationaal, voor gebruik in het buitenland)"),
}


@dataclass(frozen=True)
class Product:
    key: str
    title: str
    upl: str
    variants: tuple[str, ...]
    fee_option: str = ""  # the option with the municipality's fee; empty: the national civil-status fee


PRODUCTS = {
    p.key: p
    for p in (
        Product("brp", _("Uittreksel Basisregistratie Personen (BRP)"), UPL + "brpUittr", (CURRENT, HISTORY), "fee_brp"),
        Product("geboorteakte", _("Uittreksel geboorteakte"), UPL + "geboorteakte", (DUTCH, INTERNATIONAL)),
        Product("akte_huwelijk", _("Uittreksel akte van huwelijk of partnerschap"), UPL + "akte_van_de_burgerlijke_stand", (DUTCH, INTERNATIONAL)),
        Product("akte_overlijden", _("Uittreksel akte van overlijden"), UPL + "overlijdensakte", (DUTCH, INTERNATIONAL)),
        Product("in_leven", _("Bewijs van in leven zijn"), UPL + "bewijs_van_in_leven_zijn_(attestatie_de_vita)", (DUTCH,), "fee_in_leven"),
        Product("nederlanderschap", _("Bewijs van Nederlanderschap"), UPL + "bewijs_van_nederlanderschap", (DUTCH,), "fee_nederlanderschap"),
    )
}

UPL_PRODUCTS = tuple(dict.fromkeys(p.upl for p in PRODUCTS.values()))


def fee(product: Product, variant: str, options: dict) -> Decimal:
    if not product.fee_option:
        return CIVIL_STATUS_FEE
    amount = Decimal(str(options.get(product.fee_option) or "0"))
    if variant == HISTORY:
        amount += Decimal(str(options.get("fee_history_extra") or "0"))
    return amount


def cents(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


def euro(amount: Decimal) -> str:
    return f"€ {amount:.2f}".replace(".", ",")
