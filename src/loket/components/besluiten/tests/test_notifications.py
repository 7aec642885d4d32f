"""Every write on a besluit queues one notification on kanaal "besluiten" (contract 1)."""

from django.test import override_settings

from loket.notifications.models import OutboxMessage

from .conftest import BESLUITEN, besluit_body, besluiten_client, type_url

BASE = "https://loket.example"


@override_settings(LOKET_BASE_URL=BASE)
def test_create_update_and_delete_are_notified(zgw, utrecht, setting):
    _, besluittype, _ = setting
    api = besluiten_client(zgw, [utrecht], [besluittype])
    OutboxMessage.objects.all().delete()

    url = api.post(f"{BESLUITEN}/besluiten", besluit_body(besluittype)).json()["url"]
    api.patch(url, {"toelichting": "Anders"})
    api.delete(url)

    messages = list(OutboxMessage.objects.filter(kind="zgw").order_by("pk"))
    assert [m.payload["actie"] for m in messages] == ["create", "partial_update", "destroy"]
    first = messages[0]
    path = url.removeprefix("http://testserver")
    assert first.municipality_id == utrecht.pk
    assert first.payload["kanaal"] == "besluiten"
    assert first.payload["resource"] == "besluit"
    assert first.payload["hoofdObject"] == BASE + path
    assert first.payload["resourceUrl"] == BASE + path
    assert first.payload["kenmerken"] == {
        "verantwoordelijkeOrganisatie": besluittype.catalogus.rsin,
        "besluittype": type_url(besluittype).replace("http://testserver", BASE),
    }
