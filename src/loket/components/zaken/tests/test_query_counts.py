"""The zaken list and create cost a fixed number of queries, however many zaaktypen a client has."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from loket.components.common.constants import Vertrouwelijkheid
from loket.components.conftest import zaak_body
from loket.components.zaken import services
from loket.components.zaken.models import Zaak

ZAKEN = "/zaken/api/v1/zaken"


def _bulk_zaken(zaaktypen, total=100):
    rows = [
        Zaak(
            municipality_id=zaaktype.municipality_id,
            zaaktype=zaaktype,
            identificatie=f"BULK-{zaaktype.pk}-{i}",
            bronorganisatie=zaaktype.catalogus.rsin,
            verantwoordelijke_organisatie=zaaktype.catalogus.rsin,
            registratiedatum=datetime.date(2026, 3, 1),
            startdatum=datetime.date(2026, 3, 1),
            vertrouwelijkheidaanduiding=Vertrouwelijkheid.OPENBAAR,
        )
        for i in range(total)
        for zaaktype in [zaaktypen[i % len(zaaktypen)]]
    ]
    Zaak.all_municipalities.bulk_create(rows)


@pytest.fixture
def hundred_zaaktypen(zgw, utrecht):
    first = zgw.zaaktype(utrecht)
    rest = [zgw.zaaktype(utrecht) for _ in range(99)]
    return [first, *rest]


def test_list_and_create_query_counts_do_not_grow_with_zaaktypen(
    zgw, utrecht, hundred_zaaktypen, django_assert_max_num_queries
):
    _bulk_zaken(hundred_zaaktypen)
    # Give every zaak a rol and the first a status, so the page shows real relations.
    zaak = Zaak.all_municipalities.order_by("pk").first()
    services.add_rol(
        zaak,
        roltype=zaak.zaaktype.roltypen(manager="all_municipalities").first(),
        betrokkene_type="medewerker",
        betrokkene_identificatie={"identificatie": "mw-1"},
    )
    # The year's first number creates the counter row (two more queries, once per municipality per year).
    services.create_zaak(
        zaaktype=hundred_zaaktypen[0], bronorganisatie=hundred_zaaktypen[0].catalogus.rsin
    )
    list_counts, create_counts = [], []
    for size in (1, 10, 100):
        api = zgw.client([utrecht], zaaktypen=hundred_zaaktypen[:size])
        with django_assert_max_num_queries(10):
            with CaptureQueriesContext(connection) as listed:
                response = api.get(ZAKEN)
        assert response.status_code == 200
        assert (
            response.json()["count"]
            == Zaak.all_municipalities.filter(zaaktype__in=hundred_zaaktypen[:size]).count()
        )
        with django_assert_max_num_queries(15):
            with CaptureQueriesContext(connection) as created:
                response = api.post(ZAKEN, zaak_body(hundred_zaaktypen[0]))
        assert response.status_code == 201, response.content
        list_counts.append(len(listed))
        create_counts.append(len(created))
    assert len(set(list_counts)) == 1, list_counts
    assert len(set(create_counts)) == 1, create_counts


def test_a_full_page_of_100_is_at_most_10_queries(
    zgw, utrecht, hundred_zaaktypen, django_assert_max_num_queries
):
    _bulk_zaken(hundred_zaaktypen, total=150)
    api = zgw.client([utrecht], zaaktypen=hundred_zaaktypen)
    with django_assert_max_num_queries(10):
        response = api.get(ZAKEN)
    data = response.json()
    assert data["count"] == 150 and len(data["results"]) == 100 and data["next"].endswith("page=2")


def _with_status_and_rol(zaaktypen, total):
    _bulk_zaken(zaaktypen, total=total)
    for zaak in Zaak.all_municipalities.select_related("zaaktype").order_by("pk"):
        services.set_status(
            zaak,
            statustype=zaak.zaaktype.statustypen(manager="all_municipalities").order_by("pk")[0],
        )
        services.add_rol(
            zaak,
            roltype=zaak.zaaktype.roltypen(manager="all_municipalities").first(),
            betrokkene_type="medewerker",
            betrokkene_identificatie={"identificatie": f"mw-{zaak.pk}"},
        )


@pytest.mark.parametrize(
    ("expand", "budget"),
    [
        ("status,rollen", 10),
        # One query per expanded field for the whole page, never one per zaak (a statustype
        # also lists its zaakobjecttypen: one query more for the page).
        ("status.statustype,rollen.roltype,resultaat,zaakobjecten", 13),
    ],
)
def test_a_full_page_with_expand_stays_within_budget(
    zgw, utrecht, django_assert_max_num_queries, expand, budget
):
    zaaktypen = [zgw.zaaktype(utrecht) for _ in range(10)]
    _with_status_and_rol(zaaktypen, total=120)
    api = zgw.client([utrecht], zaaktypen=zaaktypen)
    with django_assert_max_num_queries(budget):
        response = api.get(ZAKEN, {"expand": expand})
    data = response.json()
    assert data["count"] == 120 and len(data["results"]) == 100
    for zaak in data["results"]:
        assert zaak["_expand"]["status"]["url"] == zaak["status"]
        assert [r["url"] for r in zaak["_expand"]["rollen"]] == zaak["rollen"]
