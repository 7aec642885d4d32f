"""Who sees what under a zaak and through `expand`: zaaktype × the 8 vertrouwelijkheidaanduidingen ×
scope, for every nested resource; another municipality's objects are 404."""

import pytest

from loket.components.common import scopes as S
from loket.components.common.constants import Vertrouwelijkheid
from loket.components.zaken import services
from loket.components.zaken.models import (
    AuditTrail,
    KlantContact,
    Resultaat,
    Rol,
    Status,
    ZaakContactMoment,
    ZaakEigenschap,
    ZaakInformatieObject,
    ZaakObject,
    ZaakVerzoek,
)

from .conftest import full_zaak

API = "/zaken/api/v1"
EXPAND = (
    "status.statustype,rollen.roltype,resultaat,eigenschappen,zaakobjecten,zaakinformatieobjecten"
)
# collection -> (model, paginated)
FLAT = {
    "statussen": (Status, True),
    "rollen": (Rol, True),
    "resultaten": (Resultaat, True),
    "zaakobjecten": (ZaakObject, True),
    "zaakinformatieobjecten": (ZaakInformatieObject, False),
    "klantcontacten": (KlantContact, True),
    "zaakcontactmomenten": (ZaakContactMoment, False),
    "zaakverzoeken": (ZaakVerzoek, False),
}
SCOPE_SETS = {
    "lezen+audittrails": (S.ZAKEN_LEZEN, S.AUDITTRAILS_LEZEN),
    "lezen": (S.ZAKEN_LEZEN,),
    "audittrails": (S.AUDITTRAILS_LEZEN,),
    "aanmaken": (S.ZAKEN_AANMAKEN,),
}


@pytest.fixture
def world(zgw, utrecht):
    """Two zaaktypen in Utrecht; a zaak with one of everything under it, of each type at every level."""
    authorised, other = zgw.zaaktype(utrecht), zgw.zaaktype(utrecht)
    zaken = {
        (zaaktype.pk, level): full_zaak(zaaktype, vertrouwelijkheidaanduiding=level)
        for zaaktype in (authorised, other)
        for level in Vertrouwelijkheid
    }
    return authorised, other, zaken


def _zaak_uuid(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[1]


def _results(response):
    body = response.json()
    return body["results"] if isinstance(body, dict) else body


def _objects_of(zaak) -> dict[str, list[str]]:
    """Detail paths of everything under the zaak."""
    paths = {
        name: [
            f"{API}/{name}/{u}"
            for u in model.all_municipalities.filter(zaak=zaak).values_list("uuid", flat=True)
        ]
        for name, (model, _) in FLAT.items()
    }
    paths["zaakeigenschappen"] = [
        f"{API}/zaken/{zaak.uuid}/zaakeigenschappen/{u}"
        for u in ZaakEigenschap.all_municipalities.filter(zaak=zaak).values_list("uuid", flat=True)
    ]
    paths["audittrail"] = [
        f"{API}/zaken/{zaak.uuid}/audittrail/{u}"
        for u in AuditTrail.all_municipalities.filter(zaak=zaak).values_list("uuid", flat=True)[:2]
    ]
    return paths


@pytest.mark.parametrize("maximum", list(Vertrouwelijkheid), ids=lambda v: v.api_value)
@pytest.mark.parametrize("scope_set", list(SCOPE_SETS))
def test_matrix_nested_resources_and_expand(zgw, utrecht, world, maximum, scope_set):
    authorised, other, zaken = world
    scopes = SCOPE_SETS[scope_set]
    api = zgw.client(
        [utrecht], zaaktypen=[authorised], scopes=scopes, max_vertrouwelijkheid=maximum
    )
    visible = {
        (zaaktype_id, level)
        for (zaaktype_id, level) in zaken
        if zaaktype_id == authorised.pk and level <= maximum
    }
    can_read = S.ZAKEN_LEZEN in scopes
    can_audit = S.AUDITTRAILS_LEZEN in scopes
    expected = {str(zaken[key].uuid) for key in visible} if can_read else set()

    # Lists of every flat resource: only objects of zaken the client may read.
    for collection, (_, paginated) in FLAT.items():
        response = api.get(f"{API}/{collection}")
        if not can_read:
            assert response.status_code == 403, collection
            continue
        seen = {_zaak_uuid(item["zaak"]) for item in _results(response)}
        assert seen == expected, (collection, maximum)
        assert isinstance(response.json(), dict) == paginated

    # Zaken list, _zoek and detail with expand: the expanded objects belong to readable zaken only.
    for response in (
        api.get(f"{API}/zaken", {"expand": EXPAND}),
        api.post(f"{API}/zaken/_zoek", {"expand": EXPAND}),
    ):
        if not can_read:
            assert response.status_code == 403
            continue
        results = response.json()["results"]
        assert {z["uuid"] for z in results} == expected
        for zaak in results:
            expanded = zaak["_expand"]
            for name in ("rollen", "eigenschappen", "zaakobjecten", "zaakinformatieobjecten"):
                assert len(expanded[name]) == 1, name
                assert {_zaak_uuid(item["zaak"]) for item in expanded[name]} == {zaak["uuid"]}
            assert _zaak_uuid(expanded["status"]["zaak"]) == zaak["uuid"]
            assert (
                expanded["status"]["_expand"]["statustype"]["url"]
                == expanded["status"]["statustype"]
            )
            assert _zaak_uuid(expanded["resultaat"]["zaak"]) == zaak["uuid"]

    for key, zaak in zaken.items():
        readable = str(zaak.uuid) in expected
        detail = api.get(f"{API}/zaken/{zaak.uuid}", {"expand": EXPAND})
        assert detail.status_code == (200 if readable else 403), (key, detail.content)
        if readable:
            assert _zaak_uuid(detail.json()["_expand"]["status"]["zaak"]) == str(zaak.uuid)
        nested = api.get(f"{API}/zaken/{zaak.uuid}/zaakeigenschappen")
        assert nested.status_code == (200 if readable else 403), key
        auditable = can_audit and key in visible
        trail = api.get(f"{API}/zaken/{zaak.uuid}/audittrail")
        assert trail.status_code == (200 if auditable else 403), key
        for name, paths in _objects_of(zaak).items():
            allowed = auditable if name == "audittrail" else readable
            for path in paths:
                response = api.get(path)
                assert response.status_code == (200 if allowed else 403), (
                    name,
                    key,
                    response.content,
                )


@pytest.fixture
def family(zgw, utrecht):
    """Zaken of the authorised type (openbaar) whose hoofdzaak or deelzaken the client may not all read."""
    authorised, other = zgw.zaaktype(utrecht), zgw.zaaktype(utrecht)

    def zaak(zaaktype, level=Vertrouwelijkheid.OPENBAAR, **fields):
        return services.create_zaak(
            zaaktype=zaaktype,
            bronorganisatie=zaaktype.catalogus.rsin,
            vertrouwelijkheidaanduiding=level,
            **fields,
        )

    hoofdzaken = {level: zaak(authorised, level) for level in Vertrouwelijkheid}
    hoofdzaken["other"] = zaak(other)
    children = {key: zaak(authorised, hoofdzaak=h) for key, h in hoofdzaken.items()}
    parent = zaak(authorised, omschrijving="ouder")
    deelzaken = {level: zaak(authorised, level, hoofdzaak=parent) for level in Vertrouwelijkheid}
    deelzaken["other"] = zaak(other, hoofdzaak=parent)
    return authorised, hoofdzaken, children, parent, deelzaken


@pytest.mark.parametrize("maximum", list(Vertrouwelijkheid), ids=lambda v: v.api_value)
def test_expand_leaves_out_related_zaken_the_client_may_not_read(zgw, utrecht, family, maximum):
    authorised, hoofdzaken, children, parent, deelzaken = family
    api = zgw.client(
        [utrecht], zaaktypen=[authorised], scopes=[S.ZAKEN_LEZEN], max_vertrouwelijkheid=maximum
    )

    def readable(key):
        return key != "other" and key <= maximum

    listed = api.get(f"{API}/zaken", {"expand": "hoofdzaak.status,deelzaken.rollen"}).json()[
        "results"
    ]
    by_uuid = {z["uuid"]: z for z in listed}
    for key, child in children.items():
        expanded = by_uuid[str(child.uuid)]["_expand"]
        if readable(key):
            assert expanded["hoofdzaak"]["uuid"] == str(hoofdzaken[key].uuid)
            assert expanded["hoofdzaak"]["_expand"]["status"] == {}  # no status: empty object
        else:
            assert "hoofdzaak" not in expanded, key
        assert expanded["deelzaken"] == []
    expected = [str(d.uuid) for key, d in deelzaken.items() if readable(key)]
    for response in (
        by_uuid[str(parent.uuid)],
        api.get(f"{API}/zaken/{parent.uuid}", {"expand": "deelzaken"}).json(),
        api.post(
            f"{API}/zaken/_zoek", {"uuid__in": [str(parent.uuid)], "expand": ["deelzaken"]}
        ).json()["results"][0],
    ):
        assert sorted(d["uuid"] for d in response["_expand"]["deelzaken"]) == sorted(expected)
        # The URL list itself is the zaak's own data; only the expansion is filtered.
        assert len(response["deelzaken"]) == 9
    # A zaak without hoofdzaak expands it to the standard's empty object.
    assert by_uuid[str(parent.uuid)]["_expand"]["hoofdzaak"] == {}


def test_another_municipality_gets_404_for_every_nested_resource(zgw, utrecht, amersfoort):
    zaaktype = zgw.zaaktype(utrecht)
    zaak = full_zaak(zaaktype)
    elsewhere_type = zgw.zaaktype(amersfoort)
    full_zaak(elsewhere_type)
    api = zgw.client([amersfoort], alles=True)

    assert api.get(f"{API}/zaken/{zaak.uuid}", {"expand": EXPAND}).status_code == 404
    for name, paths in _objects_of(zaak).items():
        assert paths, name
        for path in paths:
            response = api.get(path)
            assert response.status_code == 404, (name, response.content)
            assert response.json()["code"] == "not_found"
    for path in (
        f"{API}/zaken/{zaak.uuid}/zaakeigenschappen",
        f"{API}/zaken/{zaak.uuid}/audittrail",
    ):
        assert api.get(path).status_code == 404
    for collection in FLAT:
        seen = {_zaak_uuid(item["zaak"]) for item in _results(api.get(f"{API}/{collection}"))}
        assert str(zaak.uuid) not in seen and len(seen) == 1, collection
    listed = api.get(f"{API}/zaken", {"expand": "hoofdzaak,deelzaken," + EXPAND}).json()
    assert listed["count"] == 1 and listed["results"][0]["uuid"] != str(zaak.uuid)

    # Writes that refer to the other municipality's zaak: as if it does not exist.
    zaak_url = f"http://testserver{API}/zaken/{zaak.uuid}"
    for collection, body in (
        (
            "zaakobjecten",
            {"zaak": zaak_url, "objectType": "pand", "object": "https://bag.example/p/1"},
        ),
        (
            "zaakinformatieobjecten",
            {
                "zaak": zaak_url,
                "informatieobject": "https://d.example/enkelvoudiginformatieobjecten/1",
            },
        ),
        ("klantcontacten", {"zaak": zaak_url, "datumtijd": "2026-03-01T10:00:00Z"}),
        ("zaakverzoeken", {"zaak": zaak_url, "verzoek": "https://vrc.example/verzoeken/9"}),
    ):
        response = api.post(f"{API}/{collection}", body)
        assert response.status_code == 400, (collection, response.content)
        assert response.json()["invalidParams"][0] == {
            "name": "zaak",
            "code": "bad-url",
            "reason": "De URL verwijst niet naar een bestaand object.",
        }
    for path in _objects_of(zaak)["zaakobjecten"] + _objects_of(zaak)["zaakinformatieobjecten"]:
        assert api.delete(path).status_code == 404
    nested = f"{API}/zaken/{zaak.uuid}/zaakeigenschappen"
    assert api.post(nested, {"eigenschap": "x", "waarde": "y"}).status_code == 404
