"""Zaken API: create, read, update, delete, filters and behaviour rules, as a client system sees them."""

import re

import pytest

from loket.components.catalogi.models import ResultaatType, RolType, StatusType
from loket.components.common import scopes as S
from loket.components.common.constants import Vertrouwelijkheid
from loket.components.conftest import zaak_body
from loket.components.zaken.models import AuditTrail, Rol, Zaak

ZAKEN = "/zaken/api/v1/zaken"


def invalid(response) -> dict[str, str]:
    assert response.status_code == 400, response.content
    body = response.json()
    assert set(body) >= {"type", "code", "title", "status", "detail", "instance", "invalidParams"}
    return {p["name"]: p["code"] for p in body["invalidParams"]}


@pytest.fixture
def setup(zgw, utrecht):
    zaaktype = zgw.zaaktype(utrecht)
    client = zgw.client([utrecht], zaaktypen=[zaaktype])
    return zgw, zaaktype, client


def test_create_zaak_gets_a_readable_number_and_an_audit_row(setup):
    zgw, zaaktype, client = setup
    response = client.post(
        ZAKEN, zaak_body(zaaktype), HTTP_X_AUDIT_TOELICHTING="Melding via telefoon"
    )
    assert response.status_code == 201, response.content
    data = response.json()
    assert re.fullmatch(r"ZAAK-2026-\d{7}", data["identificatie"])
    assert data["vertrouwelijkheidaanduiding"] == "openbaar"  # zrc-009: from the zaaktype
    assert response["Location"] == data["url"]
    assert response["API-version"] == "1.5.1"
    assert response["Content-Crs"] == "EPSG:4326"
    trail = AuditTrail.all_municipalities.get(zaak__uuid=data["uuid"])
    assert trail.actie == "create" and trail.applicatie_weergave == client.applicatie.label
    assert (
        trail.gebruikers_weergave == "M. de Vries" and trail.toelichting == "Melding via telefoon"
    )
    assert trail.nieuw["identificatie"] == data["identificatie"]

    second = client.post(ZAKEN, zaak_body(zaaktype)).json()
    assert int(second["identificatie"][-7:]) == int(data["identificatie"][-7:]) + 1


def test_create_rejects_bad_input_with_the_standards_body(setup, zgw, utrecht):
    _, zaaktype, client = setup
    assert invalid(client.post(ZAKEN, {})).keys() >= {
        "bronorganisatie",
        "zaaktype",
        "verantwoordelijkeOrganisatie",
        "startdatum",
    }
    assert (
        invalid(
            client.post(ZAKEN, zaak_body(zaaktype, zaaktype="https://elders.example/zaaktypen/1"))
        )["zaaktype"]
        == "bad-url"
    )
    assert (
        invalid(client.post(ZAKEN, zaak_body(zaaktype, bronorganisatie="123456789")))[
            "bronorganisatie"
        ]
        == "invalid-rsin"
    )
    other_rsin = "111222333"
    assert (
        invalid(client.post(ZAKEN, zaak_body(zaaktype, bronorganisatie=other_rsin)))[
            "bronorganisatie"
        ]
        == "bronorganisatie-mismatch"
    )
    assert (
        invalid(client.post(ZAKEN, zaak_body(zaaktype, vertrouwelijkheidaanduiding="supergeheim")))[
            "vertrouwelijkheidaanduiding"
        ]
        == "invalid_choice"
    )
    assert (
        invalid(
            client.post(
                ZAKEN,
                zaak_body(
                    zaaktype, betalingsindicatie="nvt", laatsteBetaaldatum="2026-03-01T10:00:00Z"
                ),
            )
        )["laatsteBetaaldatum"]
        == "betaling-nvt"
    )
    assert (
        invalid(
            client.post(
                ZAKEN, zaak_body(zaaktype, productenOfDiensten=["https://elders.example/p"])
            )
        )["productenOfDiensten"]
        == "invalid-products-services"
    )
    assert (
        invalid(
            client.post(
                ZAKEN,
                zaak_body(zaaktype, relevanteAndereZaken=[{"url": "x", "aardRelatie": "vervolg"}]),
            )
        )["relevanteAndereZaken.0.url"]
        == "invalid"
    )
    concept = zgw.zaaktype(utrecht, publish=False)
    concept_client = zgw.client([utrecht], zaaktypen=[concept])
    assert invalid(concept_client.post(ZAKEN, zaak_body(concept)))["zaaktype"] == "not-published"
    assert Zaak.all_municipalities.count() == 0  # nothing half-written


def test_identificatie_is_unique_per_bronorganisatie(setup):
    _, zaaktype, client = setup
    assert client.post(ZAKEN, zaak_body(zaaktype, identificatie="EIGEN-1")).status_code == 201
    assert (
        invalid(client.post(ZAKEN, zaak_body(zaaktype, identificatie="EIGEN-1")))["identificatie"]
        == "identificatie-niet-uniek"
    )


def test_crs_headers_are_required_on_zaken(setup):
    _, zaaktype, client = setup
    token = client._credentials["HTTP_AUTHORIZATION"]
    client.credentials(HTTP_AUTHORIZATION=token, HTTP_ACCEPT_CRS="EPSG:28992")
    response = client.get(ZAKEN)
    assert response.status_code == 406
    client.credentials(HTTP_AUTHORIZATION=token)
    response = client.get(ZAKEN)
    assert response.status_code == 412 and response.json()["status"] == 412


def test_list_is_paginated_like_the_standard(setup):
    _, zaaktype, client = setup
    for _ in range(3):
        client.post(ZAKEN, zaak_body(zaaktype))
    data = client.get(ZAKEN).json()
    assert set(data) == {"count", "next", "previous", "results"}
    assert data["count"] == 3 and data["next"] is None and data["previous"] is None
    assert client.get(ZAKEN, {"page": 5}).status_code == 404


def test_list_filters(setup, zgw):
    _, zaaktype, client = setup
    a = client.post(ZAKEN, zaak_body(zaaktype, startdatum="2026-01-10")).json()
    b = client.post(
        ZAKEN, zaak_body(zaaktype, startdatum="2026-02-10", vertrouwelijkheidaanduiding="geheim")
    ).json()
    rol = client.post(
        "/zaken/api/v1/rollen",
        {
            "zaak": a["url"],
            "betrokkeneType": "natuurlijk_persoon",
            "roltype": f"http://testserver/catalogi/api/v1/roltypen/{RolType.all_municipalities.get(zaaktype=zaaktype, omschrijving_generiek='initiator').uuid}",
            "roltoelichting": "Melder",
            "betrokkeneIdentificatie": {"inpBsn": "999993653", "geslachtsnaam": "Jansen"},
        },
    )
    assert rol.status_code == 201, rol.content

    def uuids(**params):
        response = client.get(ZAKEN, params)
        assert response.status_code == 200, response.content
        return {z["uuid"] for z in response.json()["results"]}

    assert uuids(identificatie=a["identificatie"]) == {a["uuid"]}
    assert uuids(startdatum__gte="2026-02-01") == {b["uuid"]}
    assert uuids(maximaleVertrouwelijkheidaanduiding="zaakvertrouwelijk") == {a["uuid"]}
    assert uuids(rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn="999993653") == {a["uuid"]}
    assert uuids(
        rol__omschrijvingGeneriek="initiator", rol__betrokkeneType="natuurlijk_persoon"
    ) == {a["uuid"]}
    assert uuids(zaaktype=a["zaaktype"]) == {a["uuid"], b["uuid"]}
    ordered = client.get(ZAKEN, {"ordering": "startdatum"}).json()["results"]
    assert [z["uuid"] for z in ordered] == [a["uuid"], b["uuid"]]
    assert invalid(client.get(ZAKEN, {"onbekend": "1"}))["onbekend"] == "unknown-parameters"
    assert "startdatum__gte" in invalid(client.get(ZAKEN, {"startdatum__gte": "gisteren"}))
    assert "ordering" in invalid(client.get(ZAKEN, {"ordering": "omschrijving"}))


def test_zoek_searches_with_a_body(setup):
    _, zaaktype, client = setup
    a = client.post(ZAKEN, zaak_body(zaaktype)).json()
    client.post(ZAKEN, zaak_body(zaaktype)).json()
    response = client.post(f"{ZAKEN}/_zoek", {"uuid__in": [a["uuid"]]})
    assert response.status_code == 200, response.content
    assert [z["uuid"] for z in response.json()["results"]] == [a["uuid"]]
    assert "zaakgeometrie" in invalid(
        client.post(
            f"{ZAKEN}/_zoek",
            {"zaakgeometrie": {"within": {"type": "Point", "coordinates": [5, 52]}}},
        )
    )
    assert "foo" in invalid(client.post(f"{ZAKEN}/_zoek", {"foo": 1}))


def test_detail_partial_update_and_delete(setup):
    _, zaaktype, client = setup
    zaak = client.post(ZAKEN, zaak_body(zaaktype)).json()
    assert client.get(zaak["url"]).json()["omschrijving"] == "Losliggende stoeptegel"

    response = client.patch(
        zaak["url"], {"omschrijving": "Stoeptegel vastgezet", "betalingsindicatie": "nvt"}
    )
    assert response.status_code == 200, response.content
    assert response.json()["omschrijving"] == "Stoeptegel vastgezet"
    assert invalid(client.patch(zaak["url"], {"startdatum": "morgen"}))["startdatum"] == "invalid"

    trail = AuditTrail.all_municipalities.filter(zaak__uuid=zaak["uuid"]).order_by("pk")
    assert [(t.actie, t.resultaat) for t in trail] == [("create", 201), ("partial_update", 200)]
    assert trail.last().oud["omschrijving"] == "Losliggende stoeptegel"

    assert client.delete(zaak["url"]).status_code == 204
    assert client.get(zaak["url"]).status_code == 404
    destroyed = AuditTrail.all_municipalities.get(actie="destroy")
    assert (
        destroyed.zaak is None
        and destroyed.oud is None
        and destroyed.resource_url.endswith(zaak["uuid"])
        and destroyed.resultaat == 204
        and destroyed.resource_weergave == zaak["identificatie"]
    )


def test_status_rules_close_and_reopen(setup, zgw, utrecht):
    _, zaaktype, client = setup
    zaak = client.post(ZAKEN, zaak_body(zaaktype)).json()
    statustypen = list(
        StatusType.all_municipalities.filter(zaaktype=zaaktype).order_by("volgnummer")
    )
    url = lambda c, o: f"http://testserver/catalogi/api/v1/{c}/{o.uuid}"  # noqa: E731

    def status(statustype, when="2026-03-02T10:00:00Z", c=client):
        return c.post(
            "/zaken/api/v1/statussen",
            {
                "zaak": zaak["url"],
                "statustype": url("statustypen", statustype),
                "datumStatusGezet": when,
            },
        )

    other = StatusType.all_municipalities.filter(zaaktype=zgw.zaaktype(utrecht)).first()
    assert invalid(status(other))["statustype"] == "zaaktype-mismatch"  # zrc-016
    assert status(statustypen[0]).status_code == 201
    assert (
        invalid(status(statustypen[2], "2026-03-03T10:00:00Z"))["statustype"]
        == "resultaat-does-not-exist"
    )  # zrc-007

    resultaattype = ResultaatType.all_municipalities.get(zaaktype=zaaktype)
    created = client.post(
        "/zaken/api/v1/resultaten",
        {"zaak": zaak["url"], "resultaattype": url("resultaattypen", resultaattype)},
    )
    assert created.status_code == 201, created.content
    closing = status(statustypen[2], "2026-03-04T10:00:00Z")
    assert closing.status_code == 201 and closing.json()["indicatieLaatstGezetteStatus"] is True
    closed = client.get(zaak["url"]).json()
    assert closed["einddatum"] == "2026-03-04" and closed["status"] == closing.json()["url"]
    assert (
        closed["archiefnominatie"] == "vernietigen" and closed["archiefactiedatum"] == "2027-03-04"
    )  # zrc-021

    # zrc-007/008: a closed zaak changes only with geforceerd-bijwerken, reopens only with heropenen.
    assert client.patch(zaak["url"], {"omschrijving": "Anders"}).status_code == 403
    assert status(statustypen[1], "2026-03-05T10:00:00Z").status_code == 403
    reopener = zgw.client(
        [utrecht], zaaktypen=[zaaktype], scopes=[S.ZAKEN_LEZEN, S.ZAKEN_HEROPENEN]
    )
    assert status(statustypen[1], "2026-03-05T10:00:00Z", c=reopener).status_code == 201
    reopened = client.get(zaak["url"]).json()
    assert reopened["einddatum"] is None and reopened["archiefnominatie"] is None

    statussen = client.get("/zaken/api/v1/statussen", {"zaak": zaak["url"]}).json()
    assert statussen["count"] == 3
    latest = client.get(
        "/zaken/api/v1/statussen", {"zaak": zaak["url"], "indicatieLaatstGezetteStatus": "true"}
    ).json()
    assert latest["count"] == 1


def test_rollen_and_resultaten(setup):
    _, zaaktype, client = setup
    zaak = client.post(ZAKEN, zaak_body(zaaktype)).json()
    roltype = RolType.all_municipalities.get(zaaktype=zaaktype, omschrijving_generiek="behandelaar")
    body = {
        "zaak": zaak["url"],
        "betrokkeneType": "medewerker",
        "roltype": f"http://testserver/catalogi/api/v1/roltypen/{roltype.uuid}",
        "roltoelichting": "Behandelaar",
    }
    assert (
        invalid(client.post("/zaken/api/v1/rollen", body))["betrokkeneIdentificatie"]
        == "invalid-betrokkene"
    )
    rol = client.post(
        "/zaken/api/v1/rollen", {**body, "betrokkeneIdentificatie": {"identificatie": "mw-1"}}
    )
    assert rol.status_code == 201, rol.content
    assert rol.json()["omschrijvingGeneriek"] == "behandelaar"
    assert client.get(zaak["url"]).json()["rollen"] == [rol.json()["url"]]
    assert client.get("/zaken/api/v1/rollen", {"zaak": zaak["url"]}).json()["count"] == 1
    assert client.delete(rol.json()["url"]).status_code == 204
    assert Rol.all_municipalities.count() == 0

    resultaattype = ResultaatType.all_municipalities.get(zaaktype=zaaktype)
    rt_url = f"http://testserver/catalogi/api/v1/resultaattypen/{resultaattype.uuid}"
    resultaat = client.post(
        "/zaken/api/v1/resultaten", {"zaak": zaak["url"], "resultaattype": rt_url}
    ).json()
    assert (
        invalid(
            client.post("/zaken/api/v1/resultaten", {"zaak": zaak["url"], "resultaattype": rt_url})
        )["zaak"]
        == "unique"
    )
    patched = client.patch(resultaat["url"], {"toelichting": "Opgelost"})
    assert patched.status_code == 200 and patched.json()["toelichting"] == "Opgelost"
    assert client.get("/zaken/api/v1/resultaten", {"zaak": zaak["url"]}).json()["count"] == 1
    assert client.delete(resultaat["url"]).status_code == 204


def test_vertrouwelijkheid_levels_are_ordered():
    assert [v.api_value for v in Vertrouwelijkheid] == [
        "openbaar",
        "beperkt_openbaar",
        "intern",
        "zaakvertrouwelijk",
        "vertrouwelijk",
        "confidentieel",
        "geheim",
        "zeer_geheim",
    ]
