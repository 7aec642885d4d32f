"""The ZGW APIs answer with exactly the bytes DRF's JSONRenderer would write."""

import datetime
import decimal
import uuid
from collections import OrderedDict

import pytest
from django.utils.translation import gettext_lazy
from rest_framework.renderers import JSONRenderer

from loket.components.common.renderers import ZGWJSONRenderer, orjson_writes_as_drf
from loket.components.conftest import zaak_body

ZAKEN = "/zaken/api/v1/zaken"

WRITTEN_BY_ORJSON = [
    {"url": "http://testserver/zaken/api/v1/zaken/1", "n": 3, "ok": True, "leeg": None},
    ["é ß € 😀", "\u2028 en \u2029", "\x00\x1f\x7f\"\\/"],
    {"type": "Point", "coordinates": [5.1214, 52.0907]},
    [0.0, -0.0, 0.0001, 9999999999999998.0, 123.456, 2**63 - 1, -(2**63)],
    [datetime.datetime(2026, 3, 1, 9, 30, tzinfo=datetime.UTC), datetime.date(2026, 3, 1)],
    [datetime.time(9, 30, 0, 5), datetime.timedelta(days=56), uuid.uuid4()],
    [gettext_lazy("Dit veld is verplicht."), ()],
]
WRITTEN_BY_DRF = [
    [1e-05],  # Python writes 1e-05, orjson 0.00001
    [1e16],
    {"bedrag": decimal.Decimal("12.50")},
    OrderedDict(b=1, a=2),
    [float("nan")],
]


@pytest.mark.parametrize("data", WRITTEN_BY_ORJSON + WRITTEN_BY_DRF + [{1: "x"}, [2**70], "x", 5])
def test_the_bytes_are_drfs(data):
    try:
        expected = JSONRenderer().render(data)
    except ValueError as error:  # NaN: DRF refuses it, and so do we
        with pytest.raises(type(error)):
            ZGWJSONRenderer().render(data)
        return
    assert ZGWJSONRenderer().render(data) == expected


@pytest.mark.parametrize("data", WRITTEN_BY_ORJSON)
def test_plain_data_takes_the_fast_path(data):
    assert orjson_writes_as_drf(data)


@pytest.mark.parametrize("data", WRITTEN_BY_DRF)
def test_what_orjson_writes_differently_goes_to_drf(data):
    assert not orjson_writes_as_drf(data)


def test_indent_asked_in_the_accept_header_is_honoured():
    assert ZGWJSONRenderer().render({"a": 1}, "application/json; indent=2") == b'{\n  "a": 1\n}'


def test_a_zaken_page_is_byte_for_byte_drfs(zgw, utrecht):
    zaaktype = zgw.zaaktype(utrecht)
    api = zgw.client([utrecht], zaaktypen=[zaaktype])
    body = zaak_body(zaaktype, zaakgeometrie={"type": "Point", "coordinates": [5.1214, 52.0907]})
    assert api.post(ZAKEN, body).status_code == 201
    response = api.get(ZAKEN)
    assert response.status_code == 200
    assert response.content == JSONRenderer().render(response.data)
    assert response.json()["results"][0]["zaakgeometrie"]["coordinates"] == [5.1214, 52.0907]
