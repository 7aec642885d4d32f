"""Zaakeigenschappen, zaakobjecten, zaakinformatieobjecten, klantcontacten, zaakcontactmomenten,
zaakverzoeken, the audit trail endpoints and the rol identification filters, as a client sees them."""

import datetime

import pytest
from django.utils import timezone

from loket.components.catalogi.models import StatusType
from loket.components.common import scopes as S
from loket.components.zaken import services
from loket.components.zaken.models import (
    AuditTrail,
    KlantContact,
    ZaakEigenschap,
    ZaakInformatieObject,
    ZaakObject,
    ZaakVerzoek,
)

from .conftest import add_eigenschap, document_url, first, full_zaak

API = "/zaken/api/v1"
ALL_SCOPES = (
    S.ZAKEN_LEZEN,
    S.ZAKEN_AANMAKEN,
    S.ZAKEN_BIJWERKEN,
    S.ZAKEN_VERWIJDEREN,
    S.ZAKEN_STATUSSEN_TOEVOEGEN,
    S.AUDITTRAILS_LEZEN,
)


def invalid(response) -> dict[str, str]:
    assert response.status_code == 400, response.content
    return {p["name"]: p["code"] for p in response.json()["invalidParams"]}


@pytest.fixture
def setup(zgw, utrecht):
    zaaktype = zgw.zaaktype(utrecht)
    api = zgw.client([utrecht], zaaktypen=[zaaktype], scopes=ALL_SCOPES)
    zaak = services.create_zaak(zaaktype=zaaktype, bronorganisatie=zaaktype.catalogus.rsin)
    return zaaktype, api, zaak, f"http://testserver{API}/zaken/{zaak.uuid}"


def trail(zaak, resource):
    return list(
        AuditTrail.all_municipalities.filter(zaak=zaak, resource=resource).values_list(
            "actie", flat=True
        )
    )


def test_zaakeigenschappen_nested_under_the_zaak(setup):
    zaaktype, api, zaak, zaak_url = setup
    kenteken = add_eigenschap(zaaktype)
    datum = add_eigenschap(zaaktype, naam="meldingsdatum", formaat="datum", lengte="8")
    eigenschap_url = f"http://testserver/catalogi/api/v1/eigenschappen/{kenteken.uuid}"
    nested = f"{API}/zaken/{zaak.uuid}/zaakeigenschappen"

    created = api.post(nested, {"zaak": zaak_url, "eigenschap": eigenschap_url, "waarde": "AB12"})
    assert created.status_code == 201, created.content
    data = created.json()
    assert data["naam"] == "kenteken" and data["url"].startswith(f"http://testserver{nested}/")
    assert api.get(nested).json() == [data]
    assert api.get(f"{API}/zaken/{zaak.uuid}").json()["eigenschappen"] == [data["url"]]

    # The value must fit the eigenschap's specificatie.
    too_long = api.post(nested, {"eigenschap": eigenschap_url, "waarde": "X" * 9})
    assert invalid(too_long) == {"waarde": "waarde-incorrect-format"}
    datum_url = f"http://testserver/catalogi/api/v1/eigenschappen/{datum.uuid}"
    assert invalid(api.post(nested, {"eigenschap": datum_url, "waarde": "1-3-2026"})) == {
        "waarde": "waarde-incorrect-format"
    }
    assert api.post(nested, {"eigenschap": datum_url, "waarde": "20260301"}).status_code == 201

    detail = data["url"].replace("http://testserver", "")
    changed = api.patch(detail, {"waarde": "CD34"})
    assert changed.status_code == 200 and changed.json()["waarde"] == "CD34"
    assert api.delete(detail).status_code == 204
    assert api.get(detail).status_code == 404
    assert trail(zaak, "zaakeigenschap") == ["create", "create", "partial_update", "destroy"]
    # Each row answers with the write's HTTP status and the nested URL of the zaakeigenschap.
    rows = AuditTrail.all_municipalities.filter(zaak=zaak, resource="zaakeigenschap")
    assert [row.resultaat for row in rows.order_by("pk")] == [201, 201, 200, 204]
    destroyed = rows.get(actie="destroy")
    assert destroyed.resource_url == detail and destroyed.resource_weergave == data["uuid"]
    assert destroyed.oud["waarde"] == "CD34" and destroyed.nieuw is None


def test_zaakeigenschap_of_another_zaaktype_is_rejected(setup, zgw, utrecht):
    zaaktype, api, zaak, zaak_url = setup
    elders = add_eigenschap(zgw.zaaktype(utrecht))
    response = api.post(
        f"{API}/zaken/{zaak.uuid}/zaakeigenschappen",
        {
            "eigenschap": f"http://testserver/catalogi/api/v1/eigenschappen/{elders.uuid}",
            "waarde": "x",
        },
    )
    assert invalid(response) == {"eigenschap": "zaaktype-mismatch"}


def test_zaakobjecten(setup):
    zaaktype, api, zaak, zaak_url = setup
    body = {
        "zaak": zaak_url,
        "objectType": "pand",
        "object": "https://bag.example/api/panden/0344100000012345",
        "relatieomschrijving": "Het pand waar de melding over gaat",
    }
    created = api.post(f"{API}/zaakobjecten", body)
    assert created.status_code == 201, created.content
    data = created.json()
    assert api.get(f"{API}/zaken/{zaak.uuid}").json()["zaakobjecten"] == [data["url"]]
    assert api.get(f"{API}/zaakobjecten", {"objectType": "pand"}).json()["count"] == 1
    assert api.get(f"{API}/zaakobjecten", {"objectType": "adres"}).json()["count"] == 0
    assert api.get(f"{API}/zaakobjecten", {"object": body["object"]}).json()["count"] == 1

    assert invalid(api.post(f"{API}/zaakobjecten", {"zaak": zaak_url, "objectType": "pand"})) == {
        "nonFieldErrors": "invalid-zaakobject"
    }
    overige = {"zaak": zaak_url, "objectType": "overige", "object": body["object"]}
    assert invalid(api.post(f"{API}/zaakobjecten", overige)) == {
        "objectTypeOverige": "missing-object-type-overige"
    }
    by_identificatie = api.post(
        f"{API}/zaakobjecten",
        {"zaak": zaak_url, "objectType": "adres", "objectIdentificatie": {"identificatie": "1"}},
    )
    assert by_identificatie.status_code == 201
    assert by_identificatie.json()["objectIdentificatie"] == {"identificatie": "1"}

    detail = data["url"].replace("http://testserver", "")
    assert (
        api.patch(detail, {"relatieomschrijving": "Nieuw"}).json()["relatieomschrijving"] == "Nieuw"
    )
    assert invalid(api.patch(detail, {"objectType": "adres"})) == {
        "objectType": "wijzigen-niet-toegelaten"
    }
    assert api.delete(detail).status_code == 204
    assert trail(zaak, "zaakobject") == ["create", "create", "partial_update", "destroy"]


def test_zaakinformatieobjecten(setup):
    zaaktype, api, zaak, zaak_url = setup
    document = document_url(zaaktype)
    created = api.post(
        f"{API}/zaakinformatieobjecten",
        {"zaak": zaak_url, "informatieobject": document, "titel": "Foto van de stoep"},
    )
    assert created.status_code == 201, created.content
    data = created.json()
    assert data["aardRelatieWeergave"] == "Hoort bij, omgekeerd: kent"
    assert data["registratiedatum"]
    assert api.get(f"{API}/zaakinformatieobjecten", {"zaak": zaak_url}).json() == [data]
    assert api.get(f"{API}/zaken/{zaak.uuid}").json()["zaakinformatieobjecten"] == [data["url"]]

    # Unique per zaak; the URL must be a document in a Documenten API.
    again = api.post(
        f"{API}/zaakinformatieobjecten", {"zaak": zaak_url, "informatieobject": document}
    )
    assert invalid(again) == {"nonFieldErrors": "unique"}
    for bad in ("https://documenten.example/zaken/1", "ftp://x/enkelvoudiginformatieobjecten/1"):
        response = api.post(
            f"{API}/zaakinformatieobjecten", {"zaak": zaak_url, "informatieobject": bad}
        )
        assert invalid(response) == {"informatieobject": "bad-url"}

    # zrc-004: the relation itself never changes.
    detail = data["url"].replace("http://testserver", "")
    assert invalid(api.patch(detail, {"informatieobject": document_url(zaaktype)})) == {
        "informatieobject": "wijzigen-niet-toegelaten"
    }
    other = services.create_zaak(zaaktype=zaaktype, bronorganisatie=zaaktype.catalogus.rsin)
    assert invalid(api.patch(detail, {"zaak": f"http://testserver{API}/zaken/{other.uuid}"})) == {
        "zaak": "wijzigen-niet-toegelaten"
    }
    assert api.patch(detail, {"titel": "Nieuwe titel"}).json()["titel"] == "Nieuwe titel"
    assert api.delete(detail).status_code == 204
    assert not ZaakInformatieObject.all_municipalities.exists()
    assert trail(zaak, "zaakinformatieobject") == ["create", "partial_update", "destroy"]


def test_klantcontacten_contactmomenten_and_verzoeken(setup):
    zaaktype, api, zaak, zaak_url = setup
    created = api.post(
        f"{API}/klantcontacten",
        {"zaak": zaak_url, "datumtijd": "2026-03-01T10:00:00Z", "kanaal": "telefoon"},
    )
    assert created.status_code == 201, created.content
    assert created.json()["identificatie"].startswith("KC-")
    future = (timezone.now() + datetime.timedelta(days=1)).isoformat()
    assert invalid(api.post(f"{API}/klantcontacten", {"zaak": zaak_url, "datumtijd": future})) == {
        "datumtijd": "date-in-future"
    }
    assert api.get(f"{API}/klantcontacten", {"zaak": zaak_url}).json()["count"] == 1
    klantcontact_url = created.json()["url"]
    assert api.delete(klantcontact_url).status_code == 405  # the standard has no delete
    assert api.get(f"{API}/klantcontacten", {"zaak": zaak_url}).json()["count"] == 1

    for collection, field in (
        ("zaakcontactmomenten", "contactmoment"),
        ("zaakverzoeken", "verzoek"),
    ):
        body = {"zaak": zaak_url, field: f"https://elders.example/{collection}/1"}
        made = api.post(f"{API}/{collection}", body)
        assert made.status_code == 201, made.content
        assert invalid(api.post(f"{API}/{collection}", body)) == {"nonFieldErrors": "unique"}
        assert api.get(f"{API}/{collection}", {field: body[field]}).json() == [made.json()]
        assert api.delete(made.json()["url"].replace("http://testserver", "")).status_code == 204
        assert api.get(f"{API}/{collection}").json() == []
    assert trail(zaak, "klantcontact") == ["create"]
    assert trail(zaak, "zaakverzoek") == ["create", "destroy"]


def test_closed_zaak_objects_change_only_when_forced(zgw, utrecht):
    zaaktype = zgw.zaaktype(utrecht)
    api = zgw.client([utrecht], zaaktypen=[zaaktype], scopes=ALL_SCOPES)
    zaak = full_zaak(zaaktype)
    eind = first(StatusType, zaaktype, volgnummer=3)
    services.set_status(zaak, statustype=eind)
    body = {
        "zaak": f"http://testserver{API}/zaken/{zaak.uuid}",
        "objectType": "pand",
        "object": "https://bag.example/p/1",
    }
    assert api.post(f"{API}/zaakobjecten", body).status_code == 403
    forced = zgw.client(
        [utrecht], zaaktypen=[zaaktype], scopes=(S.ZAKEN_GEFORCEERD_BIJWERKEN, S.ZAKEN_LEZEN)
    )
    assert forced.post(f"{API}/zaakobjecten", body).status_code == 201


def test_audittrail_endpoints(zgw, utrecht):
    zaaktype = zgw.zaaktype(utrecht)
    zaak = full_zaak(zaaktype)
    api = zgw.client([utrecht], zaaktypen=[zaaktype], scopes=ALL_SCOPES)
    listed = api.get(f"{API}/zaken/{zaak.uuid}/audittrail")
    assert listed.status_code == 200
    rows = listed.json()
    assert [r["resource"] for r in rows][:2] == ["zaak", "status"]
    assert {r["resource"] for r in rows} >= {"zaakeigenschap", "zaakobject", "zaakinformatieobject"}
    first_row = rows[0]
    assert first_row["bron"] == "zrc" and first_row["actie"] == "create"
    assert first_row["resultaat"] == 201 and first_row["resourceWeergave"] == zaak.identificatie
    assert first_row["resourceUrl"] == first_row["hoofdObject"]
    assert first_row["hoofdObject"] == f"http://testserver{API}/zaken/{zaak.uuid}"
    assert first_row["wijzigingen"]["nieuw"]["identificatie"] == zaak.identificatie
    detail = api.get(f"{API}/zaken/{zaak.uuid}/audittrail/{first_row['uuid']}")
    assert detail.json() == first_row
    # Without audittrails.lezen: 403, even with zaken.lezen.
    reader = zgw.client([utrecht], zaaktypen=[zaaktype], scopes=(S.ZAKEN_LEZEN,))
    assert reader.get(f"{API}/zaken/{zaak.uuid}/audittrail").status_code == 403


@pytest.mark.parametrize(
    ("betrokkene_type", "identificatie", "filter_name", "value"),
    [
        ("natuurlijk_persoon", {"anpIdentificatie": "ANP-7"}, "natuurlijkPersoon__anpIdentificatie", "ANP-7"),
        ("natuurlijk_persoon", {"inpA_nummer": "1234567890"}, "natuurlijkPersoon__inpA_nummer", "1234567890"),
        ("niet_natuurlijk_persoon", {"innNnpId": "123456789"}, "nietNatuurlijkPersoon__innNnpId", "123456789"),
        ("niet_natuurlijk_persoon", {"annIdentificatie": "ANN-1"}, "nietNatuurlijkPersoon__annIdentificatie", "ANN-1"),
        ("vestiging", {"vestigingsNummer": "000012345678"}, "vestiging__vestigingsNummer", "000012345678"),
        ("medewerker", {"identificatie": "mw-42"}, "medewerker__identificatie", "mw-42"),
        ("organisatorische_eenheid", {"identificatie": "OE-9"}, "organisatorischeEenheid__identificatie", "OE-9"),
    ],
)  # fmt: skip
def test_rol_identification_filters(setup, betrokkene_type, identificatie, filter_name, value):
    zaaktype, api, zaak, zaak_url = setup
    other = services.create_zaak(zaaktype=zaaktype, bronorganisatie=zaaktype.catalogus.rsin)
    roltype = f"http://testserver/catalogi/api/v1/roltypen/{zaaktype.roltypen(manager='all_municipalities').first().uuid}"
    response = api.post(
        f"{API}/rollen",
        {
            "zaak": zaak_url,
            "betrokkeneType": betrokkene_type,
            "roltype": roltype,
            "roltoelichting": "",
            "betrokkeneIdentificatie": identificatie,
        },
    )
    assert response.status_code == 201, response.content
    # A rol of another kind with the same value in its identification does not match.
    services.add_rol(
        other,
        roltype=zaaktype.roltypen(manager="all_municipalities").first(),
        betrokkene_type="medewerker" if betrokkene_type != "medewerker" else "vestiging",
        betrokkene_identificatie={key: value for key in ("identificatie", "vestigingsNummer")},
    )
    name = f"betrokkeneIdentificatie__{filter_name}"
    zaken = api.get(f"{API}/zaken", {f"rol__{name}": value}).json()
    assert [z["uuid"] for z in zaken["results"]] == [str(zaak.uuid)]
    rollen = api.get(f"{API}/rollen", {name: value}).json()
    assert rollen["count"] == 1 and rollen["results"][0]["zaak"] == zaak_url
    assert api.get(f"{API}/rollen", {name: "9" * len(value)}).json()["count"] == 0


def test_deleting_a_zaak_removes_everything_under_it(zgw, utrecht):
    """zrc-023: no soft deletes; only a bare record of the deletion stays."""
    zaaktype = zgw.zaaktype(utrecht)
    zaak = full_zaak(zaaktype)
    api = zgw.client([utrecht], zaaktypen=[zaaktype], scopes=ALL_SCOPES)
    assert api.delete(f"{API}/zaken/{zaak.uuid}").status_code == 204
    for model in (ZaakInformatieObject, ZaakEigenschap, ZaakObject, KlantContact, ZaakVerzoek):
        assert not model.all_municipalities.exists(), model
    assert list(AuditTrail.all_municipalities.values_list("actie", "oud")) == [("destroy", None)]
