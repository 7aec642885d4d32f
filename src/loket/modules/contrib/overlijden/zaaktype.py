"""The zaaktype "Aangifte overlijden", as data. The case lives where the death occurred."""

from loket.components.facade import (
    EigenschapDefinition,
    EigenschapSpecificatie,
    InformatieobjecttypeDefinition,
    ResultaattypeDefinition,
    RoltypeDefinition,
    StatustypeDefinition,
    ZaaktypeDefinition,
)

PRODUCT = "http://standaarden.overheid.nl/owms/terms/overlijdensaangifte"
SELECTIELIJST = "https://selectielijst.openzaak.nl/api/v1"

# Status names, as the module's steps use them (components.facade.steps names them by omschrijving).
RECEIVED = "Ontvangen"
CERTIFICATE_DRAWN_UP = "Akte opgemaakt"
AWAITING_PERMISSION = "Wacht op toestemming uitvaartdatum"
DONE = "Afgehandeld"

# Results.
REGISTERED = "Overlijden ingeschreven"
DATE_REFUSED = "Uitvaartdatum niet toegestaan"

# Eigenschappen (naam at most 20 characters).
DIED_AT = "overleden_op"
FUNERAL_KIND = "uitvaart"
FUNERAL_DATE = "uitvaartdatum"
RELATION = "relatie_aangever"
PERMISSION_REASON = "reden_andere_datum"

# Document types.
DOCTORS_STATEMENT = "Verklaring van overlijden"
CERTIFICATE = "Akte van overlijden"


def _result(omschrijving: str) -> ResultaattypeDefinition:
    return ResultaattypeDefinition(
        omschrijving=omschrijving,
        resultaattypeomschrijving=f"{SELECTIELIJST}/resultaattypeomschrijvingen/7cb315fb-4f7b-4a43-aca1-e4522e4c73b3",
        selectielijstklasse=f"{SELECTIELIJST}/resultaten/dd8f9a5c-5d1f-4ea0-8d20-7a3f0f6e26f1",
        archiefnominatie="blijvend_bewaren",
        archiefactietermijn="P0D",
    )


ZAAKTYPE = ZaaktypeDefinition(
    identificatie="LOKET-OVERLIJDEN",
    omschrijving="Aangifte overlijden",
    vertrouwelijkheidaanduiding="vertrouwelijk",
    doel="Een overlijden inschrijven in de burgerlijke stand en de basisregistratie personen",
    aanleiding="Een uitvaartondernemer of nabestaande doet aangifte van een overlijden (BW 1:19f)",
    indicatie_intern_of_extern="extern",
    handeling_initiator="Aangeven",
    onderwerp="Overlijden",
    handeling_behandelaar="Inschrijven",
    doorlooptijd="P6D",
    servicenorm="P1D",
    producten_of_diensten=(PRODUCT,),
    trefwoorden=("overlijden", "akte", "uitvaart"),
    statustypen=(
        StatustypeDefinition(RECEIVED, 1, informeren=True, statustekst="Wij hebben de aangifte ontvangen."),
        StatustypeDefinition(CERTIFICATE_DRAWN_UP, 2, statustekst="De akte van overlijden is opgemaakt."),
        StatustypeDefinition(
            AWAITING_PERMISSION, 3, statustekst="De gemeente beslist over de gevraagde datum van de uitvaart."
        ),
        StatustypeDefinition(DONE, 4, informeren=True, statustekst="De aangifte is afgehandeld."),
    ),
    resultaattypen=(_result(REGISTERED), _result(DATE_REFUSED)),
    roltypen=(
        RoltypeDefinition("Aangever", "initiator"),
        RoltypeDefinition("Overledene", "belanghebbende"),
        RoltypeDefinition("Behandelaar", "behandelaar"),
    ),
    eigenschappen=(
        EigenschapDefinition(DIED_AT, "Datum en tijd van overlijden", EigenschapSpecificatie("datum_tijd", "14")),
        EigenschapDefinition(
            FUNERAL_KIND, "Begraven of cremeren",
            EigenschapSpecificatie("tekst", "8", waardenverzameling=("begraven", "cremeren")),
        ),
        EigenschapDefinition(FUNERAL_DATE, "Beoogde datum van de uitvaart", EigenschapSpecificatie("datum", "8")),
        EigenschapDefinition(RELATION, "Relatie van de aangever tot de overledene", EigenschapSpecificatie("tekst", "20")),
        EigenschapDefinition(
            PERMISSION_REASON, "Waarom een uitvaart buiten de wettelijke termijn", EigenschapSpecificatie("tekst", "500")
        ),
    ),
    informatieobjecttypen=(
        InformatieobjecttypeDefinition(
            omschrijving=DOCTORS_STATEMENT, vertrouwelijkheidaanduiding="vertrouwelijk", volgnummer=1, richting="inkomend"
        ),
        InformatieobjecttypeDefinition(
            omschrijving=CERTIFICATE, vertrouwelijkheidaanduiding="zaakvertrouwelijk", volgnummer=2, richting="uitgaand"
        ),
    ),
)
