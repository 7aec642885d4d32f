"""'Stel uw vraag': a contact request becomes one zaak at the resident's municipality."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from loket.components.zaken.models import Rol, Zaak
from loket.privacy.models import ProcessingRecord
from loket.privacy.subjects import subject_reference
from loket.tenancy.models import MunicipalitySettings

from .questions_fixtures import ROTTERDAM_RESIDENT, UTRECHT_RESIDENT, log_in

pytestmark = pytest.mark.usefixtures("catalogue_loaded", "fresh_cache")

URL = "/contact/"
MOVE = "http://standaarden.overheid.nl/owms/terms/verhuismelding"
VALID = {
    "subject": "Verhuizing doorgeven",
    "question": "Ik ga samenwonen. Moet mijn vriend zelf zijn verhuizing doorgeven?",
    "answer_by": "inbox",
    "product": "verhuismelding",
}


@pytest.fixture
def utrecht_resident(client, utrecht, with_rsin, resident_of):
    with_rsin(utrecht)
    resident_of(utrecht, UTRECHT_RESIDENT)
    log_in(client, UTRECHT_RESIDENT)
    return utrecht


def created_records():
    return ProcessingRecord.objects.filter(action="create")


def test_a_visitor_is_asked_to_log_in_and_comes_back_to_the_form(client, db):
    response = client.get(URL, {"product": "verhuismelding"})
    assert response.status_code == 302
    assert response["Location"] == "/inloggen/?next=%2Fcontact%2F%3Fproduct%3Dverhuismelding"


def test_the_subject_is_prefilled_from_the_product_and_the_sender_read_is_logged(
    client, utrecht_resident
):
    response = client.get(URL, {"product": "verhuismelding"})

    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="Verhuizing doorgeven"' in html
    assert "U stelt deze vraag als Sanne de Vries." in html
    read = ProcessingRecord.objects.get(action="read")
    assert read.purpose == "contactverzoek: afzender tonen"


def test_a_contact_request_becomes_one_zaak_with_the_resident_as_initiator(
    client, utrecht_resident
):
    response = client.post(URL, VALID)

    zaak = Zaak.all_municipalities.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("portal:contact-verstuurd", args=[zaak.uuid])
    assert zaak.municipality == utrecht_resident
    assert zaak.zaaktype.identificatie == "LOKET-CONTACTVERZOEK"
    assert zaak.producten_of_diensten == [MOVE]
    assert zaak.omschrijving == "Vraag: Verhuizing doorgeven"
    assert "Moet mijn vriend" in zaak.toelichting and UTRECHT_RESIDENT not in zaak.toelichting
    assert zaak.status.statustype.omschrijving == "Ontvangen"
    assert zaak.uiterlijke_einddatum_afdoening == timezone.localdate() + timedelta(weeks=2)
    rol = Rol.all_municipalities.get(zaak=zaak)
    assert (rol.omschrijving_generiek, rol.inp_bsn) == ("initiator", UTRECHT_RESIDENT)
    record = created_records().get()
    assert (record.object_type, record.object_id) == ("zaak", zaak.identificatie)
    assert record.subject_ref == subject_reference(UTRECHT_RESIDENT)


def test_the_confirmation_shows_the_zaak_number_and_leads_to_mijn_zaken(client, utrecht_resident):
    page = client.post(URL, VALID, follow=True).content.decode()

    zaak = Zaak.all_municipalities.get()
    assert "Uw vraag is verstuurd" in page
    assert zaak.identificatie in page
    assert f'href="{reverse("portal:mijn-zaken")}"' in page


def test_someone_else_cannot_open_the_confirmation(
    client, utrecht_resident, resident_of, rotterdam, with_rsin
):
    client.post(URL, VALID)
    zaak = Zaak.all_municipalities.get()
    client.post(reverse("authentication:logout"))
    with_rsin(rotterdam)
    resident_of(rotterdam, ROTTERDAM_RESIDENT, postcode="3011AB")
    log_in(client, ROTTERDAM_RESIDENT)
    assert client.get(reverse("portal:contact-verstuurd", args=[zaak.uuid])).status_code == 404


def test_a_question_without_a_known_product_still_arrives(client, utrecht_resident):
    client.post(URL, {**VALID, "product": "bestaat-niet"})
    assert Zaak.all_municipalities.get().producten_of_diensten == []


def test_missing_answers_get_dutch_errors_next_to_the_fields_and_nothing_is_stored(
    client, utrecht_resident
):
    response = client.post(
        URL, {"subject": "", "question": "   ", "answer_by": "email", "email": ""}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Schrijf op waar uw vraag over gaat." in html
    assert "Schrijf uw vraag op." in html
    assert "Vul uw e-mailadres in, dan kunnen we u mailen." in html
    assert 'href="#id_email"' in html and 'id="id_email_error"' in html
    assert 'aria-describedby="id_email_error"' in html
    assert not Zaak.all_municipalities.exists()
    assert not created_records().exists()


def test_a_wrong_phone_number_or_answer_way_is_refused(client, utrecht_resident):
    response = client.post(URL, {**VALID, "answer_by": "phone", "phone": "bel mij"})
    assert "Vul een telefoonnummer in zoals 06 12345678." in response.content.decode()
    response = client.post(URL, {**VALID, "answer_by": "duif"})
    assert 'href="#id_answer_by_0"' in response.content.decode()
    assert not Zaak.all_municipalities.exists()


def test_an_answer_by_phone_keeps_the_number_in_the_zaak(client, utrecht_resident):
    client.post(URL, {**VALID, "answer_by": "phone", "phone": "06 12345678"})
    zaak = Zaak.all_municipalities.get()
    assert "Antwoord gewenst: Telefonisch" in zaak.toelichting
    assert "Telefoon: 06 12345678" in zaak.toelichting


def test_a_resident_can_send_five_requests_an_hour_then_gets_the_phone_number(
    client, utrecht_resident
):
    for _ in range(5):
        assert client.post(URL, VALID).status_code == 302

    response = client.post(URL, VALID)

    assert response.status_code == 429
    assert "U heeft al veel vragen gestuurd." in response.content.decode()
    assert Zaak.all_municipalities.count() == 5


def test_a_municipality_that_cannot_take_it_online_gives_a_phone_number_and_stores_nothing(
    client, utrecht, resident_of
):
    resident_of(utrecht, UTRECHT_RESIDENT)  # Utrecht has no RSIN in the reference data
    MunicipalitySettings.all_municipalities.create(municipality=utrecht, phone="14 030")
    log_in(client, UTRECHT_RESIDENT)

    response = client.post(URL, VALID)

    assert (
        "Uw gemeente kan uw vraag nu niet online ontvangen. Bel uw gemeente op 14 030."
        in response.content.decode()
    )
    assert not Zaak.all_municipalities.exists()
    assert not created_records().exists()


def test_the_second_request_reuses_the_installed_zaaktype(client, utrecht_resident):
    client.post(URL, VALID)
    client.post(URL, {**VALID, "product": "", "subject": "Iets anders"})
    first, second = Zaak.all_municipalities.order_by("pk")
    assert first.zaaktype_id == second.zaaktype_id
    assert first.identificatie != second.identificatie


def test_the_platform_zaaktype_definition_has_no_problems():
    from loket.portal.contact.zaaktype import definition

    assert definition([MOVE]).problems() == []


def test_after_logging_in_the_visitor_is_back_at_the_form(client, utrecht, resident_of):
    resident_of(utrecht, UTRECHT_RESIDENT)
    target = "/contact/?product=verhuismelding"
    response = client.post(
        reverse("authentication:simulator"),
        {"kind": "resident", "bsn": UTRECHT_RESIDENT, "next": target},
    )
    assert response["Location"] == target
    assert 'value="Verhuizing doorgeven"' in client.get(target).content.decode()
