"""A zaakobject's zaakobjecttype (Zaken 1.5, Catalogi 1.3): when given, one of the zaak's zaaktype."""

import pytest

from loket.components.catalogi import editing
from loket.components.catalogi.models import ZaakObjectType
from loket.components.common import scopes as S
from loket.components.common.errors import RuleViolation
from loket.components.zaken import object_services, services
from loket.components.zaken.models import ZaakObject

API = "/zaken/api/v1"
CATALOGI = "http://testserver/catalogi/api/v1"
PAND = "https://bag.example/api/panden/0344100000012345"
SCOPES = (S.ZAKEN_LEZEN, S.ZAKEN_AANMAKEN, S.ZAKEN_BIJWERKEN)


def add_zaakobjecttype(zaaktype, relatie: str = "Het pand") -> str:
    found = editing.create(
        ZaakObjectType,
        values={
            "zaaktype": zaaktype,
            "ander_objecttype": False,
            "objecttype": "https://objecttypen.example/api/v2/objecttypes/pand",
            "relatie_omschrijving": relatie,
        },
        force=editing.Force(write=True),
    )
    return f"{CATALOGI}/zaakobjecttypen/{found.uuid}"


def invalid(response) -> dict[str, str]:
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    return {p["name"]: p["code"] for p in response.json()["invalidParams"]}


@pytest.fixture
def setup(zgw, utrecht):
    zaaktype = zgw.zaaktype(utrecht)
    api = zgw.client([utrecht], zaaktypen=[zaaktype], scopes=SCOPES)
    zaak = services.create_zaak(zaaktype=zaaktype, bronorganisatie=zaaktype.catalogus.rsin)
    return zaaktype, api, zaak


def body(zaak, **fields) -> dict:
    return {
        "zaak": f"http://testserver{API}/zaken/{zaak.uuid}",
        "objectType": "pand",
        "object": PAND,
        **fields,
    }


def test_a_zaakobjecttype_of_the_zaaktype_is_accepted(setup):
    zaaktype, api, zaak = setup
    zaakobjecttype = add_zaakobjecttype(zaaktype)
    created = api.post(f"{API}/zaakobjecten", body(zaak, zaakobjecttype=zaakobjecttype))
    assert created.status_code == 201, created.content
    assert created.json()["zaakobjecttype"] == zaakobjecttype
    # without one, as before
    assert api.post(f"{API}/zaakobjecten", body(zaak)).status_code == 201
    assert api.post(f"{API}/zaakobjecten", body(zaak, zaakobjecttype="")).status_code == 201


def test_a_zaakobjecttype_of_another_zaaktype_is_refused(zgw, utrecht, setup):
    zaaktype, api, zaak = setup
    other = add_zaakobjecttype(zgw.zaaktype(utrecht))
    assert invalid(api.post(f"{API}/zaakobjecten", body(zaak, zaakobjecttype=other))) == {
        "zaakobjecttype": "zaaktype-mismatch"
    }
    assert not ZaakObject.all_municipalities.exists()


@pytest.mark.parametrize(
    "url",
    [
        f"{CATALOGI}/zaakobjecttypen/4f1c4f0e-9a0f-4b8e-9d4b-000000000000",  # no such one
        f"{CATALOGI}/statustypen/4f1c4f0e-9a0f-4b8e-9d4b-000000000000",  # not a zaakobjecttype
        "https://elders.example/catalogi/zaakobjecttypen/1",
    ],
)
def test_a_url_that_is_not_one_of_our_zaakobjecttypen_is_a_bad_url(setup, url):
    _zaaktype, api, zaak = setup
    assert invalid(api.post(f"{API}/zaakobjecten", body(zaak, zaakobjecttype=url))) == {
        "zaakobjecttype": "bad-url"
    }


def test_another_municipalitys_zaakobjecttype_is_a_bad_url(zgw, amersfoort, setup):
    _zaaktype, api, zaak = setup
    foreign = add_zaakobjecttype(zgw.zaaktype(amersfoort))
    assert invalid(api.post(f"{API}/zaakobjecten", body(zaak, zaakobjecttype=foreign))) == {
        "zaakobjecttype": "bad-url"
    }


def test_the_service_checks_it_too(zgw, utrecht, setup):
    zaaktype, _api, zaak = setup
    other = add_zaakobjecttype(zgw.zaaktype(utrecht))
    with pytest.raises(RuleViolation) as error:
        object_services.add_zaakobject(zaak, object_type="pand", object=PAND, zaakobjecttype=other)
    assert error.value.params[0].code == "zaaktype-mismatch"
    own = add_zaakobjecttype(zaaktype)
    found = object_services.add_zaakobject(
        zaak, object_type="pand", object=PAND, zaakobjecttype=own
    )
    assert found.zaakobjecttype == own


def test_the_zaakobjecttype_of_a_zaakobject_does_not_change(setup):
    zaaktype, api, zaak = setup
    first = add_zaakobjecttype(zaaktype)
    second = add_zaakobjecttype(zaaktype, relatie="Het perceel")
    url = api.post(f"{API}/zaakobjecten", body(zaak, zaakobjecttype=first)).json()["url"]
    assert invalid(api.patch(url, {"zaakobjecttype": second})) == {
        "zaakobjecttype": "wijzigen-niet-toegelaten"
    }
