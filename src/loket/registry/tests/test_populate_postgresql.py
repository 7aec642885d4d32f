"""The PostgreSQL path of `loket populate`: parallel COPY with the indexes set aside and rebuilt.

Runs only against PostgreSQL: DATABASE_URL=postgres://… .venv/bin/pytest -m postgres
"""

from datetime import date

import pytest
from django.core.management import call_command
from django.db import connection
from stdnum.nl import bsn as stdnum_bsn

from loket.registry.models import Person, Relationship, Residence
from loket.registry.population.runner import populate

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

TABLES = ["registry_person", "registry_address", "registry_residence", "registry_personnationality", "registry_relationship"]


@pytest.fixture(autouse=True)
def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (set DATABASE_URL)")


def _schema():
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ANY(%s) ORDER BY 1", [TABLES])
        indexes = cursor.fetchall()
        cursor.execute(
            "SELECT conname, pg_get_constraintdef(oid), convalidated FROM pg_constraint "
            "WHERE conrelid = ANY(%s::regclass[]) ORDER BY 1",
            [TABLES],
        )
        return indexes, cursor.fetchall()


def test_parallel_copy_loads_everything_and_rebuilds_the_indexes():
    call_command("loaddata", "municipalities", verbosity=0)
    before = _schema()
    result = populate(residents=3000, seed=4, chunk_size=400, workers=2, defer_indexes=True, reference=date(2026, 1, 1))
    assert result.workers == 2 and set(result.phases) == {"load", "indexes", "analyze"}
    assert _schema() == before  # every index and constraint is back, and validated
    assert Residence.all_municipalities.filter(valid_until="").count() == 3000
    persons = Person.objects.all()
    assert persons.count() == result.rows["persons"]
    assert all(stdnum_bsn.is_valid(b) for b in persons.values_list("bsn", flat=True))
    assert Relationship.objects.count() == result.rows["relationships"]
    # the sequences were moved past the copied ids: ordinary inserts still work
    person = Person.objects.create(surname="Nieuw", bsn="999990019")
    assert person.pk > max(persons.exclude(pk=person.pk).values_list("pk", flat=True))


def test_one_worker_copies_in_a_single_transaction_on_djangos_connection():
    call_command("loaddata", "municipalities", verbosity=0)
    result = populate(residents=1000, seed=4, workers=1, defer_indexes=True, codes=["0344"])
    assert result.workers == 1
    assert Residence.all_municipalities.filter(municipality__code="0344", valid_until="").count() == 1000
    indexes, constraints = _schema()
    assert any("bsn" in definition and "UNIQUE" in definition for _, definition in indexes)
    assert all(valid for _, _, valid in constraints)
