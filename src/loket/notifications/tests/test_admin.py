import pytest
from django.contrib.admin.models import LogEntry

from loket.notifications.delivery import run_once
from loket.notifications.errors import PermanentFailure
from loket.notifications.facade import enqueue, send_to_resident
from loket.notifications.models import Delivery

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(client, django_user_model):
    user = django_user_model.objects.create_superuser(
        "platform", "p@example.org", "wachtwoord-lang-genoeg", role="platform_operator"
    )
    client.force_login(user)
    return user


@pytest.fixture
def failed(test_channel, utrecht):
    test_channel.script["https://ontvanger.example/hook"] = [PermanentFailure("HTTP 410"), None]
    enqueue(
        kind="test",
        payload={"targets": ["https://ontvanger.example/hook"]},
        municipality_id=utrecht.pk,
    )
    run_once(worker="w", threads=1)
    return Delivery.objects.get()


def test_operators_see_deliveries_with_status_attempts_and_error(client, operator, failed):
    page = client.get("/beheer/notifications/delivery/?status__exact=failed&transport=test")
    assert page.status_code == 200
    html = page.content.decode()
    assert "https://ontvanger.example/hook" in html and "HTTP 410" in html
    assert (
        client.get(
            f"/beheer/notifications/delivery/?message__municipality__id__exact={failed.message.municipality_id}"
        ).status_code
        == 200
    )
    assert (
        client.get(f"/beheer/notifications/outboxmessage/{failed.message.pk}/change/").status_code
        == 200
    )


def test_payloads_are_shown_without_bsn_or_email(client, operator):
    send_to_resident(
        bsn="999993653", subject="Onderwerp", body="Tekst", email="inwoner@example.org"
    )
    from loket.notifications.models import OutboxMessage

    html = client.get(
        f"/beheer/notifications/outboxmessage/{OutboxMessage.objects.get().pk}/change/"
    ).content.decode()
    assert "Onderwerp" in html and "999993653" not in html and "inwoner@example.org" not in html


def test_resend_puts_a_failed_delivery_back_and_is_logged(client, operator, failed, test_channel):
    response = client.post(
        "/beheer/notifications/delivery/",
        {"action": "resend", "_selected_action": [failed.pk]},
        follow=True,
    )
    assert response.status_code == 200
    failed.refresh_from_db()
    assert (failed.status, failed.attempts, failed.last_error) == ("pending", 0, "")
    assert LogEntry.objects.filter(
        object_id=str(failed.pk), change_message="Opnieuw versturen", user=operator
    ).exists()
    run_once(worker="w", threads=1)
    failed.refresh_from_db()
    assert failed.status == "delivered"


def test_resend_leaves_delivered_ones_alone(client, operator, test_channel):
    enqueue(kind="test", payload={"targets": ["ok"]})
    run_once(worker="w", threads=1)
    delivered = Delivery.objects.get()
    client.post(
        "/beheer/notifications/delivery/", {"action": "resend", "_selected_action": [delivered.pk]}
    )
    delivered.refresh_from_db()
    assert delivered.status == "delivered" and not LogEntry.objects.exists()


def test_municipal_staff_do_not_see_the_outbox(client, django_user_model, utrecht, failed):
    user = django_user_model.objects.create_user(
        "beheerder",
        municipality=utrecht,
        role="functional_administrator",
        is_staff=True,
        is_superuser=True,
    )
    client.force_login(user)
    assert client.get("/beheer/notifications/delivery/").status_code in (302, 403)  # the admin is not theirs
    client.post(
        "/beheer/notifications/delivery/", {"action": "resend", "_selected_action": [failed.pk]}
    )
    failed.refresh_from_db()
    assert failed.status == "failed"
