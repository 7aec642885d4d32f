"""50 parallel creates in one municipality get 50 different case numbers (PostgreSQL only)."""

import threading

import pytest
from django.db import connection, connections

from loket.components.zaken import services
from loket.components.zaken.models import Zaak

pytestmark = pytest.mark.postgres


@pytest.mark.django_db(transaction=True)
def test_fifty_parallel_creates_get_distinct_numbers(utrecht):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (SQLite serialises all writers)")
    from loket.components.conftest import ZGW

    zaaktype = ZGW().zaaktype(utrecht)
    barrier = threading.Barrier(50)
    errors = []

    def create():
        try:
            barrier.wait()
            services.create_zaak(zaaktype=zaaktype, bronorganisatie=zaaktype.catalogus.rsin)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=create) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    numbers = list(Zaak.all_municipalities.values_list("identificatie", flat=True))
    assert len(numbers) == 50 and len(set(numbers)) == 50
    assert sorted(numbers) == [f"ZAAK-{numbers[0][5:9]}-{i:07d}" for i in range(1, 51)]
