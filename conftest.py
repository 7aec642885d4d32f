"""Shared fixtures for every app's tests."""

import json
from functools import cache
from pathlib import Path

import pytest

MUNICIPALITY_FIXTURE = Path(__file__).parent / "src/loket/tenancy/fixtures/municipalities.json"


@cache
def _municipality_rows() -> dict[str, dict]:
    return {row["fields"]["code"]: row for row in json.loads(MUNICIPALITY_FIXTURE.read_text(encoding="utf-8"))}


@pytest.fixture
def municipality_factory(db):
    """Create real municipalities by code, as the reference fixture has them: `municipality_factory("0344")`."""
    from loket.tenancy.models import Municipality

    def make(code: str) -> Municipality:
        row = _municipality_rows()[code]
        municipality, _ = Municipality.objects.get_or_create(pk=row["pk"], defaults=row["fields"])
        return municipality

    return make


@pytest.fixture
def utrecht(municipality_factory):
    return municipality_factory("0344")


@pytest.fixture
def amersfoort(municipality_factory):
    return municipality_factory("0307")


@pytest.fixture
def rotterdam(municipality_factory):
    return municipality_factory("0599")


@pytest.fixture
def eindhoven(municipality_factory):
    return municipality_factory("0772")


@pytest.fixture
def test_persons(db):
    """The municipalities, BRP tables and all RvIG test persons, as `loket load_demo_data` loads them."""
    from django.core.management import call_command

    call_command("loaddata", "municipalities", "brp_tables", verbosity=0)
    call_command("load_test_persons", verbosity=0)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache, as it starts with an empty database: cached pages,
    counters and versions never carry over from one test into the next."""
    from django.core.cache import cache

    cache.clear()
