"""The zaaktype this module installs in a municipality's catalogus, as data. Adjust to your process."""

from loket.components.facade import (
    ResultaattypeDefinition,
    RoltypeDefinition,
    StatustypeDefinition,
    ZaaktypeDefinition,
)

PRODUCT = "http://standaarden.overheid.nl/owms/terms/brpUittr"

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
    servicenorm="P2W",
    producten_of_diensten=(PRODUCT,),
    statustypen=(
        StatustypeDefinition("Ontvangen", 1, informeren=True, statustekst="Wij hebben uw aanvraag ontvangen."),
        StatustypeDefinition("In behandeling", 2),
        StatustypeDefinition("Afgehandeld", 3, informeren=True),
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
    roltypen=(
        RoltypeDefinition("Aanvrager", "initiator"),
        RoltypeDefinition("Behandelaar", "behandelaar"),
    ),
)
