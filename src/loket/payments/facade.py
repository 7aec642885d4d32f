"""What modules use of payments.

- `create_order(...)`: something the resident will pay for; `kind` names your fulfiller.
- `register_fulfiller(kind, func)`: in your app's ready(); `func(order)` makes what was paid for
  (e.g. a document) inside the platform's transaction and returns a small dict to remember. It
  runs exactly once per paid order, never for an unpaid one, retried after a failure or a crash.
- `checkout_url(order, return_url=...)`: start a payment; send the resident there.
- `order_of_resident(bsn, uuid, municipality)`: one order, only the resident's own in that
  municipality (else None: answer 404).
- `settle(order, worker=...)`: on the return page: ask the provider (in case the webhook is
  late) and, if paid, make the thing now. Returns the order's `OrderState`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .constants import FINAL_UNPAID, FulfilmentStatus, OrderStatus, PaymentStatus
from .fulfilment import fulfil_order, register_fulfiller
from .models import Fulfilment, Order
from .providers.base import ProviderError
from .services import AlreadyPaid, NoProvider, create_order, refresh_order, start_payment

__all__ = [
    "AlreadyPaid",
    "NoProvider",
    "Order",
    "OrderState",
    "ProviderError",
    "checkout_url",
    "create_order",
    "order_of_resident",
    "order_state",
    "register_fulfiller",
    "settle",
]


@dataclass(frozen=True)
class OrderState:
    paid: bool
    failed: bool  # the last attempt failed, was cancelled or expired: the resident may try again
    waiting: bool  # a payment is under way
    fulfilled: bool
    result: dict


def checkout_url(order: Order, *, return_url: str) -> str:
    return start_payment(order, return_url=return_url).checkout_url


def order_of_resident(bsn: str, uuid, municipality) -> Order | None:
    try:
        return Order.objects.filter(bsn=bsn, uuid=uuid, municipality=municipality).first()
    except (ValueError, TypeError):
        return None


def order_state(order: Order) -> OrderState:
    last = order.payments.order_by("-created_at", "-pk").first()
    fulfilment = Fulfilment.objects.filter(order=order).first()
    paid = order.status == OrderStatus.PAID
    return OrderState(
        paid=paid,
        failed=not paid and last is not None and last.status in FINAL_UNPAID,
        waiting=not paid and last is not None and last.status in (PaymentStatus.OPEN, PaymentStatus.PENDING),
        fulfilled=fulfilment is not None and fulfilment.status == FulfilmentStatus.DONE,
        result=fulfilment.result if fulfilment is not None else {},
    )


def settle(order: Order, *, worker: str = "return-page") -> OrderState:
    if order.status != OrderStatus.PAID:
        refresh_order(order, source="return")
    if order.status == OrderStatus.PAID:
        fulfil_order(order, worker=worker)
    return order_state(order)
