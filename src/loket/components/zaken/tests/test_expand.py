"""`expand` on zaken: the standard's `_expand` object, dotted paths, and bad values."""

import pytest

from loket.components.common import scopes as S

from .conftest import full_zaak

ZAKEN = "/zaken/api/v1/zaken"


@pytest.fixture
def setup(zgw, utrecht):
    zaaktype = zgw.zaaktype(utrecht)
    zaak = full_zaak(zaaktype)
    api = zgw.client([utrecht], zaaktypen=[zaaktype], scopes=[S.ZAKEN_LEZEN])
    return zaaktype, zaak, api


def test_detail_expands_catalogi_types_and_objects(setup):
    zaaktype, zaak, api = setup
    response = api.get(
        f"{ZAKEN}/{zaak.uuid}",
        {
            "expand": "zaaktype, status.statustype, resultaat.resultaattype, eigenschappen.eigenschap"
        },
    )
    assert response.status_code == 200, response.content
    data = response.json()
    expanded = data["_expand"]
    assert expanded["zaaktype"]["url"] == data["zaaktype"]
    assert expanded["zaaktype"]["identificatie"] == zaaktype.identificatie
    # A dotted path also expands the fields on the way.
    assert expanded["status"]["url"] == data["status"]
    assert expanded["status"]["_expand"]["statustype"]["omschrijving"] == "Ontvangen"
    assert expanded["resultaat"]["_expand"]["resultaattype"]["omschrijving"] == "Afgehandeld"
    [eigenschap] = expanded["eigenschappen"]
    assert eigenschap["waarde"] == "AB-123-C"
    assert eigenschap["_expand"]["eigenschap"]["naam"] == "kenteken"
    assert set(expanded) == {"zaaktype", "status", "resultaat", "eigenschappen"}


def test_without_expand_there_is_no_expand_object(setup):
    _, zaak, api = setup
    assert "_expand" not in api.get(f"{ZAKEN}/{zaak.uuid}").json()
    assert "_expand" not in api.get(ZAKEN).json()["results"][0]


def test_zoek_takes_expand_in_the_body_as_list_or_string(setup):
    _, zaak, api = setup
    for expand in (["rollen", "zaakobjecten"], "rollen,zaakobjecten"):
        response = api.post(f"{ZAKEN}/_zoek", {"uuid__in": [str(zaak.uuid)], "expand": expand})
        assert response.status_code == 200, response.content
        [found] = response.json()["results"]
        assert [r["url"] for r in found["_expand"]["rollen"]] == found["rollen"]
        assert [o["url"] for o in found["_expand"]["zaakobjecten"]] == found["zaakobjecten"]


@pytest.mark.parametrize(
    "value",
    [
        "zaakinformatieobjecten.informatieobject",  # zrc-025: another API's resource
        "status.zaak",
        "onbekend",
        "hoofdzaak.hoofdzaak.hoofdzaak",
    ],
)
def test_unknown_expand_paths_are_rejected(setup, value):
    _, zaak, api = setup
    for response in (
        api.get(ZAKEN, {"expand": value}),
        api.get(f"{ZAKEN}/{zaak.uuid}", {"expand": value}),
        api.post(f"{ZAKEN}/_zoek", {"expand": [value]}),
    ):
        assert response.status_code == 400, response.content
        [param] = response.json()["invalidParams"]
        assert param["name"] == "expand" and param["code"] == "invalid_choice"


def test_other_query_parameters_on_the_detail_are_rejected(setup):
    _, zaak, api = setup
    response = api.get(f"{ZAKEN}/{zaak.uuid}", {"identificatie": "x"})
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["code"] == "unknown-parameters"
