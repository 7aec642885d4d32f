"""What a paid order makes: the signed PDF in the zaak, the zaak closed, a message to the resident.

Runs inside the payments platform's fulfilment transaction (exactly once per paid order; a
failure or crash leaves nothing and is retried), so everything here is one unit.
"""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from loket.components.facade import add_document_to_zaak, zaken_of_resident
from loket.components.facade.steps import close_with
from loket.notifications.facade import send_to_resident
from loket.privacy.services import Actor
from loket.registry.facade.extracts import extract_data
from loket.verification.facade import issue_pdf

from .products import HISTORY, INTERNATIONAL, PRODUCTS

ORDER_KIND = "uittreksels.document"
MAKER = Actor.system("Loket: uittreksels en aktes")
PURPOSE = "Uittreksel of akte opmaken op verzoek van de inwoner"


def statements_for(product_key: str, data) -> list[tuple[str, str]]:
    """What the document states, as /verify/ shows it: the key facts, not everything."""
    rows = [(_("Naam"), data.name), (_("Geboortedatum"), data.birth_date), (_("Geboorteplaats"), data.birth_place)]
    if product_key == "brp":
        rows += [(_("Adres"), f"{data.address_line1}, {data.address_line2}".strip(", ")), (_("Gemeente"), data.municipality_name)]
        rows += [(_("Nationaliteit"), ", ".join(data.nationalities) or _("onbekend"))]
        rows += [(_("Burgerlijke staat"), data.civil_status)]
        for period in data.addresses:
            until = period.valid_until or _("nu")
            rows.append((_("Woonde van %(start)s tot %(end)s") % {"start": period.valid_from, "end": until},
                         f"{period.line1}, {period.line2} ({period.municipality})"))
    elif product_key == "geboorteakte":
        rows += [(_("Ouders"), ", ".join(data.parents) or _("niet vermeld"))]
    elif product_key == "akte_huwelijk":
        rows += [(_("Partner"), data.partner_name), (_("Datum"), data.partnership_since), (_("Plaats"), data.partnership_place)]
    elif product_key == "akte_overlijden":
        rows += [(_("Datum van overlijden"), data.death_date), (_("Plaats van overlijden"), data.death_place)]
    elif product_key == "in_leven":
        rows += [(_("In leven"), _("ja")), (_("Adres"), f"{data.address_line1}, {data.address_line2}".strip(", "))]
    elif product_key == "nederlanderschap":
        rows += [(_("Nederlander"), _("ja") if data.is_dutch else _("nee"))]
    return rows


def make_document(order) -> dict:
    details = order.details
    product = PRODUCTS[details["product"]]
    variant = details["variant"]
    zaak = zaken_of_resident(order.bsn, [order.municipality_id]).filter(uuid=details["zaak"]).first()
    if zaak is None:
        raise LookupError("the order's zaak is gone")
    with translation.override("nl"):
        data = extract_data(details["subject"], actor=MAKER, purpose=PURPOSE, with_history=variant == HISTORY)
        if data is None:
            raise LookupError("the person is no longer in the registry")
        title = str(product.title)
        if variant == HISTORY:
            title = _("%(title)s met adreshistorie") % {"title": title}
        statements = statements_for(product.key, data)
        issued = issue_pdf(
            template="uittreksels/pdf/document.html",
            context={"product": product.key, "data": data, "variant": variant,
                     "international": variant == INTERNATIONAL, "zaak": zaak},
            title=title,
            statements=statements,
            municipality=order.municipality,
            subject_bsn=details["subject"],
        )
        document = add_document_to_zaak(
            zaak, titel=title, bestandsnaam=f"{product.key}-{issued.code}.pdf", content=issued.content,
            auteur=order.municipality.name,
        )
        close_with(zaak, "Afgehandeld", toelichting=_("Uw document staat in Mijn documenten."))
        send_to_resident(
            bsn=order.bsn,
            subject=_("Uw document staat klaar: %(title)s") % {"title": title},
            body=_("Wij hebben uw betaling ontvangen. Uw document staat in Mijn documenten. "
                   "Iedereen kan controleren of het echt is met de controlecode %(code)s.") % {"code": issued.code},
            municipality_id=order.municipality_id,
            link_url=settings.LOKET_BASE_URL + reverse("portal:mijn-documenten"),
        )
    return {"document": str(document.uuid), "code": issued.code}
