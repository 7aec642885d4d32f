"""What the rest of the platform uses of the outbox and of residents' messages (contract 2).

`enqueue` writes in the caller's transaction; delivery starts after commit (a Celery task, and
the periodic sweep or `loket outbox_worker` as the safety net). Nothing here sends directly.
"""

from uuid import UUID

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from .models import InboxMessage, OutboxMessage

RESIDENT = "resident"


def enqueue(*, kind: str, payload: dict, municipality_id: int | None = None) -> OutboxMessage:
    message = OutboxMessage.objects.create(
        kind=kind, payload=payload, municipality_id=municipality_id
    )
    transaction.on_commit(lambda: _dispatch(message.pk))
    return message


def _dispatch(message_id: int) -> None:
    from .tasks import dispatch

    dispatch(message_id)


def send_to_resident(
    *,
    bsn: str,
    subject: str,
    body: str,
    municipality_id: int | None = None,
    zaak_url: str = "",
    link_url: str = "",
    email: str = "",
) -> None:
    """Put a message in the resident's inbox, and send an e-mail notice when `email` is given."""
    payload = {
        "bsn": bsn,
        "subject": subject,
        "body": body,
        "zaak_url": zaak_url,
        "link_url": link_url,
    }
    if email:
        payload["email"] = email
    enqueue(kind=RESIDENT, payload=payload, municipality_id=municipality_id)


def inbox_of(bsn: str) -> QuerySet[InboxMessage]:
    """The resident's messages, newest first."""
    return (
        InboxMessage.objects.filter(bsn=bsn)
        .select_related("municipality")
        .order_by("-created_at", "-id")
    )


def inbox_message(bsn: str, uuid) -> InboxMessage | None:
    """One message, only if it is this resident's."""
    try:
        key = UUID(str(uuid))
    except ValueError:
        return None
    return inbox_of(bsn).filter(uuid=key).first()


def mark_read(message: InboxMessage) -> None:
    if message.read_at is None:
        now = timezone.now()
        InboxMessage.objects.filter(pk=message.pk, read_at__isnull=True).update(read_at=now)
        message.read_at = now


def unread_count(bsn: str) -> int:
    return InboxMessage.objects.filter(bsn=bsn, read_at__isnull=True).count()
