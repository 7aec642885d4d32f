"""Besluiten API 1.1: /besluiten with the brc rules, as an API client sees them."""

import datetime

import pytest
from django.utils import timezone

from loket.components import facade
from loket.components.autorisaties.services import add_autorisatie
from loket.components.besluiten import scopes as S
from loket.components.besluiten.models import Besluit, BesluitAuditTrail
from loket.components.catalogi.models import ResultaatType
from loket.components.common import scopes as ZS
from loket.components.common.constants import Component, Vertrouwelijkheid
from loket.components.conftest import valid_rsin
from loket.components.zaken import services as zaken

from .conftest import (
    BESLUITEN,
    besluit_body,
    besluit_url,
    besluiten_client,
    make_besluit,
    make_besluittype,
    type_url,
    zaak_url,
)

LIST = f"{BESLUITEN}/besluiten"


def params(response) -> dict:
    return {p["name"]: p["code"] for p in response.json()["invalidParams"]}


def test_create_read_and_list_a_besluit_of_a_zaak(zgw, utrecht, setting):
    zaaktype, besluittype, zaak = setting
    api = besluiten_client(zgw, [utrecht], [besluittype])

    response = api.post(LIST, besluit_body(besluittype, zaak=zaak_url(zaak)))

    assert response.status_code == 201, response.content
    body = response.json()
    assert response["Location"] == body["url"]
    assert response["API-version"] == "1.1.0"
    assert body["identificatie"].startswith("BESLUIT-2026-")
    assert len(body["identificatie"]) == len("BESLUIT-2026-0000000001")
    assert body["zaak"] == zaak_url(zaak)
    assert body["besluittype"] == type_url(besluittype)
    assert body["vervaldatum"] is None and body["vervalreden"] == ""
    assert set(body) == {
        "url", "identificatie", "verantwoordelijkeOrganisatie", "besluittype", "zaak", "datum",
        "toelichting", "bestuursorgaan", "ingangsdatum", "vervaldatum", "vervalreden",
        "vervalredenWeergave", "publicatiedatum", "verzenddatum", "uiterlijkeReactiedatum",
    }  # fmt: skip
    assert api.get(body["url"]).json() == body
    listed = api.get(LIST).json()
    assert listed["count"] == 1 and listed["results"] == [body]


def test_a_besluit_without_zaak_has_an_empty_zaak(zgw, utrecht, setting):
    _, besluittype, _ = setting
    api = besluiten_client(zgw, [utrecht], [besluittype])
    response = api.post(LIST, besluit_body(besluittype, zaak=""))
    assert response.status_code == 201, response.content
    assert response.json()["zaak"] == ""


def test_list_filters_and_unknown_parameters(zgw, utrecht, setting):
    zaaktype, besluittype, zaak = setting
    with_zaak = make_besluit(besluittype, zaak, identificatie="B-1")
    make_besluit(besluittype, identificatie="B-2")
    api = besluiten_client(zgw, [utrecht], [besluittype])

    def identificaties(**query):
        response = api.get(LIST, query)
        assert response.status_code == 200, response.content
        return [item["identificatie"] for item in response.json()["results"]]

    assert identificaties() == ["B-2", "B-1"]
    assert identificaties(zaak=zaak_url(zaak)) == ["B-1"]
    assert identificaties(identificatie="B-2") == ["B-2"]
    assert identificaties(besluittype=type_url(besluittype)) == ["B-2", "B-1"]
    assert identificaties(verantwoordelijkeOrganisatie="000000000") == []
    assert with_zaak.zaakbesluit_uuid is not None

    response = api.get(LIST, {"besluitype": "x"})
    assert response.status_code == 400
    assert params(response) == {"besluitype": "unknown-parameters"}


def test_identificatie_is_generated_and_unique_per_organisation(zgw, utrecht, setting):
    """brc-002"""
    _, besluittype, _ = setting
    api = besluiten_client(zgw, [utrecht], [besluittype])
    first = api.post(LIST, besluit_body(besluittype)).json()["identificatie"]
    second = api.post(LIST, besluit_body(besluittype)).json()["identificatie"]
    assert first != second

    taken = api.post(LIST, besluit_body(besluittype, identificatie=first))
    assert taken.status_code == 400
    assert params(taken) == {"identificatie": "identificatie-niet-uniek"}
    assert Besluit.all_municipalities.count() == 2


def test_besluittype_must_exist_be_ours_and_be_published(zgw, utrecht, amersfoort, setting):
    """brc-001"""
    zaaktype, besluittype, _ = setting
    concept = make_besluittype(zaaktype, publish=False, omschrijving="Concept")
    other = make_besluittype(zgw.zaaktype(amersfoort))
    api = besluiten_client(zgw, [utrecht], [besluittype, concept])

    for url, code in [
        (type_url(concept), "not-published"),
        (type_url(other), "bad-url"),
        ("http://testserver/catalogi/api/v1/zaaktypen/" + str(zaaktype.uuid), "bad-url"),
    ]:
        response = api.post(LIST, {**besluit_body(besluittype), "besluittype": url})
        assert response.status_code == 400, url
        assert params(response) == {"besluittype": code}
    assert not Besluit.all_municipalities.exists()


def test_besluittype_cannot_change(zgw, utrecht, setting):
    """brc-001 (update) and brc-002 (identificatie, verantwoordelijkeOrganisatie)."""
    zaaktype, besluittype, _ = setting
    second = make_besluittype(zaaktype, omschrijving="Vergunning geweigerd")
    besluit = make_besluit(besluittype)
    api = besluiten_client(zgw, [utrecht], [besluittype, second])

    response = api.patch(besluit_url(besluit), {"besluittype": type_url(second)})
    assert response.status_code == 400
    assert params(response) == {"besluittype": "wijzigen-niet-toegelaten"}
    response = api.patch(besluit_url(besluit), {"identificatie": "ANDERS"})
    assert params(response) == {"identificatie": "wijzigen-niet-toegelaten"}
    response = api.patch(
        besluit_url(besluit), {"verantwoordelijkeOrganisatie": valid_rsin(2 * 10**8)}
    )
    assert params(response) == {"verantwoordelijkeOrganisatie": "wijzigen-niet-toegelaten"}
    # The same values are no change.
    same = api.patch(
        besluit_url(besluit),
        {"identificatie": besluit.identificatie, "besluittype": type_url(besluittype)},
    )
    assert same.status_code == 200, same.content


def test_besluittype_must_belong_to_the_zaaktype_of_the_zaak(zgw, utrecht, setting):
    """brc-007"""
    zaaktype, besluittype, zaak = setting
    other_zaaktype = zgw.zaaktype(utrecht)
    not_allowed = make_besluittype(other_zaaktype, omschrijving="Subsidie")
    api = besluiten_client(zgw, [utrecht], [besluittype, not_allowed])

    response = api.post(LIST, besluit_body(not_allowed, zaak=zaak_url(zaak)))
    assert response.status_code == 400
    assert params(response) == {"nonFieldErrors": "zaaktype-mismatch"}

    besluit = make_besluit(not_allowed)
    response = api.patch(besluit_url(besluit), {"zaak": zaak_url(zaak)})
    assert params(response) == {"nonFieldErrors": "zaaktype-mismatch"}


def test_zaak_of_another_municipality_is_a_bad_url(zgw, utrecht, amersfoort, setting):
    _, besluittype, _ = setting
    elsewhere = zgw.zaaktype(amersfoort)
    zaak = zaken.create_zaak(zaaktype=elsewhere, bronorganisatie=elsewhere.catalogus.rsin)
    api = besluiten_client(zgw, [utrecht], [besluittype])
    response = api.post(LIST, besluit_body(besluittype, zaak=zaak_url(zaak)))
    assert response.status_code == 400
    assert params(response) == {"zaak": "bad-url"}


def test_dates(zgw, utrecht, setting):
    _, besluittype, _ = setting
    api = besluiten_client(zgw, [utrecht], [besluittype])
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()

    response = api.post(LIST, besluit_body(besluittype, datum=tomorrow))
    assert params(response) == {"datum": "future_not_allowed"}

    response = api.post(
        LIST,
        besluit_body(
            besluittype,
            vervaldatum="2026-03-01",
            verzenddatum="2026-02-01",
            publicatiedatum="2026-02-02",
            uiterlijkeReactiedatum="2026-01-01",
        ),
    )
    assert params(response) == {
        "vervaldatum": "vervaldatum-voor-ingangsdatum",
        "verzenddatum": "voor-besluitdatum",
        "publicatiedatum": "voor-besluitdatum",
        "uiterlijkeReactiedatum": "voor-besluitdatum",
    }
    response = api.post(
        LIST,
        besluit_body(
            besluittype,
            vervaldatum="2027-03-02",
            vervalreden="tijdelijk",
            verzenddatum="2026-03-01",
        ),
    )
    assert response.status_code == 201, response.content
    assert response.json()["vervalredenWeergave"] == "Besluit met tijdelijke werking"
    assert not Besluit.all_municipalities.filter(vervaldatum="2026-03-01").exists()


def test_uiterlijke_reactiedatum_follows_from_the_reactietermijn(zgw, utrecht, setting):
    zaaktype, _, _ = setting
    besluittype = make_besluittype(zaaktype, reactietermijn=datetime.timedelta(weeks=6))
    api = besluiten_client(zgw, [utrecht], [besluittype])
    body = api.post(LIST, besluit_body(besluittype)).json()
    assert body["uiterlijkeReactiedatum"] == "2026-04-12"
    given = api.post(LIST, besluit_body(besluittype, uiterlijkeReactiedatum="2026-05-01")).json()
    assert given["uiterlijkeReactiedatum"] == "2026-05-01"


@pytest.mark.parametrize(
    ("rsin", "codes"),
    [("1234567", {"invalid", "min_length"}), ("123456789", {"invalid"}), ("", {"blank"})],
)
def test_verantwoordelijke_organisatie_is_an_rsin(zgw, utrecht, setting, rsin, codes):
    _, besluittype, _ = setting
    api = besluiten_client(zgw, [utrecht], [besluittype])
    response = api.post(LIST, besluit_body(besluittype, verantwoordelijkeOrganisatie=rsin))
    assert response.status_code == 400
    found = {
        p["code"]
        for p in response.json()["invalidParams"]
        if p["name"] == "verantwoordelijkeOrganisatie"
    }
    assert found == codes


def test_update_and_partial_update(zgw, utrecht, setting):
    _, besluittype, zaak = setting
    besluit = make_besluit(besluittype, zaak)
    api = besluiten_client(zgw, [utrecht], [besluittype])

    response = api.put(
        besluit_url(besluit),
        besluit_body(
            besluittype,
            identificatie=besluit.identificatie,
            zaak=zaak_url(zaak),
            toelichting="Aangepast",
            bestuursorgaan="College van B&W",
        ),
    )
    assert response.status_code == 200, response.content
    assert response.json()["toelichting"] == "Aangepast"
    response = api.patch(besluit_url(besluit), {"zaak": ""})
    assert response.status_code == 200
    assert response.json()["zaak"] == ""
    besluit.refresh_from_db()
    assert besluit.bestuursorgaan == "College van B&W"
    assert besluit.zaak_id is None and besluit.zaakbesluit_uuid is None


def test_delete_removes_the_besluit_and_its_trail(zgw, utrecht, setting):
    """brc-009"""
    _, besluittype, zaak = setting
    api = besluiten_client(zgw, [utrecht], [besluittype])
    url = api.post(LIST, besluit_body(besluittype, zaak=zaak_url(zaak))).json()["url"]
    api.patch(url, {"toelichting": "Nog iets"})

    assert api.delete(url).status_code == 204
    assert api.get(url).status_code == 404
    assert not Besluit.all_municipalities.exists()
    rows = list(BesluitAuditTrail.all_municipalities.values_list("actie", "besluit_id", "oud"))
    assert rows == [("destroy", None, None)]


def test_audit_trail_of_a_besluit(zgw, utrecht, setting):
    _, besluittype, _ = setting
    api = besluiten_client(zgw, [utrecht], [besluittype])
    url = api.post(LIST, besluit_body(besluittype), HTTP_X_AUDIT_TOELICHTING="Raadsbesluit").json()[
        "url"
    ]
    api.patch(url, {"toelichting": "Anders"})

    response = api.get(f"{url}/audittrail")
    assert response.status_code == 200
    trail = response.json()
    assert [row["actie"] for row in trail] == ["create", "partial_update"]
    first = trail[0]
    assert first["bron"] == "brc"
    assert first["hoofdObject"] == url and first["resourceUrl"] == url
    assert first["resource"] == "besluit" and first["resultaat"] == 201
    assert first["toelichting"] == "Raadsbesluit"
    assert first["applicatieWeergave"] == api.applicatie.label
    assert first["gebruikersWeergave"] == "M. de Vries"
    assert trail[1]["wijzigingen"]["oud"]["toelichting"] == "Vergunning verleend."
    assert trail[1]["wijzigingen"]["nieuw"]["toelichting"] == "Anders"
    detail = api.get(f"{url}/audittrail/{first['uuid']}")
    assert detail.json() == first

    reader = besluiten_client(zgw, [utrecht], [besluittype], scopes=("besluiten.lezen",))
    assert reader.get(f"{url}/audittrail").status_code == 403


def test_closed_zaak_needs_geforceerd_bijwerken(zgw, utrecht, setting):
    """As Open Zaak: a besluit of a closed zaak changes only with zaken.geforceerd-bijwerken."""
    zaaktype, besluittype, zaak = setting
    besluit = make_besluit(besluittype, zaak)
    facade.close(zaak, ResultaatType.all_municipalities.filter(zaaktype=zaaktype).first())

    plain = besluiten_client(zgw, [utrecht], [besluittype])
    response = plain.post(LIST, besluit_body(besluittype, zaak=zaak_url(zaak)))
    assert response.status_code == 403
    assert response.json()["code"] == "zaak-closed"
    assert plain.patch(besluit_url(besluit), {"toelichting": "x"}).status_code == 403
    assert plain.delete(besluit_url(besluit)).status_code == 403
    assert Besluit.all_municipalities.count() == 1

    forced = besluiten_client(
        zgw,
        [utrecht],
        [besluittype],
        zaaktypen=[zaaktype],
        scopes=(S.BESLUITEN_AANMAKEN, S.BESLUITEN_BIJWERKEN),
    )
    add_autorisatie(
        forced.applicatie,
        component=Component.ZRC,
        scopes=[ZS.ZAKEN_GEFORCEERD_BIJWERKEN],
        zaaktype=zaaktype,
        max_vertrouwelijkheidaanduiding=Vertrouwelijkheid.ZEER_GEHEIM,
    )
    response = forced.post(LIST, besluit_body(besluittype, zaak=zaak_url(zaak)))
    assert response.status_code == 201, response.content
    assert forced.patch(besluit_url(besluit), {"toelichting": "x"}).status_code == 200
