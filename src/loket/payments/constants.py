from django.db import models
from django.utils.translation import gettext_lazy as _


class PaymentStatus(models.TextChoices):
    """The states of one payment attempt, as providers report them (Mollie's names)."""

    OPEN = "open", _("open")
    PENDING = "pending", _("in behandeling")
    PAID = "paid", _("betaald")
    FAILED = "failed", _("mislukt")
    CANCELED = "canceled", _("geannuleerd")
    EXPIRED = "expired", _("verlopen")


FINAL_UNPAID = {PaymentStatus.FAILED, PaymentStatus.CANCELED, PaymentStatus.EXPIRED}


class OrderStatus(models.TextChoices):
    UNPAID = "unpaid", _("nog niet betaald")
    PAID = "paid", _("betaald")


class FulfilmentStatus(models.TextChoices):
    PENDING = "pending", _("wacht")
    RUNNING = "running", _("bezig")
    DONE = "done", _("klaar")
