"""The outbox: messages written in the caller's transaction, and one delivery per destination."""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from loket.tenancy.models import Municipality


class OutboxMessage(models.Model):
    """Something to send, written in the same transaction as the change it reports."""

    tenancy_exempt_reason = (
        "Platform infrastructure: workers deliver for every municipality at once, and platform "
        "messages (and residents' messages from other senders) have no municipality."
    )

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kind = models.CharField(_("soort"), max_length=50, db_index=True)
    payload = models.JSONField(_("inhoud"))
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gemeente"),
    )
    created_at = models.DateTimeField(_("aangemaakt"), default=timezone.now, db_index=True)
    # Set once the router has turned the message into deliveries (idempotent: unique deliveries).
    expanded_at = models.DateTimeField(_("uitgesplitst"), null=True, blank=True)

    class Meta:
        verbose_name = _("uitgaand bericht")
        verbose_name_plural = _("uitgaande berichten")
        ordering = ["-created_at"]
        indexes = [
            models.Index(
                fields=["created_at"],
                name="outbox_unexpanded",
                condition=models.Q(expanded_at__isnull=True),
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.uuid}"


class Delivery(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("wacht")
        DELIVERING = "delivering", _("wordt verstuurd")
        DELIVERED = "delivered", _("afgeleverd")
        FAILED = "failed", _("mislukt")

    message = models.ForeignKey(
        OutboxMessage,
        on_delete=models.CASCADE,
        related_name="deliveries",
        verbose_name=_("bericht"),
    )
    transport = models.CharField(_("kanaal"), max_length=50)
    target = models.CharField(_("bestemming"), max_length=500)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveIntegerField(_("pogingen"), default=0)
    next_attempt_at = models.DateTimeField(_("volgende poging"), default=timezone.now)
    # A worker's claim: while `claimed_until` lies in the future, nobody else sends this delivery.
    claimed_until = models.DateTimeField(_("geclaimd tot"), null=True, blank=True)
    claimed_by = models.CharField(_("geclaimd door"), max_length=100, blank=True)
    claim_token = models.UUIDField(null=True, blank=True, editable=False)
    last_error = models.CharField(_("laatste fout"), max_length=500, blank=True)
    last_status_code = models.PositiveSmallIntegerField(
        _("laatste HTTP-status"), null=True, blank=True
    )
    created_at = models.DateTimeField(_("aangemaakt"), default=timezone.now)
    # The retry horizon counts from here; "Opnieuw versturen" in the admin starts it again.
    retry_started_at = models.DateTimeField(_("pogingen sinds"), default=timezone.now)
    delivered_at = models.DateTimeField(_("afgeleverd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("aflevering")
        verbose_name_plural = _("afleveringen")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["message", "transport", "target"], name="one_delivery_per_target"
            )
        ]
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                name="delivery_pending",
                condition=models.Q(status="pending"),
            ),
            models.Index(
                fields=["claimed_until"],
                name="delivery_claimed",
                condition=models.Q(status="delivering"),
            ),
            models.Index(fields=["claim_token"], name="delivery_claim_token"),
            models.Index(fields=["status", "transport"], name="delivery_status_transport"),
        ]

    def __str__(self) -> str:
        return f"{self.transport} → {self.target}"


class InboxMessage(models.Model):
    """A message in a resident's own inbox (Mijn berichten)."""

    tenancy_exempt_reason = (
        "A resident's inbox follows them across municipalities and also holds messages from "
        "senders that are not a municipality; it is read by BSN, never by active municipality."
    )

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    bsn = models.CharField(_("BSN"), max_length=9, db_index=True)
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("afzender (gemeente)"),
    )
    subject = models.CharField(_("onderwerp"), max_length=200)
    body = models.TextField(_("tekst"))
    zaak_url = models.CharField(_("zaak"), max_length=1000, blank=True)
    link_url = models.CharField(_("link"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("ontvangen"), default=timezone.now)
    read_at = models.DateTimeField(_("gelezen"), null=True, blank=True)
    # The delivery that made this row: a delivery sent twice (at-least-once) stays one message.
    delivery = models.OneToOneField(
        Delivery, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )

    class Meta:
        verbose_name = _("bericht in Mijn berichten")
        verbose_name_plural = _("berichten in Mijn berichten")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["bsn", "-created_at"], name="inbox_of_resident")]

    def __str__(self) -> str:
        return self.subject
