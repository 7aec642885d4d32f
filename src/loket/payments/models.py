"""Orders, their payment attempts (with an audit row per status change) and their fulfilment."""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from loket.tenancy.models import Municipality

from .constants import FulfilmentStatus, OrderStatus, PaymentStatus

_EXEMPT = (
    "Payment providers call the webhook without a municipality and the fulfilment worker serves "
    "every municipality at once; the column records whose order it is, and every read on behalf "
    "of a resident goes through the facade, which checks it."
)


class Order(models.Model):
    """Something a resident pays for. `kind` names the fulfiller that makes what was paid for."""

    tenancy_exempt_reason = _EXEMPT

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    municipality = models.ForeignKey(Municipality, on_delete=models.PROTECT, related_name="+", verbose_name=_("gemeente"))
    bsn = models.CharField(_("BSN van wie betaalt"), max_length=9, db_index=True)
    kind = models.CharField(_("soort"), max_length=80)
    description = models.CharField(_("omschrijving"), max_length=200)
    amount_cents = models.PositiveIntegerField(_("bedrag in centen"))
    currency = models.CharField(_("valuta"), max_length=3, default="EUR")
    details = models.JSONField(_("gegevens voor het uitvoeren"), default=dict, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=OrderStatus.choices, default=OrderStatus.UNPAID)
    created_at = models.DateTimeField(_("aangemaakt"), default=timezone.now)
    paid_at = models.DateTimeField(_("betaald op"), null=True, blank=True)

    class Meta:
        verbose_name = _("bestelling")
        verbose_name_plural = _("bestellingen")

    def __str__(self) -> str:
        return f"{self.description} ({self.uuid})"

    @property
    def amount(self) -> str:
        return f"{self.amount_cents // 100},{self.amount_cents % 100:02d}"


class Payment(models.Model):
    """One attempt to pay an order at a provider. A failed attempt may be followed by another."""

    tenancy_exempt_reason = _EXEMPT

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    order = models.ForeignKey(Order, on_delete=models.PROTECT, related_name="payments")
    provider = models.CharField(_("aanbieder"), max_length=40)
    provider_id = models.CharField(_("kenmerk bij de aanbieder"), max_length=100, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=PaymentStatus.choices, default=PaymentStatus.OPEN)
    checkout_url = models.URLField(_("betaalpagina"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("aangemaakt"), default=timezone.now)
    updated_at = models.DateTimeField(_("bijgewerkt"), default=timezone.now)

    class Meta:
        verbose_name = _("betaling")
        verbose_name_plural = _("betalingen")
        constraints = [
            models.UniqueConstraint(
                fields=["provider", "provider_id"], name="one_payment_per_provider_id", condition=~models.Q(provider_id="")
            )
        ]
        indexes = [models.Index(fields=["status", "created_at"], name="payment_status_created")]

    def __str__(self) -> str:
        return f"{self.provider} {self.provider_id or self.uuid}"


class PaymentEvent(models.Model):
    """The audit trail: every status change of a payment, and what told us."""

    tenancy_exempt_reason = _EXEMPT

    payment = models.ForeignKey(Payment, on_delete=models.PROTECT, related_name="events")
    old_status = models.CharField(_("oude status"), max_length=10, blank=True)
    new_status = models.CharField(_("nieuwe status"), max_length=10)
    source = models.CharField(_("bron"), max_length=20)  # start, webhook, poll, return
    at = models.DateTimeField(_("tijdstip"), default=timezone.now)

    class Meta:
        verbose_name = _("betaalgebeurtenis")
        verbose_name_plural = _("betaalgebeurtenissen")
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.old_status or '-'} → {self.new_status} ({self.source})"


class Fulfilment(models.Model):
    """Made in the same transaction that marks the order paid; claimed with a lease, like the outbox.

    A worker that dies mid-way keeps its claim only until `claimed_until`; the fulfiller runs in
    one transaction with the `done` mark, so a crash leaves nothing half made and the next claim
    makes it once.
    """

    tenancy_exempt_reason = _EXEMPT

    order = models.OneToOneField(Order, on_delete=models.PROTECT, related_name="fulfilment")
    status = models.CharField(_("status"), max_length=10, choices=FulfilmentStatus.choices, default=FulfilmentStatus.PENDING)
    attempts = models.PositiveIntegerField(_("pogingen"), default=0)
    next_attempt_at = models.DateTimeField(_("volgende poging"), default=timezone.now)
    claimed_until = models.DateTimeField(_("geclaimd tot"), null=True, blank=True)
    claimed_by = models.CharField(_("geclaimd door"), max_length=100, blank=True)
    claim_token = models.UUIDField(null=True, blank=True, editable=False)
    last_error = models.CharField(_("laatste fout"), max_length=500, blank=True)
    result = models.JSONField(_("resultaat"), default=dict, blank=True)
    done_at = models.DateTimeField(_("klaar op"), null=True, blank=True)

    class Meta:
        verbose_name = _("uitvoering")
        verbose_name_plural = _("uitvoeringen")
        indexes = [
            models.Index(fields=["next_attempt_at"], name="fulfilment_pending", condition=models.Q(status="pending")),
            models.Index(fields=["claimed_until"], name="fulfilment_running", condition=models.Q(status="running")),
        ]

    def __str__(self) -> str:
        return f"{self.order_id}: {self.status}"


class DevelopmentPayment(models.Model):
    """The development provider's own 'bank': a payment the tester marks paid, failed or cancelled.

    DEVELOPMENT ONLY. Production refuses to start with the development provider (checks.py).
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    description = models.CharField(max_length=200)
    amount_cents = models.PositiveIntegerField()
    status = models.CharField(max_length=10, choices=PaymentStatus.choices, default=PaymentStatus.OPEN)
    return_url = models.CharField(max_length=1000)
    webhook_url = models.CharField(max_length=1000, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("testbetaling (ontwikkeling)")
        verbose_name_plural = _("testbetalingen (ontwikkeling)")

    def __str__(self) -> str:
        return f"{self.description} ({self.status})"
