"""A client's autorisaties are read once and kept in the process; every change is seen at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from loket.components.autorisaties import client_cache
from loket.components.autorisaties.models import Autorisatie
from loket.components.autorisaties.services import (
    ChangedBy,
    delete_applicatie,
    save_applicatie,
    set_secret,
)
from loket.components.conftest import make_token, zaak_body

ZAKEN = "/zaken/api/v1/zaken"
CREDENTIAL_TABLES = ("autorisaties_jwtsecret", "autorisaties_autorisatie")


def credential_queries(queries) -> int:
    return sum(any(t in q["sql"] for t in CREDENTIAL_TABLES) for q in queries.captured_queries)


@pytest.fixture
def api(zgw, utrecht):
    return zgw.client([utrecht], zaaktypen=[zgw.zaaktype(utrecht)])


def test_the_second_request_reads_no_credentials(api):
    assert api.get(ZAKEN).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert api.get(ZAKEN).status_code == 200
    assert credential_queries(queries) == 0


def test_with_the_cache_off_every_request_reads_them(api, settings):
    settings.ZGW_AUTH_CACHE_SECONDS = 0
    api.get(ZAKEN)
    with CaptureQueriesContext(connection) as queries:
        assert api.get(ZAKEN).status_code == 200
    assert credential_queries(queries) == 2  # the secret and the autorisaties


def test_a_withdrawn_autorisatie_applies_to_the_next_request(api):
    assert api.get(ZAKEN).status_code == 200
    Autorisatie.objects.filter(applicatie=api.applicatie, component="zrc").delete()
    assert api.get(ZAKEN).status_code == 403


def test_a_replaced_secret_refuses_the_old_one_at_once(api):
    assert api.get(ZAKEN).status_code == 200
    set_secret(api.client_id, "een-nieuw-geheim-dat-lang-genoeg-is-voor-hs256")
    response = api.get(ZAKEN)
    assert response.status_code == 403
    assert response.json()["code"] == "invalid-jwt-signature"
    api.credentials(
        HTTP_AUTHORIZATION="Bearer "
        + make_token(api.client_id, "een-nieuw-geheim-dat-lang-genoeg-is-voor-hs256"),
        HTTP_ACCEPT_CRS="EPSG:4326",
    )
    assert api.get(ZAKEN).status_code == 200


def test_a_deleted_applicatie_is_refused_at_once(api):
    assert api.get(ZAKEN).status_code == 200
    delete_applicatie(api.applicatie)
    assert api.get(ZAKEN).json()["code"] == "invalid-client-identifier"


def test_a_municipality_taken_away_hides_its_zaken_at_once(zgw, utrecht, amersfoort):
    zaaktype = zgw.zaaktype(utrecht)
    api = zgw.client([utrecht], zaaktypen=[zaaktype])
    assert api.post(ZAKEN, zaak_body(zaaktype)).status_code == 201
    assert api.get(ZAKEN).json()["count"] == 1
    save_applicatie(
        api.applicatie,
        label="Zaaksysteem",
        client_ids=[api.client_id],
        heeft_alle_autorisaties=True,
        autorisaties=[],
        municipalities=[amersfoort],
        by=ChangedBy(),
    )
    assert api.get(ZAKEN).json()["count"] == 0


def test_an_unknown_client_id_is_not_kept(api):
    api.credentials(
        HTTP_AUTHORIZATION=f"Bearer {make_token('onbekend', api.secret)}",
        HTTP_ACCEPT_CRS="EPSG:4326",
    )
    assert api.get(ZAKEN).json()["code"] == "invalid-client-identifier"
    assert "onbekend" not in client_cache._entries


def test_a_read_that_overlaps_a_change_is_not_kept(api, monkeypatch):
    """A change between reading and keeping (another thread's commit) wins."""
    real = client_cache.client_credentials

    def read_then_change(client_id):
        found = real(client_id)
        client_cache.forget_clients()
        return found

    monkeypatch.setattr(client_cache, "client_credentials", read_then_change)
    assert api.get(ZAKEN).status_code == 200
    assert api.client_id not in client_cache._entries
