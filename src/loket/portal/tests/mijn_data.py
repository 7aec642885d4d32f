"""Builders for the Mijn Loket tests: zaaktypen, zaken, branding and residents at municipalities."""

from __future__ import annotations

import datetime

from loket.components import facade as zgw
from loket.registry.tests.factories import make_address, make_person, make_residence
from loket.tenancy.context import activate
from loket.tenancy.demo_rsin import demo_rsin
from loket.tenancy.models import MunicipalitySettings

RESIDENT = "999993653"
OTHER = "999990019"


def definition(identificatie: str = "MELDING", omschrijving: str = "Melding openbare ruimte"):
    return zgw.ZaaktypeDefinition.from_dict(
        {
            "identificatie": identificatie,
            "omschrijving": omschrijving,
            "vertrouwelijkheidaanduiding": "zaakvertrouwelijk",
            "doel": "Meldingen afhandelen",
            "aanleiding": "Een inwoner meldt iets",
            "indicatie_intern_of_extern": "extern",
            "handeling_initiator": "Melden",
            "onderwerp": "Openbare ruimte",
            "handeling_behandelaar": "Behandelen",
            "doorlooptijd": "P8W",
            "servicenorm": "P4W",
            "producten_of_diensten": ["https://producten.example/melding"],
            "statustypen": [
                {
                    "omschrijving": "Ontvangen",
                    "volgnummer": 1,
                    "statustekst": "We hebben uw melding.",
                },
                {"omschrijving": "In behandeling", "volgnummer": 2},
                {"omschrijving": "Afgehandeld", "volgnummer": 3},
            ],
            "resultaattypen": [
                {
                    "omschrijving": "Opgelost",
                    "resultaattypeomschrijving": "https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/fb65d251-1518-4185-865f-b8bdcfad07b1",
                    "selectielijstklasse": "https://selectielijst.openzaak.nl/api/v1/resultaten/8af64c99-a168-40dd-8afd-9fbe0597b6dc",
                    "archiefnominatie": "vernietigen",
                    "archiefactietermijn": "P1Y",
                }
            ],
            "informatieobjecttypen": [
                {
                    "omschrijving": "Brief",
                    "vertrouwelijkheidaanduiding": "zaakvertrouwelijk",
                    "volgnummer": 1,
                    "richting": "uitgaand",
                },
                {
                    "omschrijving": "Intern verslag",
                    "vertrouwelijkheidaanduiding": "geheim",
                    "volgnummer": 2,
                    "richting": "intern",
                },
            ],
            "roltypen": [
                {"omschrijving": "Melder", "omschrijving_generiek": "initiator"},
                {"omschrijving": "Belanghebbende", "omschrijving_generiek": "belanghebbende"},
            ],
        }
    )


def zaaktype_at(
    municipality, identificatie: str = "MELDING", omschrijving: str = "Melding openbare ruimte"
):
    if not municipality.rsin:
        municipality.rsin = demo_rsin(municipality.code)
        municipality.save(update_fields=["rsin"])
    return zgw.install_zaaktype(
        municipality=municipality, definition=definition(identificatie, omschrijving)
    )


def statustype(zaaktype, volgnummer: int):
    return zgw.StatusType.all_municipalities.get(zaaktype=zaaktype, volgnummer=volgnummer)


def zaak_at(
    zaaktype,
    bsn: str = RESIDENT,
    *,
    omschrijving: str = "Losse stoeptegel",
    step: int = 1,
    closed=False,
):
    """A resident's zaak as the portal starts one, moved on to status `step` (or closed)."""
    zaak = zgw.start_zaak_for_resident(zaaktype, bsn, omschrijving=omschrijving)
    for volgnummer in range(2, step + 1):
        zgw.set_status(zaak, statustype(zaaktype, volgnummer))
    if closed:
        resultaattype = zgw.ResultaatType.all_municipalities.get(zaaktype=zaaktype)
        zgw.close(zaak, resultaattype, toelichting="Klaar")
    zaak.refresh_from_db()
    return zaak


def set_dates(zaak, **dates: datetime.date) -> None:
    zgw.Zaak.all_municipalities.filter(pk=zaak.pk).update(**dates)


def branding(municipality, *, display_name: str, phone: str, colour: str = "#154273") -> None:
    with activate(municipality):
        MunicipalitySettings.objects.update_or_create(
            municipality=municipality,
            defaults={"display_name": display_name, "phone": phone, "brand_colour": colour},
        )


def resident_living_in(municipality, bsn: str = RESIDENT, **person):
    person = make_person(bsn, **person)
    make_residence(person, make_address(municipality), valid_from="20100101")
    return person


def login(client, bsn: str = RESIDENT):
    from django.urls import reverse

    client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": bsn})


PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def document_for(
    zaak, *, titel: str = "Besluit op uw aanvraag", vertrouwelijkheid: str = "zaakvertrouwelijk"
):
    return zgw.add_document_to_zaak(
        zaak,
        titel=titel,
        bestandsnaam="besluit.pdf",
        content=PDF,
        vertrouwelijkheidaanduiding=vertrouwelijkheid,
    )
