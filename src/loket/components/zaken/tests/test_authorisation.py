"""Who sees what: zaaktype × the 8 vertrouwelijkheidaanduidingen × scope, and municipalities (404)."""

import pytest

from loket.components.catalogi.models import StatusType
from loket.components.common import scopes as S
from loket.components.common.constants import Vertrouwelijkheid
from loket.components.zaken import services
from loket.components.zaken.models import Zaak

ZAKEN = "/zaken/api/v1/zaken"


@pytest.fixture
def world(zgw, utrecht):
    """Two zaaktypen in Utrecht, a zaak of each type at every level, each with a status."""
    authorised, other = zgw.zaaktype(utrecht), zgw.zaaktype(utrecht)
    zaken = {}
    for zaaktype in (authorised, other):
        first = (
            StatusType.all_municipalities.filter(zaaktype=zaaktype).order_by("volgnummer").first()
        )
        for level in Vertrouwelijkheid:
            zaak = services.create_zaak(
                zaaktype=zaaktype,
                bronorganisatie=zaaktype.catalogus.rsin,
                vertrouwelijkheidaanduiding=level,
            )
            services.set_status(zaak, statustype=first)
            zaak.refresh_from_db()
            zaken[(zaaktype.pk, level)] = zaak
    return authorised, other, zaken


@pytest.mark.parametrize("maximum", list(Vertrouwelijkheid), ids=lambda v: v.api_value)
@pytest.mark.parametrize(
    "scopes", [(S.ZAKEN_LEZEN,), (S.ZAKEN_AANMAKEN,)], ids=["lezen", "aanmaken"]
)
def test_matrix(zgw, utrecht, world, maximum, scopes):
    authorised, other, zaken = world
    api = zgw.client(
        [utrecht], zaaktypen=[authorised], scopes=scopes, max_vertrouwelijkheid=maximum
    )
    can_read = S.ZAKEN_LEZEN in scopes
    expected = {
        str(zaak.uuid)
        for (zaaktype_id, level), zaak in zaken.items()
        if can_read and zaaktype_id == authorised.pk and level <= maximum
    }

    listed = api.get(ZAKEN)
    searched = api.post(f"{ZAKEN}/_zoek", {})
    statussen = api.get("/zaken/api/v1/statussen")
    if not can_read:
        assert listed.status_code == searched.status_code == statussen.status_code == 403
    else:
        assert {z["uuid"] for z in listed.json()["results"]} == expected
        assert {z["uuid"] for z in searched.json()["results"]} == expected
        assert {s["zaak"].rsplit("/", 1)[1] for s in statussen.json()["results"]} == expected

    for zaak in zaken.values():
        response = api.get(f"{ZAKEN}/{zaak.uuid}")
        assert response.status_code == (200 if str(zaak.uuid) in expected else 403), (
            zaak.vertrouwelijkheidaanduiding,
            response.content,
        )
        status_response = api.get(f"/zaken/api/v1/statussen/{zaak.status.uuid}")
        assert status_response.status_code == (200 if str(zaak.uuid) in expected else 403)


def test_all_authorisations_still_stop_at_the_municipality(zgw, utrecht, amersfoort, world):
    api = zgw.client([utrecht], alles=True)
    assert api.get(ZAKEN).json()["count"] == 16
    elsewhere = zgw.client([amersfoort], alles=True)
    assert elsewhere.get(ZAKEN).json()["count"] == 0


def test_another_municipalitys_zaak_is_404(zgw, utrecht, amersfoort, world):
    authorised, _, zaken = world
    zaak = zaken[(authorised.pk, Vertrouwelijkheid.OPENBAAR)]
    amersfoort_type = zgw.zaaktype(amersfoort)
    api = zgw.client([amersfoort], zaaktypen=[amersfoort_type], alles=False)
    for response in (
        api.get(f"{ZAKEN}/{zaak.uuid}"),
        api.patch(f"{ZAKEN}/{zaak.uuid}", {"omschrijving": "x"}),
        api.delete(f"{ZAKEN}/{zaak.uuid}"),
        api.get(f"/zaken/api/v1/statussen/{zaak.status.uuid}"),
        api.get(f"/catalogi/api/v1/zaaktypen/{authorised.uuid}"),
    ):
        assert response.status_code == 404, response.content
        assert response.json()["code"] == "not_found"
    # Referring to another municipality's objects is as if they do not exist.
    body = {
        "bronorganisatie": authorised.catalogus.rsin,
        "verantwoordelijkeOrganisatie": authorised.catalogus.rsin,
        "zaaktype": f"http://testserver/catalogi/api/v1/zaaktypen/{authorised.uuid}",
        "startdatum": "2026-03-01",
    }
    response = api.post(ZAKEN, body)
    assert response.status_code == 400 and response.json()["invalidParams"][0]["code"] == "bad-url"
    assert Zaak.all_municipalities.filter(municipality=amersfoort).count() == 0


def test_application_for_two_municipalities_sees_both(zgw, utrecht, amersfoort, world):
    authorised, _, _ = world
    amersfoort_type = zgw.zaaktype(amersfoort)
    services.create_zaak(zaaktype=amersfoort_type, bronorganisatie=amersfoort_type.catalogus.rsin)
    api = zgw.client([utrecht, amersfoort], zaaktypen=[authorised, amersfoort_type])
    assert api.get(ZAKEN).json()["count"] == 9


def test_write_scopes_per_zaak(zgw, utrecht, world):
    authorised, _, zaken = world
    reader = zgw.client([utrecht], zaaktypen=[authorised], scopes=[S.ZAKEN_LEZEN])
    zaak = zaken[(authorised.pk, Vertrouwelijkheid.OPENBAAR)]
    assert reader.patch(f"{ZAKEN}/{zaak.uuid}", {"omschrijving": "x"}).status_code == 403
    assert reader.delete(f"{ZAKEN}/{zaak.uuid}").status_code == 403
    creator = zgw.client(
        [utrecht],
        zaaktypen=[authorised],
        scopes=[S.ZAKEN_AANMAKEN],
        max_vertrouwelijkheid=Vertrouwelijkheid.INTERN,
    )
    body = {
        "bronorganisatie": authorised.catalogus.rsin,
        "verantwoordelijkeOrganisatie": authorised.catalogus.rsin,
        "zaaktype": f"http://testserver/catalogi/api/v1/zaaktypen/{authorised.uuid}",
        "startdatum": "2026-03-01",
    }
    assert creator.post(ZAKEN, body).status_code == 201
    assert creator.post(ZAKEN, {**body, "vertrouwelijkheidaanduiding": "geheim"}).status_code == 403
