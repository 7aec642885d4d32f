import uuid

import pytest
from django.core import mail

from loket.notifications import facade
from loket.notifications.delivery import claim, expand_pending, record, run_once, send_all
from loket.notifications.models import Delivery, InboxMessage

pytestmark = pytest.mark.django_db

BSN = "999993653"


def send(**extra):
    facade.send_to_resident(
        bsn=BSN,
        subject="Uw aanvraag is ontvangen",
        body="Wij nemen uw aanvraag in behandeling.",
        **extra,
    )
    run_once(worker="w", threads=1)


def test_a_message_lands_in_the_residents_inbox(utrecht):
    send(municipality_id=utrecht.pk, zaak_url="/zaken/api/v1/zaken/1", link_url="/mijn-loket/")
    [message] = facade.inbox_of(BSN)
    assert (message.subject, message.municipality, message.zaak_url, message.read_at) == (
        "Uw aanvraag is ontvangen",
        utrecht,
        "/zaken/api/v1/zaken/1",
        None,
    )
    assert list(Delivery.objects.values_list("transport", "status")) == [("inbox", "delivered")]
    assert mail.outbox == []  # no address, no e-mail


def test_the_same_delivery_sent_twice_makes_one_inbox_message():
    facade.send_to_resident(bsn=BSN, subject="Onderwerp", body="Tekst")
    expand_pending()
    first = claim(worker="w", limit=10)
    record(send_all(first))
    Delivery.objects.update(
        status="pending", claim_token=None
    )  # as if the worker died before recording
    record(send_all(claim(worker="w", limit=10)))
    assert InboxMessage.objects.count() == 1


def test_inbox_order_ownership_and_reading():
    send()
    facade.send_to_resident(bsn=BSN, subject="Tweede", body="…")
    facade.send_to_resident(bsn="999990019", subject="Van iemand anders", body="…")
    run_once(worker="w", threads=1)
    mine = list(facade.inbox_of(BSN))
    assert [m.subject for m in mine] == ["Tweede", "Uw aanvraag is ontvangen"]
    other = InboxMessage.objects.get(bsn="999990019")
    assert facade.inbox_message(BSN, other.uuid) is None
    assert facade.inbox_message(BSN, "geen-uuid") is None
    assert facade.inbox_message(BSN, uuid.uuid4()) is None
    assert facade.unread_count(BSN) == 2
    message = facade.inbox_message(BSN, str(mine[0].uuid))
    facade.mark_read(message)
    facade.mark_read(message)
    assert message.read_at is not None and facade.unread_count(BSN) == 1


def test_an_email_notice_is_sent_without_bsn_or_the_message_text(utrecht, settings):
    settings.LOKET_BASE_URL = "https://loket.example"
    facade.send_to_resident(
        bsn=BSN,
        subject=f"Besluit op uw aanvraag ({BSN})",
        body="Geheime inhoud van het besluit.",
        municipality_id=utrecht.pk,
        email="inwoner@example.org",
    )
    run_once(worker="w", threads=1)
    [email] = mail.outbox
    assert email.to == ["inwoner@example.org"]
    assert email.subject == "U heeft een nieuw bericht in Mijn Loket"
    assert "gemeente Utrecht" in email.body
    assert "https://loket.example/mijn-loket/berichten/" in email.body
    assert "Besluit op uw aanvraag" in email.body
    assert BSN not in email.body and BSN not in email.subject
    assert "Geheime inhoud" not in email.body
    assert sorted(Delivery.objects.values_list("transport", "status")) == [
        ("email", "delivered"),
        ("inbox", "delivered"),
    ]


def test_a_refused_address_fails_the_email_but_not_the_inbox(monkeypatch):
    import smtplib

    def refuse(*args, **kwargs):
        raise smtplib.SMTPRecipientsRefused({"x@example.org": (550, b"no")})

    monkeypatch.setattr("loket.notifications.transports.send_mail", refuse)
    send(email="x@example.org")
    statuses = dict(Delivery.objects.values_list("transport", "status"))
    assert statuses == {"inbox": "delivered", "email": "failed"}
    assert "x@example.org" not in Delivery.objects.get(transport="email").last_error


def test_a_mail_server_outage_is_retried(monkeypatch):
    def down(*args, **kwargs):
        raise ConnectionRefusedError(111, "refused")

    monkeypatch.setattr("loket.notifications.transports.send_mail", down)
    send(email="x@example.org")
    email = Delivery.objects.get(transport="email")
    assert email.status == "pending" and email.last_error.startswith("Mailserver niet bereikbaar")
