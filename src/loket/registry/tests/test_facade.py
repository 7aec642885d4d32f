import pytest
from django.urls import reverse

from loket.privacy.actors import Actor
from loket.privacy.models import ProcessingRecord
from loket.privacy.selectors import processing_for_subject
from loket.registry.facade import municipality_code_of, person_summary

from .factories import make_address, make_person, make_residence


def test_the_municipality_of_a_resident_is_the_one_of_their_current_residence(eindhoven):
    person = make_person("999990019")
    make_residence(person, make_address(eindhoven))
    assert municipality_code_of("999990019") == "0772"
    assert municipality_code_of("999990020") is None
    assert not ProcessingRecord.objects.exists()


def test_a_person_summary_is_logged_as_a_read_of_that_person(eindhoven):
    person = make_person("999990019", first_names="Anna", surname="Vries", name_prefix="de")
    make_residence(person, make_address(eindhoven, street="Markt", postcode="5611EB", house_number=1))
    summary = person_summary("999990019", actor=Actor.resident("999990019"), purpose="inzage eigen gegevens")
    assert (summary.name, summary.address_line1, summary.address_line2) == ("Anna de Vries", "Markt 1", "5611 EB EINDHOVEN")
    assert summary.municipality_name == "Eindhoven"
    row = processing_for_subject("999990019").get()
    assert (row.action, row.purpose, row.actor_kind, row.municipality) == ("read", "inzage eigen gegevens", "resident", eindhoven)
    assert "999990019" not in str(list(ProcessingRecord.objects.values()))


def test_the_name_follows_the_chosen_name_use(test_persons):
    summary = person_summary("999990147", actor=Actor.system("test"), purpose="test")
    assert summary.name == "Margriet Overvaart-Buidel"


def test_mijn_loket_shows_suzanne_moulin_in_rotterdam_after_loading_the_test_persons(client, test_persons):
    client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": "999993653"})
    response = client.get(reverse("portal:mijn-loket"))
    assert response.status_code == 200
    assert "Suzanne Moulin" in response.content.decode()
    assert response.wsgi_request.municipality.code == "0599"
    assert "Rotterdam" in response.content.decode()
    own = processing_for_subject("999993653")
    assert own.filter(purpose="inzage eigen gegevens", actor_kind="resident").exists()


@pytest.mark.django_db
def test_a_resident_sees_exactly_their_own_rows(eindhoven):
    for bsn in ("999990019", "999990020"):
        make_residence(make_person(bsn), make_address(eindhoven))
        person_summary(bsn, actor=Actor.resident(bsn), purpose="inzage eigen gegevens")
    person_summary("999990019", actor=Actor.system("test"), purpose="controle")
    assert processing_for_subject("999990019").count() == 2
    assert processing_for_subject("999990020").count() == 1
