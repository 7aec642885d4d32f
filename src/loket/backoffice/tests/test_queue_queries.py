"""The queue page costs the same number of queries for 2 cases as for 30."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from loket.modules import services as module_services
from loket.modules.facades import register, start_zaak

from .world import VERHUIZEN, handler

pytestmark = pytest.mark.django_db

BSN = "999993653"


def _zaken(municipality, count: int):
    for _ in range(count):
        start_zaak(module=register["verhuizen"], municipality=municipality, bsn=BSN, omschrijving="Verhuizing")


def _queries(client) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("backoffice:queue"))
    assert response.status_code == 200
    return len(captured)


def test_the_queue_is_flat_in_the_number_of_cases(client, rotterdam):
    rotterdam.rsin = "002220647"
    rotterdam.save(update_fields=["rsin"])
    module_services.activate_module(municipality=rotterdam, identifier="verhuizen")
    staff = handler(rotterdam, "rdam", zaaktypen=[VERHUIZEN])
    client.force_login(staff)
    _zaken(rotterdam, 2)
    few = _queries(client)
    _zaken(rotterdam, 28)
    many = _queries(client)
    page = client.get(reverse("backoffice:queue")).content.decode()
    assert page.count("/medewerker/zaken/") == 30
    assert many == few, (few, many)
    assert many <= 12
