"""'Dit klopt niet': a correction request becomes a zaak at the resident's municipality."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from loket.components.zaken.models import Rol, Zaak
from loket.privacy.models import ProcessingRecord
from loket.tenancy.models import Municipality

SUZANNE = "999993653"
URL = "portal:correctie"


def _login(client):
    client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": SUZANNE})


def _with_rsin(code="0599", rsin="002220647"):
    Municipality.objects.filter(code=code).update(rsin=rsin)


def test_a_correction_request_becomes_a_zaak_in_rotterdam_with_a_four_week_deadline(client, test_persons):
    _with_rsin()
    _login(client)

    response = client.post(
        reverse(URL),
        {"subject": "adres", "description": "Mijn huisnummer is 31a, niet 31.", "correct_value": "Boterdiep 31a"},
        follow=True,
    )

    zaak = Zaak.all_municipalities.get()
    assert zaak.municipality.code == "0599"
    assert zaak.zaaktype.identificatie == "LOKET-BRP-WIJZIGINGSVERZOEK"
    assert zaak.status.statustype.omschrijving == "Ontvangen"
    assert zaak.uiterlijke_einddatum_afdoening == timezone.localdate() + timedelta(weeks=4)
    assert "31a" in zaak.toelichting and SUZANNE not in zaak.toelichting
    rol = Rol.all_municipalities.get(zaak=zaak)
    assert (rol.omschrijving_generiek, rol.inp_bsn) == ("initiator", SUZANNE)
    page = response.content.decode()
    assert f"Uw verzoek is ontvangen onder nummer {zaak.identificatie}" in page
    assert ProcessingRecord.objects.filter(action="create", object_id=zaak.identificatie).count() == 1


def test_a_second_request_reuses_the_installed_zaaktype(client, test_persons):
    _with_rsin()
    _login(client)
    for text in ("Eerste", "Tweede"):
        client.post(reverse(URL), {"subject": "naam", "description": text})
    zaken = Zaak.all_municipalities.order_by("pk")
    assert zaken.count() == 2
    assert zaken[0].zaaktype_id == zaken[1].zaaktype_id
    assert zaken[0].identificatie != zaken[1].identificatie


def test_missing_answers_get_dutch_errors_next_to_the_fields_and_nothing_is_stored(client, test_persons):
    _with_rsin()
    _login(client)
    before = ProcessingRecord.objects.count()

    response = client.post(reverse(URL), {"description": "   ", "correct_value": "x" * 501})

    page = response.content.decode()
    assert response.status_code == 200
    assert "Kies wat er niet klopt." in page
    assert "Schrijf op wat er niet klopt." in page
    assert "Gebruik maximaal 500 tekens (nu 501)." in page
    assert not Zaak.all_municipalities.exists()
    assert ProcessingRecord.objects.count() == before


def test_a_municipality_that_cannot_take_it_online_gives_a_phone_number_and_stores_nothing(client, test_persons):
    _login(client)  # Rotterdam has no RSIN in the reference data
    before = ProcessingRecord.objects.count()

    response = client.post(reverse(URL), {"subject": "naam", "description": "Verkeerde spelling"})

    assert "kan dit verzoek nu niet online ontvangen" in response.content.decode()
    assert not Zaak.all_municipalities.exists()
    assert ProcessingRecord.objects.count() == before


def test_the_form_needs_a_login(client, db):
    assert client.get(reverse(URL)).status_code == 302


def test_the_platform_zaaktype_definition_has_no_problems():
    from loket.portal.correction.zaaktype import DEFINITION

    assert DEFINITION.problems() == []
