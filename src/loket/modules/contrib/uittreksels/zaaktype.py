"""The zaaktype this module installs in a municipality's catalogus, as data. Adjust to your process."""

from loket.components.facade import (
    InformatieobjecttypeDefinition,
    ResultaattypeDefinition,
    RoltypeDefinition,
    StatustypeDefinition,
    ZaaktypeDefinition,
)

from .products import UPL_PRODUCTS

PRODUCT = UPL_PRODUCTS[0]

ZAAKTYPE = ZaaktypeDefinition(
    identificatie="LOKET-UITTREKSELS",
    omschrijving="Uittreksels en aktes"[:80],
    vertrouwelijkheidaanduiding="zaakvertrouwelijk",
    doel="Uittreksels en aktes",
    aanleiding="Een verzoek van een inwoner",
    indicatie_intern_of_extern="extern",
    handeling_initiator="Aanvragen",
    onderwerp="Uittreksels en aktes"[:80],
    handeling_behandelaar="Behandelen",
    doorlooptijd="P8W",
    servicenorm="P1D",
    producten_of_diensten=UPL_PRODUCTS,
    statustypen=(
        StatustypeDefinition("Ontvangen", 1, statustekst="Wij hebben uw aanvraag ontvangen. U kunt nu betalen."),
        StatustypeDefinition("In behandeling", 2),
        StatustypeDefinition("Afgehandeld", 3, informeren=True, statustekst="Uw document staat in Mijn documenten."),
    ),
    resultaattypen=(
        ResultaattypeDefinition(
            omschrijving="Afgehandeld",
            resultaattypeomschrijving="https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/7cb315fb-4f7b-4a43-aca1-e4522e4c73b3",
            selectielijstklasse="https://selectielijst.openzaak.nl/api/v1/resultaten/dd8f9a5c-5d1f-4ea0-8d20-7a3f0f6e26f1",
            archiefnominatie="vernietigen",
            archiefactietermijn="P1Y",
        ),
    ),
    informatieobjecttypen=(
        InformatieobjecttypeDefinition("Uittreksel of akte", "zaakvertrouwelijk", 1, "uitgaand"),
    ),
    roltypen=(
        RoltypeDefinition("Aanvrager", "initiator"),
        RoltypeDefinition("Behandelaar", "behandelaar"),
    ),
)
