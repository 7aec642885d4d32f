"""The zaaktype this module installs in a municipality's catalogus, as data."""

from loket.components.facade import (
    ResultaattypeDefinition,
    RoltypeDefinition,
    StatustypeDefinition,
    ZaaktypeDefinition,
)

PRODUCT = "http://standaarden.overheid.nl/owms/terms/melding_openbare_ruimte_(algemeen)"

MELDING_OPENBARE_RUIMTE = ZaaktypeDefinition(
    identificatie="LOKET-MELDING-OPENBARE-RUIMTE",
    omschrijving="Melding openbare ruimte",
    vertrouwelijkheidaanduiding="openbaar",
    doel="Een probleem in de openbare ruimte laten verhelpen",
    aanleiding="Een inwoner meldt een probleem op straat, in het groen of met afval",
    indicatie_intern_of_extern="extern",
    handeling_initiator="Melden",
    onderwerp="Openbare ruimte",
    handeling_behandelaar="Afhandelen",
    doorlooptijd="P3W",
    servicenorm="P5D",
    producten_of_diensten=(PRODUCT,),
    trefwoorden=("melding", "openbare ruimte"),
    statustypen=(
        StatustypeDefinition("Ontvangen", 1, informeren=True, statustekst="Wij hebben uw melding ontvangen."),
        StatustypeDefinition("In behandeling", 2, statustekst="Wij werken aan uw melding."),
        StatustypeDefinition("Afgehandeld", 3, informeren=True, statustekst="Uw melding is afgehandeld."),
    ),
    resultaattypen=(
        ResultaattypeDefinition(
            omschrijving="Opgelost",
            resultaattypeomschrijving="https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/7cb315fb-4f7b-4a43-aca1-e4522e4c73b3",
            selectielijstklasse="https://selectielijst.openzaak.nl/api/v1/resultaten/dd8f9a5c-5d1f-4ea0-8d20-7a3f0f6e26f1",
            archiefnominatie="vernietigen",
            archiefactietermijn="P1Y",
        ),
    ),
    roltypen=(
        RoltypeDefinition("Melder", "initiator"),
        RoltypeDefinition("Behandelaar", "behandelaar"),
    ),
)
