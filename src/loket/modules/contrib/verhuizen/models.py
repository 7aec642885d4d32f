"""The module's own bookkeeping next to the zaak: what was declared, consents, departures.

The zaak (in the new municipality) is the record the resident and staff see; these rows hold
what the ZGW zaak has no place for. Every query filters on `municipality` (the new one for a
declaration, the old one for a departure): that is the tenant boundary of this module.
"""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class State(models.TextChoices):
    WAITING_FOR_CONSENT = "consent", _("Wacht op toestemming")
    REVIEW = "review", _("Beoordeling door medewerker")
    APPROVED = "approved", _("Goedgekeurd, wacht op verhuisdatum")
    RECORDED = "recorded", _("Verwerkt in de basisregistratie")
    REFUSED = "refused", _("Geweigerd")


class Declaration(models.Model):
    """One verhuismelding: who moves, to which address, on which date."""

    tenancy_exempt_reason = (
        "Modules cannot import the tenancy layer; the views filter on `municipality` (the new "
        "municipality, where the zaak is) and a scheduled job works across municipalities."
    )

    zaak_uuid = models.UUIDField(unique=True)
    zaak_identificatie = models.CharField(max_length=40)
    municipality = models.ForeignKey("tenancy.Municipality", on_delete=models.PROTECT, related_name="+")
    declarant_bsn = models.CharField(max_length=9, db_index=True)
    mover_bsns = models.JSONField(default=list, help_text="Everyone who moves, the declarant first.")
    address_id = models.PositiveBigIntegerField()
    address_text = models.CharField(max_length=200)
    moving_date = models.DateField()
    received_on = models.DateField()
    is_late = models.BooleanField(default=False)
    email = models.EmailField(blank=True)
    state = models.CharField(max_length=10, choices=State.choices, db_index=True)
    review_reason = models.CharField(max_length=300, blank=True)
    decision_reason = models.TextField(blank=True)
    recorded_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["state", "moving_date"], name="verhuizen_due")]

    def __str__(self) -> str:
        return self.zaak_identificatie

    @property
    def date_to_record(self):
        """Wet BRP 2.20 lid 3: the declared date; for a late declaration the day it was received."""
        return self.received_on if self.is_late else self.moving_date


class Consent(models.Model):
    """Consent asked of one person: the main occupant of the new address, or an adult mover."""

    class Kind(models.TextChoices):
        MAIN_OCCUPANT = "occupant", _("Hoofdbewoner")
        ADULT_MOVER = "mover", _("Meeverhuizer")

    token = models.UUIDField(default=uuid.uuid4, unique=True)
    declaration = models.ForeignKey(Declaration, on_delete=models.CASCADE, related_name="consents")
    bsn = models.CharField(max_length=9, db_index=True)
    kind = models.CharField(max_length=8, choices=Kind.choices)
    due = models.DateField()
    given = models.BooleanField(null=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.declaration}"


class Departure(models.Model):
    """The notice to the old municipality (vertrek): residents left it for another one."""

    tenancy_exempt_reason = "Modules cannot import the tenancy layer; the staff page filters on `municipality`."

    municipality = models.ForeignKey("tenancy.Municipality", on_delete=models.PROTECT, related_name="+")
    declaration = models.ForeignKey(Declaration, on_delete=models.PROTECT, related_name="departures")
    persons = models.PositiveSmallIntegerField()
    left_on = models.DateField()
    destination_name = models.CharField(max_length=80)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-left_on", "-pk"]

    def __str__(self) -> str:
        return f"vertrek {self.declaration}"
