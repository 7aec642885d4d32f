"""Autorisaties API: applicaties per municipality, rules ac-001..003, an audit row per change."""

import pytest

from loket.components.autorisaties.models import Applicatie, ApplicatieAudit, JWTSecret
from loket.components.autorisaties.services import (
    add_autorisatie,
    create_applicatie,
    set_platform_administration,
    set_secret,
)
from loket.components.common.constants import Component
from loket.components.conftest import ApiClient

ROOT = "/autorisaties/api/v1"
APPLICATIES = f"{ROOT}/applicaties"


def admin_client(
    municipalities, *, scopes=("autorisaties.lezen", "autorisaties.bijwerken"), name="beheer"
):
    secret = f"{name}-secret-that-is-long-enough-for-hs256"
    applicatie = create_applicatie(
        label=f"Beheer {name}", municipalities=municipalities, client_id=name, secret=secret
    )
    add_autorisatie(applicatie, component=Component.AC, scopes=scopes)
    return ApiClient(name, secret, applicatie)


def zaaktype_url(zaaktype) -> str:
    return f"http://testserver/catalogi/api/v1/zaaktypen/{zaaktype.uuid}"


def body(zaaktype, **overrides) -> dict:
    data = {
        "clientIds": ["zaaksysteem-utrecht"],
        "label": "Zaaksysteem Utrecht",
        "heeftAlleAutorisaties": False,
        "autorisaties": [
            {
                "component": "zrc",
                "scopes": ["zaken.lezen", "zaken.aanmaken"],
                "zaaktype": zaaktype_url(zaaktype),
                "maxVertrouwelijkheidaanduiding": "zaakvertrouwelijk",
            },
            {"component": "ztc", "scopes": ["catalogi.lezen"]},
        ],
    }
    data.update(overrides)
    return data


@pytest.fixture
def zaaktype(zgw, utrecht):
    return zgw.zaaktype(utrecht)


def test_create_read_update_delete_with_an_audit_row_each(zaaktype, utrecht):
    api = admin_client([utrecht])
    created = api.post(APPLICATIES, body(zaaktype))
    assert created.status_code == 201, created.json()
    data = created.json()
    assert created["API-version"] == "1.0.0"
    assert data["clientIds"] == ["zaaksysteem-utrecht"] and data["gemeenten"] == ["GM0344"]
    assert data["autorisaties"][0] == {
        "component": "zrc",
        "componentWeergave": "Zaken API",
        "scopes": ["zaken.aanmaken", "zaken.lezen"],
        "zaaktype": zaaktype_url(zaaktype),
        "maxVertrouwelijkheidaanduiding": "zaakvertrouwelijk",
    }
    url = data["url"]
    assert api.get(url).json() == data
    found = api.get(f"{APPLICATIES}/consumer", {"clientId": "zaaksysteem-utrecht"})
    assert found.status_code == 200 and found.json()["url"] == url
    assert api.get(APPLICATIES, {"clientIds": "zaaksysteem-utrecht"}).json()["count"] == 1

    patched = api.patch(url, {"label": "Zaaksysteem (nieuw)"})
    assert patched.status_code == 200 and patched.json()["label"] == "Zaaksysteem (nieuw)"
    assert len(patched.json()["autorisaties"]) == 2  # untouched by the PATCH
    replaced = api.put(url, body(zaaktype, heeftAlleAutorisaties=True, autorisaties=[]))
    assert replaced.status_code == 200 and replaced.json()["autorisaties"] == []
    assert api.delete(url).status_code == 204
    assert api.get(url).status_code == 404

    uuid = url.rsplit("/", 1)[1]
    trail = ApplicatieAudit.objects.filter(applicatie_uuid=uuid).order_by("pk")
    assert [t.actie for t in trail] == ["create", "update", "update", "destroy"]
    assert all(
        t.door_client_id == "beheer" and t.door_gebruiker_id == "medewerker-1" for t in trail
    )
    assert trail[1].oud["label"] == "Zaaksysteem Utrecht"
    assert trail[1].nieuw["label"] == "Zaaksysteem (nieuw)"
    assert trail[3].nieuw is None


def test_a_new_client_id_cannot_sign_in_until_it_has_a_secret(zaaktype, utrecht):
    api = admin_client([utrecht])
    api.post(APPLICATIES, body(zaaktype))
    assert JWTSecret.objects.get(identifier="zaaksysteem-utrecht").secret == ""
    set_secret("zaaksysteem-utrecht", "s" * 40)
    secret_rows = ApplicatieAudit.objects.filter(actie="set_secret")
    assert secret_rows.count() == 1 and "s" * 40 not in str(secret_rows[0].nieuw)


def test_rules_ac_001_to_003_and_bad_input(zaaktype, utrecht):
    api = admin_client([utrecht])
    assert api.post(APPLICATIES, body(zaaktype)).status_code == 201

    def invalid(response):
        assert response.status_code == 400, response.content
        assert response["Content-Type"] == "application/problem+json"
        return {(p["name"], p["code"]) for p in response.json()["invalidParams"]}

    # ac-001: the client id is taken (also by the administrator itself)
    assert ("clientIds", "clientId-exists") in invalid(
        api.post(APPLICATIES, body(zaaktype, clientIds=["beheer"]))
    )
    # ac-002: both all and explicit autorisaties / neither
    assert ("nonFieldErrors", "ambiguous-authorizations-specified") in invalid(
        api.post(APPLICATIES, body(zaaktype, clientIds=["x"], heeftAlleAutorisaties=True))
    )
    assert ("nonFieldErrors", "missing-authorizations") in invalid(
        api.post(APPLICATIES, body(zaaktype, clientIds=["x"], autorisaties=[]))
    )
    # ac-003: zaken scopes need zaaktype and maximum vertrouwelijkheid
    errors = invalid(
        api.post(
            APPLICATIES,
            body(
                zaaktype,
                clientIds=["x"],
                autorisaties=[{"component": "zrc", "scopes": ["zaken.lezen"]}],
            ),
        )
    )
    assert errors == {
        ("autorisaties.0.zaaktype", "required"),
        ("autorisaties.0.maxVertrouwelijkheidaanduiding", "required"),
    }
    assert ("autorisaties.0.scopes", "invalid") in invalid(
        api.post(
            APPLICATIES,
            body(
                zaaktype,
                clientIds=["x"],
                autorisaties=[{"component": "ztc", "scopes": ["zaken.lezen"]}],
            ),
        )
    )
    assert ("label", "required") in invalid(api.post(APPLICATIES, {"clientIds": ["y"]}))
    assert Applicatie.objects.filter(secrets__identifier__in=["x", "y"]).count() == 0


def test_an_administrator_sees_and_assigns_only_its_own_municipalities(
    zgw, zaaktype, utrecht, amersfoort
):
    amersfoort_type = zgw.zaaktype(amersfoort)
    utrecht_admin = admin_client([utrecht], name="beheer-utrecht")
    amersfoort_admin = admin_client([amersfoort], name="beheer-amersfoort")
    url = utrecht_admin.post(APPLICATIES, body(zaaktype)).json()["url"]

    assert amersfoort_admin.get(url).status_code == 404
    assert amersfoort_admin.patch(url, {"label": "Overgenomen"}).status_code == 404
    assert amersfoort_admin.delete(url).status_code == 404
    assert (
        amersfoort_admin.get(
            f"{APPLICATIES}/consumer", {"clientId": "zaaksysteem-utrecht"}
        ).status_code
        == 404
    )
    listed = [a["label"] for a in amersfoort_admin.get(APPLICATIES).json()["results"]]
    assert listed == ["Beheer beheer-amersfoort"]

    # another municipality's zaaktype is as unknown as a zaaktype that does not exist
    response = utrecht_admin.post(
        APPLICATIES,
        body(
            zaaktype,
            clientIds=["z"],
            autorisaties=[
                {
                    "component": "zrc",
                    "scopes": ["zaken.lezen"],
                    "zaaktype": zaaktype_url(amersfoort_type),
                    "maxVertrouwelijkheidaanduiding": "openbaar",
                }
            ],
        ),
    )
    assert response.json()["invalidParams"][0]["code"] == "bad-url"
    response = utrecht_admin.post(
        APPLICATIES, body(zaaktype, clientIds=["z"], gemeenten=["GM0307"])
    )
    assert response.json()["invalidParams"][0]["code"] == "not-administered"


def test_the_platform_administration_application_works_across_municipalities(
    zgw, zaaktype, utrecht, amersfoort
):
    platform = admin_client([utrecht], name="landelijk-beheer")
    set_platform_administration(platform.applicatie, True)
    amersfoort_type = zgw.zaaktype(amersfoort)
    response = platform.post(
        APPLICATIES,
        body(
            amersfoort_type,
            clientIds=["amersfoort-zs"],
            label="Zaaksysteem Amersfoort",
            gemeenten=["0307"],
        ),
    )
    assert response.status_code == 201, response.content
    assert response.json()["gemeenten"] == ["GM0307"]
    # the platform must say which municipalities a new applicatie is for
    missing = platform.post(APPLICATIES, body(zaaktype, clientIds=["q"]))
    assert missing.json()["invalidParams"][0]["name"] == "gemeenten"
    assert platform.get(APPLICATIES).json()["count"] == 2


def test_scopes_are_needed(zaaktype, utrecht):
    reader = admin_client([utrecht], scopes=["autorisaties.lezen"], name="lezer")
    assert reader.get(APPLICATIES).status_code == 200
    assert reader.post(APPLICATIES, body(zaaktype)).status_code == 403
    zaken_client = admin_client([utrecht], scopes=[], name="niets")
    assert zaken_client.get(APPLICATIES).status_code == 403
