"""The Notificaties API: kanalen, abonnementen and publishing, with the standard's error bodies."""

import pytest

from loket.components.notificaties.constants import OWN_KANALEN
from loket.components.notificaties.models import Abonnement, AbonnementAudit
from loket.notifications.models import OutboxMessage

ROOT = "/notificaties/api/v1"
PROBLEM = "application/problem+json"


def invalid(response) -> dict[str, str]:
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == PROBLEM
    body = response.json()
    assert {"type", "code", "title", "status", "detail", "instance", "invalidParams"} <= set(body)
    return {p["name"]: p["code"] for p in body["invalidParams"]}


def abonnement_body(callback="https://ontvanger.example/callback", **overrides):
    body = {
        "callbackUrl": callback,
        "auth": "Bearer geheim-token-123",
        "kanalen": [{"naam": "zaken", "filters": {"bronorganisatie": "123456782"}}],
    }
    body.update(overrides)
    return body


# -- kanalen ----------------------------------------------------------------------------------


def test_our_own_kanalen_exist_on_a_fresh_install(nrc_client, utrecht):
    api = nrc_client([utrecht])
    response = api.get(f"{ROOT}/kanaal")
    assert response.status_code == 200
    assert response["API-version"] == "1.0.0"
    found = {k["naam"]: k["filters"] for k in response.json()}
    assert found == {naam: filters for naam, (filters, _docs) in OWN_KANALEN.items()}
    zaken = api.get(f"{ROOT}/kanaal", {"naam": "zaken"}).json()
    assert [k["naam"] for k in zaken] == ["zaken"]
    detail = api.get(zaken[0]["url"].removeprefix("http://testserver"))
    assert detail.status_code == 200 and detail.json() == zaken[0]


def test_a_publisher_creates_a_kanaal_with_a_unique_name(nrc_client, utrecht):
    api = nrc_client([utrecht], consumeren=False, publiceren=True)
    body = {"naam": "meldingen", "documentatieLink": "https://docs.example/m", "filters": ["wijk"]}
    response = api.post(f"{ROOT}/kanaal", body)
    assert response.status_code == 201, response.content
    assert response.json()["filters"] == ["wijk"]
    assert invalid(api.post(f"{ROOT}/kanaal", body)) == {"naam": "unique"}


def test_a_consumer_cannot_create_a_kanaal_and_a_stranger_cannot_read(nrc_client, zgw, utrecht):
    consumer = nrc_client([utrecht])
    response = consumer.post(f"{ROOT}/kanaal", {"naam": "x"})
    assert response.status_code == 403
    assert response["Content-Type"] == PROBLEM
    assert response.json()["code"] == "permission_denied"
    stranger = zgw.client([utrecht])  # zaken scopes only
    assert stranger.get(f"{ROOT}/kanaal").status_code == 403


def test_unknown_query_parameter_is_refused(nrc_client, utrecht):
    api = nrc_client([utrecht])
    assert invalid(api.get(f"{ROOT}/kanaal", {"soort": "x"})) == {"soort": "unknown-parameters"}


# -- abonnementen -----------------------------------------------------------------------------


def test_create_read_update_delete_an_abonnement(nrc_client, utrecht):
    api = nrc_client([utrecht])
    response = api.post(f"{ROOT}/abonnement", abonnement_body())
    assert response.status_code == 201, response.content
    created = response.json()
    assert "auth" not in created
    assert created["callbackUrl"] == "https://ontvanger.example/callback"
    assert created["kanalen"] == [{"naam": "zaken", "filters": {"bronorganisatie": "123456782"}}]
    path = created["url"].removeprefix("http://testserver")
    stored = Abonnement.objects.get()
    assert stored.auth == "Bearer geheim-token-123"
    assert list(stored.municipalities.all()) == [utrecht] and not stored.alle_gemeenten

    assert api.get(f"{ROOT}/abonnement").json() == [created]

    patched = api.patch(path, {"kanalen": [{"naam": "zaaktypen", "filters": {"catalogus": "*"}}]})
    assert patched.status_code == 200, patched.content
    assert patched.json()["kanalen"] == [{"naam": "zaaktypen", "filters": {"catalogus": "*"}}]
    stored.refresh_from_db()
    assert stored.auth == "Bearer geheim-token-123"  # a PATCH without auth keeps it

    replaced = api.put(path, abonnement_body("https://ander.example/cb", auth="Token nieuw"))
    assert replaced.status_code == 200, replaced.content
    stored.refresh_from_db()
    assert (stored.callback_url, stored.auth) == ("https://ander.example/cb", "Token nieuw")

    assert api.delete(path).status_code == 204
    assert api.get(path).status_code == 404
    actions = list(AbonnementAudit.objects.values_list("actie", flat=True))
    assert actions == ["create", "update", "update", "destroy"]
    for row in AbonnementAudit.objects.all():
        assert "geheim" not in str(row.oud) + str(row.nieuw)
        assert "nieuw" not in str(row.oud) + str(row.nieuw)


def test_auth_and_callback_are_required(nrc_client, utrecht):
    api = nrc_client([utrecht])
    assert invalid(api.post(f"{ROOT}/abonnement", {"kanalen": []})) == {
        "callbackUrl": "required",
        "auth": "required",
    }


@pytest.mark.parametrize(
    ("callback", "code"),
    [
        ("niet-een-url", "invalid"),
        ("ftp://ontvanger.example/callback", "invalid-callback-url"),
        ("https://gebruiker:wachtwoord@ontvanger.example/cb", "invalid-callback-url"),
        ("http://127.0.0.1:8000/callback", "invalid-callback-url"),
        ("http://10.1.2.3/callback", "invalid-callback-url"),
        ("http://169.254.169.254/latest/meta-data", "invalid-callback-url"),
        ("http://[::1]/callback", "invalid-callback-url"),
    ],
)
def test_bad_callback_urls_are_refused_in_production(nrc_client, utrecht, settings, callback, code):
    settings.LOKET_NOTIFICATIONS_ALLOW_PRIVATE_TARGETS = False
    api = nrc_client([utrecht])
    assert invalid(api.post(f"{ROOT}/abonnement", abonnement_body(callback))) == {
        "callbackUrl": code
    }
    assert not Abonnement.objects.exists()


def test_a_changed_callback_is_checked_again(nrc_client, utrecht, settings):
    api = nrc_client([utrecht])
    path = api.post(f"{ROOT}/abonnement", abonnement_body()).json()["url"][
        len("http://testserver") :
    ]
    settings.LOKET_NOTIFICATIONS_ALLOW_PRIVATE_TARGETS = False
    response = api.patch(path, {"callbackUrl": "http://192.168.1.10/cb"})
    assert invalid(response) == {"callbackUrl": "invalid-callback-url"}
    assert Abonnement.objects.get().callback_url == "https://ontvanger.example/callback"


def test_kanalen_and_filters_must_exist(nrc_client, utrecht):
    api = nrc_client([utrecht])
    body = abonnement_body(
        kanalen=[
            {"naam": "bestaat-niet"},
            {"naam": "zaken", "filters": {"kleur": "rood"}},
        ]
    )
    assert invalid(api.post(f"{ROOT}/abonnement", body)) == {
        "kanalen.0.naam": "kanaal_naam",
        "kanalen.1.filters": "inconsistent-abonnement-filters",
    }
    assert not Abonnement.objects.exists()


def test_another_municipalitys_abonnement_is_invisible(nrc_client, utrecht, amersfoort):
    utrecht_api = nrc_client([utrecht])
    amersfoort_api = nrc_client([amersfoort])
    created = amersfoort_api.post(f"{ROOT}/abonnement", abonnement_body()).json()
    path = created["url"].removeprefix("http://testserver")
    assert utrecht_api.get(f"{ROOT}/abonnement").json() == []
    assert utrecht_api.get(path).status_code == 404
    assert utrecht_api.delete(path).status_code == 404
    assert utrecht_api.patch(path, {"auth": "x"}).status_code == 404
    assert amersfoort_api.get(path).status_code == 200


def test_a_platform_application_serving_every_municipality_subscribes_to_all(
    nrc_client, utrecht, amersfoort
):
    from loket.tenancy.models import Municipality

    platform = nrc_client(list(Municipality.objects.all()))
    created = platform.post(f"{ROOT}/abonnement", abonnement_body()).json()
    assert Abonnement.objects.get().alle_gemeenten
    # A municipality's client does not see (or change) a platform-wide abonnement.
    assert nrc_client([utrecht]).get(created["url"]).status_code == 404


# -- notificaties -----------------------------------------------------------------------------


def message(**overrides):
    body = {
        "kanaal": "zaken",
        "hoofdObject": "https://zaken.example/api/v1/zaken/1",
        "resource": "zaak",
        "resourceUrl": "https://zaken.example/api/v1/zaken/1",
        "actie": "create",
        "aanmaakdatum": "2026-11-23T12:00:00Z",
        "kenmerken": {
            "bronorganisatie": "123456782",
            "zaaktype": "https://catalogi.example/zaaktypen/1",
            "vertrouwelijkheidaanduiding": "openbaar",
        },
    }
    body.update(overrides)
    return body


def test_a_publisher_publishes_a_notification(nrc_client, utrecht):
    api = nrc_client([utrecht], consumeren=False, publiceren=True)
    response = api.post(f"{ROOT}/notificaties", message())
    assert response.status_code == 201, response.content
    assert response.json() == message()
    outbox = OutboxMessage.objects.get(payload__kanaal="zaken")
    assert (outbox.kind, outbox.payload, outbox.municipality_id) == ("zgw", message(), utrecht.pk)


def test_publishing_needs_the_scope_and_a_consistent_message(nrc_client, utrecht):
    consumer = nrc_client([utrecht])
    assert consumer.post(f"{ROOT}/notificaties", message()).status_code == 403
    api = nrc_client([utrecht], consumeren=False, publiceren=True)
    assert invalid(api.post(f"{ROOT}/notificaties", message(kanaal="onbekend"))) == {
        "kanaal": "message_kanaal"
    }
    wrong = message(kenmerken={"bronorganisatie": "1", "kleur": "rood"})
    assert invalid(api.post(f"{ROOT}/notificaties", wrong)) == {
        "kenmerken": "kenmerken_inconsistent"
    }
    assert invalid(api.post(f"{ROOT}/notificaties", message(aanmaakdatum="gisteren"))) == {
        "aanmaakdatum": "invalid"
    }
    assert not OutboxMessage.objects.filter(payload__resource="zaak").exists()
