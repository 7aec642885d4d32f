"""The RvIG test persons land in the registry: counts checked against the CSV, three persons field by field.

The expected counts are computed here straight from the CSV with a plain row scan, not with the
importer's parser: a person starts at a row with a record id; a relation is a row of category 02,
03, 05 or 09 that names someone and does not continue the history of the row above (whose `CC.H`
column would then say `5C`); for 02 and 03 only the first row with data counts.
"""

import csv

import pytest
from django.conf import settings

from loket.registry.models import Address, Person, Relationship, Residence
from loket.registry.selectors import current_residence, household

SOURCE = settings.SHARED_DATA_DIR / "brp" / "20220502_Testset_persoonslijsten_proefomgeving_GBA-V.csv"
IDENTITY = ("01.10", "01.20", "02.10", "02.40", "03.10")


def _expected_counts() -> dict[str, int]:
    with SOURCE.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        header = next(reader)
        col = {name: i for i, name in enumerate(header) if name}
        persons = deceased = relations = 0
        previous_marker: dict[str, str] = {}
        seen_parent: set[str] = set()
        for row in reader:
            if row[0].strip():
                persons += 1
                previous_marker, seen_parent = {}, set()
                death = row[col["06.08.10"]].strip()
                deceased += len(death) == 8 and death.isdigit()
            for cat in ("02", "03", "05", "09"):
                values = [row[i] for name, i in col.items() if name.startswith(cat + ".") and row[i].strip()]
                names = any(row[col[f"{cat}.{e}"]].strip() for e in IDENTITY)
                continues_history = previous_marker.get(cat) == str(int(cat) + 50)
                if cat in ("02", "03"):
                    if values and cat not in seen_parent:
                        seen_parent.add(cat)
                        relations += names
                elif names and not continues_history:
                    relations += 1
                previous_marker[cat] = row[col[f"{cat}.H"]].strip()
        return {"persons": persons, "deceased": deceased, "relations": relations}


@pytest.mark.django_db
def test_counts_of_persons_deaths_and_relations_match_the_source_file(test_persons):
    expected = _expected_counts()
    assert expected["persons"] == 687
    assert Person.objects.count() == expected["persons"]
    assert Person.objects.exclude(death_date="").count() == expected["deceased"]
    assert Relationship.objects.count() == expected["relations"]


@pytest.mark.django_db
def test_every_test_person_with_a_dutch_current_residence_has_one_in_the_registry(test_persons):
    with SOURCE.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=";")
        dutch = {
            row["01.01.10"]
            for row in reader
            if (row[""] or "").strip() and (row["08.11.10"] or row["08.12.10"]) and row["08.09.10"] != "1999"
        }
    current = set(
        Residence.all_municipalities.filter(valid_until="").values_list("person__a_number", flat=True)
    )
    assert dutch <= current


@pytest.mark.django_db
def test_suzanne_moulin_field_by_field(test_persons):
    p = Person.objects.get(bsn="999993653")
    assert (p.a_number, p.first_names, p.name_prefix, p.surname) == ("8940402024", "Suzanne", "", "Moulin")
    assert (p.birth_date, p.birth_place, p.birth_country, p.gender) == ("19851201", "Thann", "5001", "V")
    assert (p.death_date, p.secrecy, p.name_usage) == ("", 0, "E")
    assert list(p.nationalities.values_list("nationality", flat=True)) == ["0057"]
    home = current_residence(p)
    a = home.address
    assert (a.street, a.house_number, a.postcode, a.place) == ("Boterdiep", 31, "3077AW", "Rotterdam")
    assert (a.nummeraanduiding_id, a.adresseerbaar_object_id) == ("0599200000219678", "0599010000208579")
    assert (home.municipality.code, home.valid_from, home.registered_in_municipality_on) == ("0599", "20150808", "20131102")
    earlier = Residence.all_municipalities.get(person=p, valid_until="20150808")
    assert (earlier.address.street, earlier.address.house_number, earlier.valid_from) == ("Vredesplein", 7, "20131102")
    parents = p.relationships.filter(kind="parent").order_by("parent_number")
    assert [(r.first_names, r.surname, r.birth_date) for r in parents] == [
        ("Lisette", "Béamont", "19561201"),
        ("Guîllaumé", "Moulin", "19550403"),
    ]
    partner = p.relationships.get(kind="partner")
    assert (partner.first_names, partner.surname, partner.partnership_type) == ("Jean Marie", "Beaudelaire", "H")
    assert (partner.valid_from, partner.start_place, partner.valid_until) == ("20081201", "Thann", "")


@pytest.mark.django_db
def test_mattheus_du_burck_field_by_field(test_persons):
    p = Person.objects.get(bsn="999990639")
    assert (p.a_number, p.first_names, p.name_prefix, p.surname) == ("8320968431", "Mattheus", "du", "Burck")
    assert (p.birth_date, p.birth_place, p.birth_country, p.gender) == ("19220925", "1111", "6030", "M")
    home = current_residence(p)
    assert (home.address.street, home.address.house_number, home.address.postcode) == ("Zeeruststraat", 132, "2584BZ")
    assert home.municipality.code == "0518"
    before = Residence.all_municipalities.get(person=p, valid_until="19960319")
    assert (before.address.street, before.municipality.code, before.valid_from) == ("Maassingel", "0762", "19770318")
    partner = p.relationships.get(kind="partner")
    assert (partner.bsn, partner.first_names, partner.surname, partner.valid_from) == (
        "999993239", "Johanna Dingena", "Maassen", "19500115",
    )
    assert partner.related_person == Person.objects.get(bsn="999993239")
    children = p.relationships.filter(kind="child").order_by("birth_date")
    assert [(c.first_names, c.bsn) for c in children] == [
        ("Caroline Ilse", "999992387"),
        ("Karin Monique", "999994736"),
        ("Carsten Antonius", "999993136"),
        ("Sasja", "999994773"),
    ]
    assert {"999990639"} <= {x.bsn for x in household(p)}


@pytest.mark.django_db
def test_margriet_buidel_deceased_field_by_field(test_persons):
    p = Person.objects.get(bsn="999990147")
    assert (p.first_names, p.surname, p.name_usage, p.birth_date, p.birth_place) == (
        "Margriet", "Buidel", "V", "19480117", "0344",
    )
    assert (p.death_date, p.death_place, p.death_country) == ("20180526", "0599", "6030")
    assert (p.suspension_date, p.suspension_reason) == ("20180526", "O")
    assert p.events.filter(kind="died", date="20180526").exists()
    history = Residence.all_municipalities.filter(person=p).order_by("valid_from")
    assert [(r.address.street, r.valid_from, r.valid_until) for r in history] == [
        ("Leidseveer", "19480117", "19680401"),
        ("François Nivardstraat", "19680401", ""),
    ]
    assert p.relationships.get(kind="partner").surname == "Overvaart"
    assert [c.first_names for c in p.relationships.filter(kind="child")] == ["Jeannette"]


@pytest.mark.django_db
def test_loading_twice_gives_the_same_registry(test_persons):
    from django.core.management import call_command

    before = (Person.objects.count(), Address.objects.count(), Relationship.objects.count())
    call_command("load_test_persons", verbosity=0)
    assert (Person.objects.count(), Address.objects.count(), Relationship.objects.count()) == before


@pytest.mark.django_db
def test_a_bsn_used_on_two_person_lists_is_kept_but_marked_disputed(test_persons):
    assert Person.objects.filter(bsn="999995923").count() == 1
    assert Person.objects.filter(disputed_bsn="999995923").count() == 1
