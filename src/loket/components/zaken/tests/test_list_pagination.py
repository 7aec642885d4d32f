"""The zaken list on large result sets: exact pages and links, a count that is cached above a cap."""

import datetime

import pytest
from django.core.cache import cache

from loket.components.common import pagination
from loket.components.common.constants import Vertrouwelijkheid
from loket.components.zaken.models import Zaak

ZAKEN = "/zaken/api/v1/zaken"


def bulk(zaaktype, count, start=0):
    Zaak.all_municipalities.bulk_create(
        Zaak(
            municipality_id=zaaktype.municipality_id,
            zaaktype=zaaktype,
            identificatie=f"BULK-{i:04d}",
            bronorganisatie=zaaktype.catalogus.rsin,
            verantwoordelijke_organisatie=zaaktype.catalogus.rsin,
            registratiedatum=datetime.date(2026, 3, 1),
            startdatum=datetime.date(2026, 1, 1) + datetime.timedelta(days=i % 300),
            vertrouwelijkheidaanduiding=Vertrouwelijkheid.OPENBAAR,
        )
        for i in range(start, start + count)
    )


@pytest.fixture
def setup(zgw, utrecht, monkeypatch):
    cache.clear()
    monkeypatch.setattr(pagination, "COUNT_CAP", 50)
    zaaktype = zgw.zaaktype(utrecht)
    bulk(zaaktype, 250)
    yield zaaktype, zgw.client([utrecht], zaaktypen=[zaaktype])
    cache.clear()  # cached counts are keyed on SQL, which later tests can repeat with reused ids


def test_pages_are_newest_first_with_exact_links(setup):
    _, client = setup
    newest_first = list(
        Zaak.all_municipalities.order_by("-pk").values_list("identificatie", flat=True)
    )
    first, second, last = (client.get(ZAKEN, {"page": n}).json() for n in (1, 2, 3))
    assert [z["identificatie"] for z in first["results"]] == newest_first[:100]
    assert [z["identificatie"] for z in second["results"]] == newest_first[100:200]
    assert [z["identificatie"] for z in last["results"]] == newest_first[200:]
    assert first["count"] == second["count"] == last["count"] == 250
    assert first["next"].endswith("?page=2") and first["previous"] is None
    assert last["next"] is None and last["previous"].endswith("?page=2")
    assert client.get(ZAKEN, {"page": 4}).status_code == 404
    assert client.get(ZAKEN, {"page": 0}).status_code == 404


def test_above_the_cap_the_count_is_cached_but_the_last_page_is_always_exact(setup):
    zaaktype, client = setup
    assert client.get(ZAKEN).json()["count"] == 250
    bulk(zaaktype, 60, start=1000)  # 310 now: a fourth page appears
    assert client.get(ZAKEN).json()["count"] == 250  # cached for COUNT_CACHE_SECONDS
    third = client.get(ZAKEN, {"page": 3}).json()
    assert third["next"].endswith("?page=4")  # from the rows, not from the count
    assert third["count"] == 301  # at least what the pages show
    last = client.get(ZAKEN, {"page": 4}).json()
    assert last["count"] == 310 and last["next"] is None and len(last["results"]) == 10
    cache.clear()
    assert client.get(ZAKEN).json()["count"] == 310


def test_below_the_cap_the_count_is_exact_at_once(setup, utrecht, zgw):
    zaaktype, _ = setup
    other = zgw.zaaktype(utrecht)
    bulk(other, 3, start=2000)
    client = zgw.client([utrecht], zaaktypen=[other])
    assert client.get(ZAKEN).json()["count"] == 3
    bulk(other, 2, start=3000)
    assert client.get(ZAKEN).json()["count"] == 5


def test_filters_and_ordering_keep_working_on_the_fast_path(setup):
    _, client = setup
    data = client.get(
        ZAKEN, {"startdatum__lt": "2026-01-11", "ordering": "-startdatum,identificatie"}
    ).json()
    expected = list(
        Zaak.all_municipalities.filter(startdatum__lt=datetime.date(2026, 1, 11))
        .order_by("-startdatum", "identificatie", "-pk")
        .values_list("identificatie", flat=True)
    )
    assert data["count"] == len(expected) == 10
    assert [z["identificatie"] for z in data["results"]] == expected


def test_an_empty_in_filter_filters_nothing(setup):
    """`?bronorganisatie__in=` (found by fuzzing: a 500 when the count was keyed on its SQL)."""
    _, client = setup
    response = client.get(ZAKEN, {"bronorganisatie__in": ""})
    assert response.status_code == 200
    assert response.json()["count"] == 250


def test_a_filter_that_matches_nothing_counts_zero():
    assert pagination.large_count(Zaak.all_municipalities.filter(pk__in=[])) == 0
