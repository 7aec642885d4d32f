"""Oversized bodies, too many fields, deep JSON and invalid UTF-8: a 4xx answer, nothing stored."""

import pytest
from django.core.cache import cache

from loket.components.zaken.models import Zaak
from loket.portal.tests.questions_fixtures import UTRECHT_RESIDENT, log_in
from loket.registry.tests.factories import make_address, make_person, make_residence
from loket.tenancy.demo_rsin import demo_rsin

from .conftest import zaak_body

pytestmark = pytest.mark.django_db

ZAKEN = "/zaken/api/v1/zaken"
MB = 1024 * 1024


@pytest.fixture
def resident(client, utrecht):
    utrecht.rsin = demo_rsin(utrecht.code)
    utrecht.save(update_fields=["rsin"])
    make_residence(make_person(UTRECHT_RESIDENT), make_address(utrecht))
    log_in(client, UTRECHT_RESIDENT)
    return client


@pytest.fixture
def api(zgw, utrecht):
    zaaktype = zgw.zaaktype(utrecht)
    client = zgw.client([utrecht], zaaktypen=[zaaktype])
    client.zaaktype = zaaktype
    return client


def test_an_oversized_form_body_is_refused_before_the_view_and_nothing_is_stored(resident):
    response = resident.post("/contact/", {"subject": "Groot", "question": "x" * (3 * MB), "answer_by": "inbox"})
    assert response.status_code == 400
    assert not Zaak.all_municipalities.exists()


def test_a_form_with_thousands_of_fields_is_refused(resident):
    data = {"subject": "Veel", "question": "Veel velden", "answer_by": "inbox"}
    data.update({f"veld{i}": "x" for i in range(1500)})
    assert resident.post("/contact/", data).status_code == 400
    assert not Zaak.all_municipalities.exists()


def test_an_oversized_json_body_is_refused(api):
    response = api.generic("POST", ZAKEN, b"[" + b"1," * (2 * MB) + b"1]", content_type="application/json")
    assert response.status_code == 400
    assert not Zaak.all_municipalities.exists()


@pytest.mark.parametrize("depth", [50, 500, 900, 5000])
def test_deeply_nested_json_is_a_client_error(api, depth):
    body = '{"omschrijving": ' + "[" * depth + "]" * depth + "}"
    response = api.generic("POST", ZAKEN, body, content_type="application/json")
    assert response.status_code == 400
    assert not Zaak.all_municipalities.exists()


def test_invalid_utf8_in_a_json_body_is_a_parse_error(api):
    response = api.generic("POST", ZAKEN, b'{"omschrijving": "\xff\xfe\xc3("}', content_type="application/json")
    assert response.status_code == 400
    assert response.json()["code"] == "parse_error"


def test_invalid_utf8_in_a_form_body_never_breaks_the_page(resident):
    body = b"subject=Vraag%FF%FE&question=%C3%28%80%80&answer_by=inbox"
    response = resident.generic(
        "POST", "/contact/", body, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (200, 302, 400)
    if response.status_code == 302:  # decoded with replacement characters: stored as such, not as bytes
        assert "\ufffd" in Zaak.all_municipalities.get().omschrijving


def test_invalid_utf8_in_the_query_string_never_breaks_the_page(client):
    for url in ("/zoeken/?q=%FF%FE", "/verify/?code=%C3%28", "/inloggen/?next=%FF"):
        assert client.get(url).status_code in (200, 400, 429)


def test_a_json_body_that_is_not_an_object_is_a_client_error(api):
    cache.clear()
    for body in ("[]", '"tekst"', "123", "null", "{", '{"a": NaN}'):
        response = api.generic("POST", ZAKEN, body, content_type="application/json")
        assert response.status_code == 400, body
    response = api.post(ZAKEN, zaak_body(api.zaaktype, startdatum="2026-02-30"))
    assert response.status_code == 400
    assert not Zaak.all_municipalities.exists()


def test_a_nul_character_in_json_or_a_query_parameter_is_a_client_error(api):
    """PostgreSQL cannot store NUL in text: refused before any query, so nothing breaks after it."""
    body = '{"omschrijving": "a\\u0000b"}'
    assert api.generic("POST", ZAKEN, body, content_type="application/json").status_code == 400
    assert api.get(ZAKEN + "?identificatie=a%00b").status_code == 400
    assert api.get(ZAKEN).status_code == 200  # the connection is still good
    assert not Zaak.all_municipalities.exists()
