"""Every registry write goes through a service; every refusal leaves the registry and the log untouched."""

from datetime import date

import pytest

from loket.privacy.actors import Actor
from loket.privacy.models import ProcessingRecord
from loket.registry import errors, services
from loket.registry.models import CivilStatusEvent, Person, Relationship, Residence
from loket.registry.selectors import current_partner, current_residence, household

from .factories import make_address, make_person, make_residence

STAFF = Actor("staff", "1", "Medewerker Burgerzaken")
PURPOSE = "bijhouding basisregistratie personen"


def snapshot():
    """Everything a refused change could have touched."""
    return (
        list(Person.objects.order_by("pk").values()),
        list(Residence.all_municipalities.order_by("pk").values()),
        list(Relationship.objects.order_by("pk").values()),
        CivilStatusEvent.objects.count(),
        ProcessingRecord.objects.count(),
    )


@pytest.fixture
def jan(eindhoven):
    person = make_person("999990019", birth_date="19800101")
    make_residence(person, make_address(eindhoven), valid_from="20100101")
    return person


def test_a_move_to_another_municipality_closes_the_old_residence_and_is_logged(jan, rotterdam):
    new_address = make_address(rotterdam, street="Coolsingel", postcode="3011AD")
    services.register_move(bsn=jan.bsn, address_id=new_address.pk, moved_on=date(2024, 3, 1), actor=STAFF, purpose=PURPOSE)
    now = current_residence(jan)
    assert (now.address, now.municipality, now.valid_from) == (new_address, rotterdam, "20240301")
    assert Residence.all_municipalities.get(person=jan, valid_from="20100101").valid_until == "20240301"
    assert list(jan.events.values_list("kind", flat=True)) == ["moved_out", "moved_in"]
    row = ProcessingRecord.objects.get()
    assert (row.action, row.object_id, row.municipality) == ("update", str(jan.pk), rotterdam)
    assert jan.bsn not in str(list(ProcessingRecord.objects.values()))


@pytest.mark.parametrize(
    ("moved_on", "error"),
    [(date(1979, 12, 31), errors.DateBeforeBirth), (date(2009, 6, 1), errors.MoveBeforeCurrentResidence)],
)
def test_a_move_before_birth_or_before_the_current_residence_is_refused(jan, rotterdam, moved_on, error):
    address = make_address(rotterdam)
    before = snapshot()
    with pytest.raises(error) as refused:
        services.register_move(bsn=jan.bsn, address_id=address.pk, moved_on=moved_on, actor=STAFF, purpose=PURPOSE)
    assert "datum" in str(refused.value.message)
    assert snapshot() == before


def test_a_move_to_an_address_that_does_not_exist_is_refused(jan):
    before = snapshot()
    with pytest.raises(errors.AddressNotFound) as refused:
        services.register_move(bsn=jan.bsn, address_id=999999, moved_on=date(2024, 1, 1), actor=STAFF, purpose=PURPOSE)
    assert str(refused.value.message) == "Dit adres bestaat niet."
    assert snapshot() == before


def test_a_dead_person_cannot_move(jan, rotterdam):
    services.register_death(bsn=jan.bsn, died_on=date(2023, 1, 1), actor=STAFF, purpose=PURPOSE)
    address = make_address(rotterdam)
    before = snapshot()
    with pytest.raises(errors.PersonDeceased):
        services.register_move(bsn=jan.bsn, address_id=address.pk, moved_on=date(2024, 1, 1), actor=STAFF, purpose=PURPOSE)
    assert snapshot() == before


def test_if_the_log_cannot_be_written_the_move_is_not_recorded_either(jan, rotterdam, monkeypatch):
    address = make_address(rotterdam)
    before = snapshot()

    def broken(**kwargs):
        raise RuntimeError("log unavailable")

    monkeypatch.setattr(services, "log_processing", broken)
    with pytest.raises(RuntimeError):
        services.register_move(bsn=jan.bsn, address_id=address.pk, moved_on=date(2024, 1, 1), actor=STAFF, purpose=PURPOSE)
    assert snapshot() == before


def test_a_death_ends_the_partnership_on_both_lists_and_leaves_the_household(jan):
    partner = make_person("999990020", first_names="Els", birth_date="19810101")
    make_residence(partner, current_residence(jan).address)
    services.register_partnership(bsn=jan.bsn, partner_bsn=partner.bsn, started_on=date(2015, 5, 1), actor=STAFF, purpose=PURPOSE)
    assert len(household(partner)) == 2
    services.register_death(bsn=jan.bsn, died_on=date(2023, 1, 1), actor=STAFF, purpose=PURPOSE)
    jan.refresh_from_db()
    assert (jan.death_date, jan.is_deceased) == ("20230101", True)
    assert current_partner(partner) is None
    assert Relationship.objects.filter(kind="partner", valid_until="20230101", end_reason="O").count() == 2
    assert household(partner) == [partner]


def test_a_second_death_is_refused(jan):
    services.register_death(bsn=jan.bsn, died_on=date(2023, 1, 1), actor=STAFF, purpose=PURPOSE)
    before = snapshot()
    with pytest.raises(errors.AlreadyDeceased) as refused:
        services.register_death(bsn=jan.bsn, died_on=date(2023, 2, 1), actor=STAFF, purpose=PURPOSE)
    assert "al vastgelegd" in str(refused.value.message)
    assert snapshot() == before


def test_a_death_before_birth_is_refused(jan):
    before = snapshot()
    with pytest.raises(errors.DateBeforeBirth):
        services.register_death(bsn=jan.bsn, died_on=date(1970, 1, 1), actor=STAFF, purpose=PURPOSE)
    assert snapshot() == before


def test_a_partnership_is_recorded_on_both_lists(jan):
    partner = make_person("999990020", first_names="Els", surname="de Boer")
    first, second = services.register_partnership(
        bsn=jan.bsn, partner_bsn=partner.bsn, started_on=date(2015, 5, 1), actor=STAFF, purpose=PURPOSE
    )
    assert (first.person, first.related_person, first.surname) == (jan, partner, "de Boer")
    assert (second.person, second.related_person, second.valid_from) == (partner, jan, "20150501")
    assert ProcessingRecord.objects.count() == 2


def test_a_partnership_with_oneself_is_refused(jan):
    before = snapshot()
    with pytest.raises(errors.PartnershipWithSelf) as refused:
        services.register_partnership(bsn=jan.bsn, partner_bsn=jan.bsn, started_on=date(2015, 5, 1), actor=STAFF, purpose=PURPOSE)
    assert "zichzelf" in str(refused.value.message)
    assert snapshot() == before


def test_a_partnership_with_a_dead_person_is_refused(jan):
    partner = make_person("999990020", first_names="Els")
    services.register_death(bsn=partner.bsn, died_on=date(2020, 1, 1), actor=STAFF, purpose=PURPOSE)
    before = snapshot()
    with pytest.raises(errors.PartnerDeceased):
        services.register_partnership(bsn=jan.bsn, partner_bsn=partner.bsn, started_on=date(2021, 5, 1), actor=STAFF, purpose=PURPOSE)
    assert snapshot() == before


def test_a_second_partnership_while_the_first_lasts_is_refused(jan):
    els = make_person("999990020", first_names="Els")
    piet = make_person("999990032", first_names="Piet")
    services.register_partnership(bsn=jan.bsn, partner_bsn=els.bsn, started_on=date(2015, 5, 1), actor=STAFF, purpose=PURPOSE)
    before = snapshot()
    with pytest.raises(errors.AlreadyPartnered):
        services.register_partnership(bsn=jan.bsn, partner_bsn=piet.bsn, started_on=date(2020, 5, 1), actor=STAFF, purpose=PURPOSE)
    assert snapshot() == before


def test_a_correction_changes_the_field_and_keeps_the_old_value_in_the_history(jan):
    services.correct_person_field(bsn=jan.bsn, field="surname", value="Janssen", reason="akte", actor=STAFF, purpose=PURPOSE)
    jan.refresh_from_db()
    assert jan.surname == "Janssen"
    event = jan.events.get(kind="corrected")
    assert event.details == {"field": "surname", "old": "Jansen", "new": "Janssen", "reason": "akte"}
    assert ProcessingRecord.objects.get().action == "update"


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("bsn", "999990020", errors.FieldNotCorrectable),
        ("birth_date", "19801301", errors.InvalidValue),
        ("secrecy", 8, errors.InvalidValue),
        ("gender", "X", errors.InvalidValue),
        ("surname", "", errors.InvalidValue),
    ],
)
def test_an_impossible_correction_is_refused(jan, field, value, error):
    before = snapshot()
    with pytest.raises(error) as refused:
        services.correct_person_field(bsn=jan.bsn, field=field, value=value, reason="x", actor=STAFF, purpose=PURPOSE)
    assert str(refused.value.message)
    assert snapshot() == before


def test_an_unknown_person_is_refused(db):
    with pytest.raises(errors.PersonNotFound) as refused:
        services.register_death(bsn="999990044", died_on=date(2020, 1, 1), actor=STAFF, purpose=PURPOSE)
    assert str(refused.value.message) == "Deze persoon staat niet in de basisregistratie."
