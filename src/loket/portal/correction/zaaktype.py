"""The case type behind "dit klopt niet": a resident asks to correct their BRP data (Wet BRP 2.58).

A platform zaaktype, installed into a municipality's catalogus the first time one of its residents
uses it. The municipality decides within four weeks.
"""

from datetime import timedelta

from loket.components.facade import (
    ResultaattypeDefinition,
    RoltypeDefinition,
    StatustypeDefinition,
    ZaaktypeDefinition,
)

IDENTIFICATIE = "LOKET-BRP-WIJZIGINGSVERZOEK"
UPL_BRP_WIJZIGINGSVERZOEK = "http://standaarden.overheid.nl/owms/terms/brpWijzVzk"
SELECTIELIJST = "https://selectielijst.openzaak.nl/api/v1"

DEFINITION = ZaaktypeDefinition(
    identificatie=IDENTIFICATIE,
    omschrijving="Verzoek om wijziging persoonsgegevens",
    vertrouwelijkheidaanduiding="zaakvertrouwelijk",
    doel="Onderzoeken of persoonsgegevens in de BRP kloppen en ze zo nodig aanpassen.",
    aanleiding="Een inwoner meldt dat een gegeven over hem of haar in de BRP niet klopt.",
    indicatie_intern_of_extern="extern",
    handeling_initiator="Melden",
    onderwerp="Persoonsgegevens",
    handeling_behandelaar="Beoordelen",
    doorlooptijd=timedelta(weeks=4),
    producten_of_diensten=(UPL_BRP_WIJZIGINGSVERZOEK,),
    trefwoorden=("BRP", "correctie"),
    statustypen=(
        StatustypeDefinition(omschrijving="Ontvangen", volgnummer=1, statustekst="Uw verzoek is ontvangen."),
        StatustypeDefinition(omschrijving="In behandeling", volgnummer=2, informeren=True),
        StatustypeDefinition(omschrijving="Afgehandeld", volgnummer=3, informeren=True),
    ),
    resultaattypen=(
        ResultaattypeDefinition(
            omschrijving="Afgehandeld",
            resultaattypeomschrijving=f"{SELECTIELIJST}/resultaattypeomschrijvingen/7cb315fb-4f7b-4a43-aca1-e4522e4c73b3",
            selectielijstklasse=f"{SELECTIELIJST}/resultaten/8af64c99-a168-40dd-8afd-9fbe0597b6dc",
            archiefnominatie="vernietigen",
            archiefactietermijn=timedelta(days=365 * 10),
        ),
    ),
    roltypen=(RoltypeDefinition(omschrijving="Aanvrager", omschrijving_generiek="initiator"),),
)
