"""Write services for operators."""

from django.db import transaction
from django.utils import timezone

from .delivery import ROUTER_TRANSPORT
from .models import Delivery, OutboxMessage


def resend(deliveries) -> int:
    """Put failed deliveries back in the queue with a fresh retry horizon. Returns how many.

    A failed routing (no or a broken router) is retried by expanding the message again.
    """
    now = timezone.now()
    with transaction.atomic():
        failed = Delivery.objects.filter(
            pk__in=[d.pk for d in deliveries], status=Delivery.Status.FAILED
        )
        routing = list(
            failed.filter(transport=ROUTER_TRANSPORT).values_list("message_id", flat=True)
        )
        count = failed.exclude(transport=ROUTER_TRANSPORT).update(
            status=Delivery.Status.PENDING,
            attempts=0,
            next_attempt_at=now,
            retry_started_at=now,
            last_error="",
            claimed_until=None,
            claim_token=None,
        )
        if routing:
            Delivery.objects.filter(message_id__in=routing, transport=ROUTER_TRANSPORT).delete()
            OutboxMessage.objects.filter(pk__in=routing).update(expanded_at=None)
    return count + len(routing)
