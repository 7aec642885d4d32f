"""The zaaktype this module installs in a municipality's catalogus, as data (UPL verhuismelding)."""

from loket.components.facade import (
    EigenschapDefinition,
    EigenschapSpecificatie,
    ResultaattypeDefinition,
    RoltypeDefinition,
    StatustypeDefinition,
    ZaaktypeDefinition,
)

PRODUCT = "http://standaarden.overheid.nl/owms/terms/verhuismelding"

RECEIVED, IN_PROGRESS, DONE = "Ontvangen", "In behandeling", "Afgerond"
RECORDED, REFUSED = "Verwerkt", "Geweigerd"
MOVER_ROLE = "belanghebbende"
MOVING_DATE, NEW_ADDRESS = "verhuisdatum", "nieuw_adres"

_SELECTIELIJST = "https://selectielijst.openzaak.nl/api/v1/"

ZAAKTYPE = ZaaktypeDefinition(
    identificatie="LOKET-VERHUIZEN",
    omschrijving="Verhuizing doorgeven",
    vertrouwelijkheidaanduiding="zaakvertrouwelijk",
    doel="Het nieuwe adres van een of meer inwoners vastleggen in de basisregistratie personen",
    aanleiding="Een inwoner geeft een verhuizing door (Wet BRP art. 2.39)",
    indicatie_intern_of_extern="extern",
    handeling_initiator="Doorgeven",
    onderwerp="Verhuizing",
    handeling_behandelaar="Vastleggen",
    doorlooptijd="P8W",
    servicenorm="P5D",
    producten_of_diensten=(PRODUCT,),
    trefwoorden=("verhuizen", "adreswijziging"),
    statustypen=(
        StatustypeDefinition(RECEIVED, 1, informeren=True, statustekst="Wij hebben uw verhuizing ontvangen."),
        StatustypeDefinition(IN_PROGRESS, 2, informeren=True, statustekst="Wij behandelen uw verhuizing."),
        StatustypeDefinition(DONE, 3, informeren=True, statustekst="Uw verhuizing is afgehandeld."),
    ),
    resultaattypen=(
        ResultaattypeDefinition(
            omschrijving=RECORDED,
            resultaattypeomschrijving=f"{_SELECTIELIJST}resultaattypeomschrijvingen/7cb315fb-4f7b-4a43-aca1-e4522e4c73b3",
            selectielijstklasse=f"{_SELECTIELIJST}resultaten/dd8f9a5c-5d1f-4ea0-8d20-7a3f0f6e26f1",
            archiefnominatie="vernietigen",
            archiefactietermijn="P1Y",
        ),
        ResultaattypeDefinition(
            omschrijving=REFUSED,
            resultaattypeomschrijving=f"{_SELECTIELIJST}resultaattypeomschrijvingen/7cb315fb-4f7b-4a43-aca1-e4522e4c73b3",
            selectielijstklasse=f"{_SELECTIELIJST}resultaten/dd8f9a5c-5d1f-4ea0-8d20-7a3f0f6e26f1",
            archiefnominatie="vernietigen",
            archiefactietermijn="P1Y",
        ),
    ),
    roltypen=(
        RoltypeDefinition("Aangever", "initiator"),
        RoltypeDefinition("Meeverhuizer", MOVER_ROLE),
        RoltypeDefinition("Behandelaar", "behandelaar"),
    ),
    eigenschappen=(
        EigenschapDefinition(MOVING_DATE, "De datum van de verhuizing", EigenschapSpecificatie("datum", "8")),
        EigenschapDefinition(NEW_ADDRESS, "Het nieuwe adres", EigenschapSpecificatie("tekst", "200")),
    ),
)
