"""`loket populate`: synthetic residents that look like a real population and load quickly."""

import hashlib
import re
from collections import Counter
from datetime import date

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.test import override_settings
from stdnum.nl import bsn as stdnum_bsn

from loket.registry.models import Address, Person, PersonNationality, Relationship, Residence
from loket.registry.population import bsn as bsn_sequence
from loket.registry.population.columns import TABLES
from loket.registry.population.runner import PopulationError, populate
from loket.tenancy.context import activate
from loket.tenancy.models import Municipality

REFERENCE = date(2026, 1, 1)
N = 2000


@pytest.fixture
def municipalities(db):
    call_command("loaddata", "municipalities", verbosity=0)


@pytest.fixture
def populated(municipalities):
    return populate(residents=N, seed=7, chunk_size=500, reference=REFERENCE)


@pytest.fixture
def four_cities(municipalities):
    """Across all 342 municipalities 2,000 residents are a handful per town, too few for whole families."""
    return populate(residents=N, seed=7, chunk_size=500, reference=REFERENCE, codes=["0363", "0599", "0518", "0344"])


def generated_persons():
    return Person.objects.filter(bsn__gte="100000000", bsn__lt="700000000")


def test_exactly_n_living_residents_each_with_one_current_residence(populated):
    current = Residence.all_municipalities.filter(valid_until="")
    assert current.count() == N
    assert current.values("person").distinct().count() == N
    assert not current.filter(person__death_date__gt="").exists()
    persons = generated_persons()
    assert persons.count() == populated.rows["persons"] > N  # plus the late partners of widowed people
    assert PersonNationality.objects.filter(person__in=persons).count() == persons.count()


def test_bsns_pass_the_eleven_test_and_stay_clear_of_the_test_persons(test_persons):
    test_bsns = set(Person.objects.exclude(bsn=None).values_list("bsn", flat=True))
    populate(residents=N, seed=1, reference=REFERENCE)
    generated = list(generated_persons().values_list("bsn", flat=True))
    assert len(generated) > N
    assert all(stdnum_bsn.is_valid(number) for number in generated)
    assert not test_bsns & set(generated)
    assert all(not b.startswith(("0", "9")) for b in generated)


def test_a_second_run_continues_after_the_bsns_and_addresses_already_there(municipalities):
    populate(residents=300, seed=1, reference=REFERENCE, codes=["0344"])
    first_max = generated_persons().order_by("-bsn").values_list("bsn", flat=True).first()
    populate(residents=300, seed=1, reference=REFERENCE, codes=["0344"])
    assert Residence.all_municipalities.filter(valid_until="").count() == 600
    assert generated_persons().filter(bsn__gt=first_max).count() >= 300
    addresses = Address.objects.values_list("postcode", "house_number")
    assert len(set(addresses)) == len(addresses)


def test_the_bsn_sequence_is_valid_increasing_and_resumable():
    numbers = bsn_sequence.bsns(0, 500)
    assert numbers == sorted(numbers) and len(set(numbers)) == 500
    assert all(stdnum_bsn.is_valid(n) for n in numbers)
    assert numbers[123] == bsn_sequence.bsn_at(123)
    assert bsn_sequence.index_after(numbers[41]) == 42
    assert bsn_sequence.index_after("999999990") == 0  # a test person: outside the range


def test_children_have_two_parents_older_than_themselves(four_cities):
    children = Person.objects.filter(relationships__kind="parent").distinct()
    assert children.count() > N // 5
    for child in children.prefetch_related("relationships"):
        parents = [r for r in child.relationships.all() if r.kind == "parent"]
        assert sorted(r.parent_number for r in parents) == ["1", "2"]
        for parent in parents:
            assert int(parent.birth_date[:4]) + 15 <= int(child.birth_date[:4])
            if parent.related_person_id:  # the parent's own list names this child
                assert Relationship.objects.filter(
                    person_id=parent.related_person_id, kind="child", related_person=child
                ).exists()


def test_household_sizes_look_like_the_dutch_ones(four_cities):
    sizes = Counter(
        Counter(Residence.all_municipalities.filter(valid_until="").values_list("address_id", flat=True)).values()
    )
    households = sum(sizes.values())
    assert 0.33 < sizes[1] / households < 0.45  # CBS: 39 % single-person
    assert 1.95 < N / households < 2.3  # CBS: about 2.1 persons
    assert max(sizes) <= 6


def test_partners_point_at_each_other_and_the_deceased_are_plausible(populated):
    deceased = generated_persons().exclude(death_date="")
    assert 0 < deceased.count() < N * 0.1
    for person in deceased:
        residence = Residence.all_municipalities.get(person=person)
        assert residence.valid_until == person.death_date > residence.valid_from
        assert int(person.death_date[:4]) - int(person.birth_date[:4]) >= 50
        assert person.suspension_reason == "O"
        partner = Relationship.objects.get(person=person, kind="partner")
        assert partner.valid_until == person.death_date and partner.end_reason == "O"
        other_side = Relationship.objects.get(person_id=partner.related_person_id, related_person=person)
        assert other_side.valid_until == person.death_date
    living_partners = Relationship.objects.filter(kind="partner", valid_until="")
    assert living_partners.count() % 2 == 0
    for relation in living_partners[:50]:
        assert Relationship.objects.filter(
            person_id=relation.related_person_id, related_person_id=relation.person_id, kind="partner"
        ).exists()


def test_addresses_have_plausible_postcodes_and_bag_ids(populated):
    for address in Address.objects.select_related("municipality"):
        code = address.municipality.code
        assert re.fullmatch(r"[1-9]\d{3}[A-Z]{2}", address.postcode)
        assert address.postcode[4:] not in ("SA", "SD", "SS")
        assert address.nummeraanduiding_id.startswith(code) and len(address.nummeraanduiding_id) == 16
        assert address.adresseerbaar_object_id.startswith(code)
        assert address.place == address.municipality.name
    amsterdam = Address.objects.filter(municipality__code="0363").values_list("postcode", flat=True)
    assert all(p[:2] in ("10", "11", "12") for p in amsterdam)


def test_residents_are_spread_by_population(populated):
    per_code = Counter(
        Residence.all_municipalities.filter(valid_until="").values_list("municipality__code", flat=True)
    )
    total_population = sum(Municipality.objects.values_list("population", flat=True))
    amsterdam = Municipality.objects.get(code="0363").population
    assert abs(per_code["0363"] - N * amsterdam / total_population) <= 1
    assert per_code["0363"] > per_code["0344"] > per_code.get("0088", 0)  # Amsterdam > Utrecht > Schiermonnikoog


def test_only_the_requested_municipalities_and_the_tenant_layer_applies(municipalities):
    populate(residents=N, seed=3, codes=["0344", "0307"], reference=REFERENCE)
    codes = set(Residence.all_municipalities.values_list("municipality__code", flat=True))
    assert codes == {"0344", "0307"}
    utrecht, amersfoort = Municipality.objects.get(code="0344"), Municipality.objects.get(code="0307")
    utrecht_rows = Residence.all_municipalities.filter(municipality=utrecht).count()
    with activate(utrecht):
        assert Residence.objects.count() == utrecht_rows
        assert not Residence.objects.filter(municipality=amersfoort).exists()
    with activate(amersfoort):
        assert Residence.objects.count() == Residence.all_municipalities.count() - utrecht_rows
    assert utrecht_rows > Residence.all_municipalities.count() - utrecht_rows  # Utrecht is the larger one


def _fingerprint() -> str:
    """A hash of every generated row, with ids taken relative to the run's first person and address
    (PostgreSQL sequences do not roll back, so absolute ids differ between runs)."""
    first_person = Person.objects.order_by("pk").values_list("pk", flat=True).first()
    first_address = Address.objects.order_by("pk").values_list("pk", flat=True).first()
    digest = hashlib.sha256()
    for _, model, columns in TABLES:
        names = list(columns)
        for row in model._base_manager.order_by("pk").values_list(*names):
            values = []
            for name, value in zip(names, row, strict=True):
                if name in ("person_id", "related_person_id") or (name == "id" and model is Person):
                    value = None if value is None else value - first_person
                elif name == "address_id" or (name == "id" and model is Address):
                    value = value - first_address
                values.append(value)
            digest.update(repr(values).encode())
    return digest.hexdigest()


def test_the_same_seed_gives_the_same_rows(municipalities):
    fingerprints = []
    for seed in (5, 5, 6):
        with transaction.atomic():
            populate(residents=800, seed=seed, chunk_size=300, reference=REFERENCE)
            fingerprints.append(_fingerprint())
            transaction.set_rollback(True)
    assert fingerprints[0] == fingerprints[1] != fingerprints[2]


def test_the_columns_cover_every_model_field():
    for _, model, columns in TABLES:
        fields = {f.column for f in model._meta.concrete_fields}
        assert set(columns) <= fields
        assert fields - set(columns) <= {"id"}


def test_unknown_municipality_and_no_reference_data_are_clear_errors(db):
    with pytest.raises(PopulationError, match="load_reference_data"):
        populate(residents=10)
    call_command("loaddata", "municipalities", verbosity=0)
    with pytest.raises(PopulationError, match="9999"):
        populate(residents=10, codes=["9999"])


def test_the_command_reports_residents_per_second(municipalities, capsys):
    call_command("populate", "--residents", "400", "--municipality", "0344", "--seed", "2")
    out, err = capsys.readouterr()
    assert "Added 400 residents" in out and "residents/s" in out
    assert "400/400" in err  # the progress bar, on stderr
    assert Residence.all_municipalities.filter(municipality__code="0344", valid_until="").count() == 400


@override_settings(ENVIRONMENT="production")
def test_the_command_refuses_production_without_force(municipalities):
    with pytest.raises(CommandError, match="--force"):
        call_command("populate", "--residents", "10", verbosity=0)
    assert not Person.objects.exists()
    call_command("populate", "--residents", "10", "--force", verbosity=0)
    assert Person.objects.count() >= 10
