"""The outbox's own routers and transports: residents' inbox and e-mail, and plain webhooks."""

import re
import smtplib

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from .errors import PermanentFailure, TemporaryFailure
from .http import post_json
from .models import Delivery, InboxMessage, OutboxMessage

INBOX = "inbox"
EMAIL = "email"
WEBHOOK = "webhook"

_NINE_DIGITS = re.compile(r"(?<!\d)\d{9}(?!\d)")


def route_resident(message: OutboxMessage) -> list[tuple[str, str]]:
    routes = [(INBOX, "inwoner")]
    if message.payload.get("email"):
        routes.append((EMAIL, "inwoner"))
    return routes


def deliver_to_inbox(delivery: Delivery, message: OutboxMessage) -> None:
    if InboxMessage.objects.filter(delivery=delivery).exists():
        return  # sent before, by a worker whose lease ran out: one delivery, one inbox row
    payload = message.payload
    try:
        with transaction.atomic():
            InboxMessage.objects.create(
                delivery=delivery,
                bsn=payload["bsn"],
                municipality_id=message.municipality_id,
                subject=payload["subject"][:200],
                body=payload["body"],
                zaak_url=payload.get("zaak_url", ""),
                link_url=payload.get("link_url", ""),
                created_at=message.created_at,
            )
    except IntegrityError:
        if not InboxMessage.objects.filter(delivery=delivery).exists():
            raise
    except KeyError as exc:
        raise PermanentFailure(f"Bericht mist veld '{exc.args[0]}'") from None


def email_text(message: OutboxMessage) -> tuple[str, str]:
    """Subject and plain text of the e-mail notice. It says that there is a message, not what is in it."""
    sender = message.municipality.name if message.municipality_id else ""
    topic = _NINE_DIGITS.sub("…", message.payload.get("subject", ""))
    inbox_url = settings.LOKET_BASE_URL + settings.LOKET_RESIDENT_INBOX_PATH
    intro = (
        _("Er staat een nieuw bericht van de gemeente %(sender)s voor u klaar in Mijn Loket.")
        % {"sender": sender}
        if sender
        else _("Er staat een nieuw bericht voor u klaar in Mijn Loket.")
    )
    body = "\n\n".join(
        [
            _("Beste inwoner,"),
            intro,
            _("Onderwerp: %(topic)s") % {"topic": topic},
            _("Lees het bericht na het inloggen met DigiD op:") + "\n" + inbox_url,
            _("Dit is een automatisch bericht. U kunt niet op deze e-mail antwoorden."),
            _("Met vriendelijke groet,") + "\nLoket",
        ]
    )
    return _("U heeft een nieuw bericht in Mijn Loket"), body + "\n"


def deliver_email(delivery: Delivery, message: OutboxMessage) -> None:
    address = message.payload.get("email", "")
    if not address:
        raise PermanentFailure("Geen e-mailadres")
    subject, body = email_text(message)
    try:
        send_mail(subject, body, None, [address], fail_silently=False)
    except smtplib.SMTPRecipientsRefused:
        raise PermanentFailure("E-mailadres geweigerd door de mailserver") from None
    except (smtplib.SMTPException, OSError) as exc:
        raise TemporaryFailure(f"Mailserver niet bereikbaar ({type(exc).__name__})") from None


def route_webhook(message: OutboxMessage) -> list[tuple[str, str]]:
    return [(WEBHOOK, message.payload["url"])]


def deliver_webhook(delivery: Delivery, message: OutboxMessage) -> int:
    return post_json(delivery.target, message.payload.get("body", {}))
