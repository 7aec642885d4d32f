"""End to end: ZGW writes become notifications that reach the right subscribers, and only them."""

import datetime

import pytest
from django.conf import settings

from loket.components.catalogi import editing
from loket.components.catalogi.models import StatusType
from loket.components.conftest import zaak_body
from loket.components.notificaties import services
from loket.components.notificaties.matching import filters_match
from loket.notifications.models import Delivery, OutboxMessage

from .conftest import deliver_all

ROOT = "/notificaties/api/v1"


def subscribe(api, callback, kanaal="zaken", filters=None, auth="Bearer abonnee-geheim"):
    body = {
        "callbackUrl": callback,
        "auth": auth,
        "kanalen": [{"naam": kanaal, "filters": filters or {}}],
    }
    response = api.post(f"{ROOT}/abonnement", body)
    assert response.status_code == 201, response.content
    return response.json()


def test_zaak_and_status_reach_the_subscriber_of_that_municipality_only(
    zgw, nrc_client, receiver, utrecht, amersfoort
):
    zaaktype = zgw.zaaktype(utrecht)
    rsin = zaaktype.catalogus.rsin
    subscribe(nrc_client([utrecht]), receiver.url("/utrecht"), filters={"bronorganisatie": rsin})
    subscribe(
        nrc_client([utrecht]),
        receiver.url("/andere-bron"),
        filters={"bronorganisatie": "111222333"},
    )
    subscribe(
        nrc_client([amersfoort]), receiver.url("/amersfoort"), filters={"bronorganisatie": "*"}
    )
    deliver_all()  # the catalogi and autorisaties notifications of the set-up
    receiver.received.clear()

    zaken = zgw.client([utrecht], zaaktypen=[zaaktype])
    zaak = zaken.post("/zaken/api/v1/zaken", zaak_body(zaaktype)).json()
    statustype = StatusType.all_municipalities.filter(zaaktype=zaaktype).order_by("volgnummer")[0]
    status = zaken.post(
        "/zaken/api/v1/statussen",
        {
            "zaak": zaak["url"],
            "statustype": f"http://testserver/catalogi/api/v1/statustypen/{statustype.uuid}",
            "datumStatusGezet": "2026-03-02T10:00:00Z",
        },
    )
    assert status.status_code == 201, status.content
    assert deliver_all() == 2

    base = settings.LOKET_BASE_URL
    zaak_url = zaak["url"].replace("http://testserver", base)
    kenmerken = {
        "bronorganisatie": rsin,
        "zaaktype": f"{base}/catalogi/api/v1/zaaktypen/{zaaktype.uuid}",
        "vertrouwelijkheidaanduiding": "openbaar",
    }
    received = receiver.at("/utrecht")
    assert [r["auth"] for r in received] == ["Bearer abonnee-geheim"] * 2
    bodies = [r["body"] for r in received]
    for body in bodies:
        assert set(body) == {
            "kanaal",
            "hoofdObject",
            "resource",
            "resourceUrl",
            "actie",
            "aanmaakdatum",
            "kenmerken",
        }
        datetime.datetime.fromisoformat(body["aanmaakdatum"])
    assert [(b["kanaal"], b["resource"], b["actie"], b["hoofdObject"]) for b in bodies] == [
        ("zaken", "zaak", "create", zaak_url),
        ("zaken", "status", "create", zaak_url),
    ]
    assert bodies[0]["resourceUrl"] == zaak_url
    assert bodies[1]["resourceUrl"] == status.json()["url"].replace("http://testserver", base)
    assert all(b["kenmerken"] == kenmerken for b in bodies)
    # Filters on another bronorganisatie, and Amersfoort's subscriber: nothing.
    assert receiver.at("/andere-bron") == [] and receiver.at("/amersfoort") == []
    assert set(Delivery.objects.values_list("status", flat=True)) == {"delivered"}


def test_a_subscriber_of_utrecht_never_receives_an_amersfoort_zaak(
    zgw, nrc_client, receiver, utrecht, amersfoort
):
    subscribe(nrc_client([utrecht]), receiver.url("/utrecht"))  # no filters: everything of Utrecht
    subscribe(nrc_client([amersfoort]), receiver.url("/amersfoort"))
    zaaktype = zgw.zaaktype(amersfoort)
    api = zgw.client([amersfoort], zaaktypen=[zaaktype])
    assert api.post("/zaken/api/v1/zaken", zaak_body(zaaktype)).status_code == 201
    deliver_all()
    assert [r["body"]["resource"] for r in receiver.at("/amersfoort")] == ["zaak"]
    assert receiver.at("/utrecht") == []


def test_every_audited_zaak_change_notifies_once_with_the_zaak_as_hoofdobject(zgw, utrecht):
    from loket.components.zaken.models import AuditTrail
    from loket.components.zaken.tests.conftest import full_zaak

    zaak = full_zaak(zgw.zaaktype(utrecht))
    trail = AuditTrail.all_municipalities.filter(zaak=zaak).order_by("pk")
    sent = OutboxMessage.objects.filter(payload__kanaal="zaken").order_by("pk")
    assert [(m.payload["resource"], m.payload["actie"]) for m in sent] == [
        (row.resource, row.actie) for row in trail
    ]
    assert {m.payload["hoofdObject"] for m in sent} == {
        f"{settings.LOKET_BASE_URL}/zaken/api/v1/zaken/{zaak.uuid}"
    }
    assert {m.municipality_id for m in sent} == {utrecht.pk}


def test_catalogi_publish_sends_a_zaaktypen_notification(zgw, nrc_client, receiver, utrecht):
    subscribe(
        nrc_client([utrecht]),
        receiver.url("/zaaktypen"),
        kanaal="zaaktypen",
        filters={"catalogus": "*"},
    )
    zaaktype = zgw.zaaktype(utrecht, publish=False)
    editing.publish(zaaktype)
    deliver_all()
    base = settings.LOKET_BASE_URL
    bodies = [r["body"] for r in receiver.at("/zaaktypen")]
    assert [(b["resource"], b["actie"]) for b in bodies] == [
        ("zaaktype", "create"),
        ("zaaktype", "publish"),
    ]
    assert bodies[1]["resourceUrl"] == f"{base}/catalogi/api/v1/zaaktypen/{zaaktype.uuid}"
    assert bodies[1]["kenmerken"] == {
        "catalogus": f"{base}/catalogi/api/v1/catalogussen/{zaaktype.catalogus.uuid}"
    }


def test_autorisaties_changes_are_notified(nrc_client, utrecht):
    api = nrc_client([utrecht])
    sent = OutboxMessage.objects.filter(payload__kanaal="autorisaties")
    assert {(m.payload["resource"], m.municipality_id) for m in sent} == {
        ("applicatie", utrecht.pk)
    }
    assert {m.payload["hoofdObject"] for m in sent} == {
        f"{settings.LOKET_BASE_URL}/autorisaties/api/v1/applicaties/{api.applicatie.uuid}"
    }


@pytest.mark.parametrize(
    ("status", "outcome"),
    [
        (204, "delivered"),
        (404, "failed"),
        (401, "failed"),
        (429, "pending"),
        (408, "pending"),
        (503, "pending"),
    ],
)
def test_what_the_callback_answers_decides_retry_or_failure(
    nrc_client, receiver, utrecht, status, outcome
):
    subscribe(nrc_client([utrecht]), receiver.url("/cb"), kanaal="autorisaties")
    receiver.status = status
    services.publish(
        {
            "kanaal": "autorisaties",
            "hoofdObject": "https://ac.example/applicaties/1",
            "resource": "applicatie",
            "resourceUrl": "https://ac.example/applicaties/1",
            "actie": "update",
            "aanmaakdatum": "2026-11-23T12:00:00Z",
            "kenmerken": {},
        },
        municipality_id=utrecht.pk,
    )
    deliver_all()
    delivery = Delivery.objects.get(
        message__payload__hoofdObject="https://ac.example/applicaties/1"
    )
    assert (delivery.status, delivery.last_status_code) == (outcome, status)
    assert "abonnee-geheim" not in delivery.last_error


def test_a_callback_that_now_points_inside_is_refused_at_delivery(
    nrc_client, receiver, utrecht, settings
):
    subscribe(nrc_client([utrecht]), receiver.url("/cb"), kanaal="autorisaties")
    settings.LOKET_NOTIFICATIONS_ALLOW_PRIVATE_TARGETS = False  # as in production
    nrc_client([utrecht])  # a new applicatie: an autorisaties notification for Utrecht
    deliver_all()
    assert receiver.received == []
    assert Delivery.objects.filter(status="failed").exists()


@pytest.mark.parametrize(
    ("filters", "kenmerken", "matches"),
    [
        ({}, {"bronorganisatie": "1"}, True),
        ({"bronorganisatie": "*"}, {"bronorganisatie": "1"}, True),
        ({"bronorganisatie": "1"}, {"bronorganisatie": "1"}, True),
        ({"bronorganisatie": "2"}, {"bronorganisatie": "1"}, False),
        (
            {"bronorganisatie": "1", "zaaktype": "z"},
            {"bronorganisatie": "1", "zaaktype": "y"},
            False,
        ),
    ],
)
def test_filters(filters, kenmerken, matches):
    assert filters_match(filters, kenmerken) is matches
