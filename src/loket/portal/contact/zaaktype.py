"""The case type behind "Stel uw vraag": a resident asks their municipality something.

A platform zaaktype, installed into a municipality's catalogus the first time one of its residents
sends a contact request. A request can be about any resident product of the catalogue, so the
zaaktype lists them all and each zaak names the one it is about (ZGW zrc-015: a zaak's products
must be among its zaaktype's). The municipality answers within two weeks, in the resident's inbox.
"""

from datetime import timedelta

from loket.catalogue.models import Product
from loket.components.facade import (
    InformatieobjecttypeDefinition,
    ResultaattypeDefinition,
    RoltypeDefinition,
    StatustypeDefinition,
    ZaaktypeDefinition,
)

IDENTIFICATIE = "LOKET-CONTACTVERZOEK"
SELECTIELIJST = "https://selectielijst.openzaak.nl/api/v1"


def definition(product_uris: list[str]) -> ZaaktypeDefinition:
    return ZaaktypeDefinition(
        identificatie=IDENTIFICATIE,
        omschrijving="Contactverzoek",
        vertrouwelijkheidaanduiding="zaakvertrouwelijk",
        doel="Een vraag van een inwoner beantwoorden of de inwoner verder helpen.",
        aanleiding="Een inwoner stelt via Loket een vraag aan de gemeente.",
        indicatie_intern_of_extern="extern",
        handeling_initiator="Vragen",
        onderwerp="Contactverzoek",
        handeling_behandelaar="Beantwoorden",
        doorlooptijd=timedelta(weeks=2),
        servicenorm=timedelta(days=5),
        producten_of_diensten=tuple(product_uris),
        trefwoorden=("contact", "vraag"),
        statustypen=(
            StatustypeDefinition(
                omschrijving="Ontvangen",
                volgnummer=1,
                informeren=True,
                statustekst="Uw vraag is ontvangen.",
            ),
            StatustypeDefinition(omschrijving="In behandeling", volgnummer=2),
            StatustypeDefinition(
                omschrijving="Beantwoord",
                volgnummer=3,
                informeren=True,
                statustekst="Uw vraag is beantwoord.",
            ),
        ),
        resultaattypen=(
            ResultaattypeDefinition(
                omschrijving="Beantwoord",
                resultaattypeomschrijving=f"{SELECTIELIJST}/resultaattypeomschrijvingen/7cb315fb-4f7b-4a43-aca1-e4522e4c73b3",
                selectielijstklasse=f"{SELECTIELIJST}/resultaten/dd8f9a5c-5d1f-4ea0-8d20-7a3f0f6e26f1",
                archiefnominatie="vernietigen",
                archiefactietermijn=timedelta(days=365),
            ),
        ),
        roltypen=(
            RoltypeDefinition(omschrijving="Vraagsteller", omschrijving_generiek="initiator"),
        ),
        informatieobjecttypen=(
            InformatieobjecttypeDefinition(
                omschrijving="Antwoord op een vraag",
                vertrouwelijkheidaanduiding="zaakvertrouwelijk",
                volgnummer=1,
                richting="uitgaand",
            ),
        ),
    )


def current_definition() -> ZaaktypeDefinition:
    """The definition with every resident product the catalogue has now."""
    return definition(sorted(Product.objects.values_list("uri", flat=True)))
