"""Besluiten API 1.1: besluiten, the documents that record them, and the audit trail.

Every row belongs to the municipality of its besluittype. A besluit's relation with its zaak
(the Zaken API's `/zaken/{uuid}/besluiten`, "ZaakBesluit") is not a table of its own: it is the
besluit's `zaak` with its own `zaakbesluit_uuid`, which changes when the besluit moves to
another zaak (as Open Zaak replaces its ZaakBesluit row then).
"""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from loket.components.common.audit_model import AuditTrailRow
from loket.tenancy.models import TenantOwnedModel


class Vervalreden(models.TextChoices):
    TIJDELIJK = "tijdelijk", _("Besluit met tijdelijke werking")
    INGETROKKEN_OVERHEID = "ingetrokken_overheid", _("Besluit ingetrokken door overheid")
    INGETROKKEN_BELANGHEBBENDE = (
        "ingetrokken_belanghebbende",
        _("Besluit ingetrokken o.v.v. belanghebbende"),
    )


class Besluit(TenantOwnedModel):
    uuid = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    identificatie = models.CharField(_("identificatie"), max_length=50)
    verantwoordelijke_organisatie = models.CharField(
        _("verantwoordelijke organisatie"), max_length=9
    )
    besluittype = models.ForeignKey(
        "catalogi.BesluitType", on_delete=models.PROTECT, related_name="+"
    )
    zaak = models.ForeignKey(
        "zaken.Zaak", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # The uuid of the zaak-besluit relation in the Zaken API; set while `zaak` is.
    zaakbesluit_uuid = models.UUIDField(null=True, blank=True, editable=False, db_index=True)
    datum = models.DateField(_("datum"))
    toelichting = models.TextField(blank=True)
    bestuursorgaan = models.CharField(max_length=50, blank=True)
    ingangsdatum = models.DateField(_("ingangsdatum"))
    vervaldatum = models.DateField(_("vervaldatum"), null=True, blank=True)
    vervalreden = models.CharField(max_length=30, choices=Vervalreden.choices, blank=True)
    publicatiedatum = models.DateField(null=True, blank=True)
    verzenddatum = models.DateField(null=True, blank=True)
    uiterlijke_reactiedatum = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name = _("besluit")
        verbose_name_plural = _("besluiten")
        ordering = ["-pk"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "uuid"], name="besluiten_besluit_uuid"),
            models.UniqueConstraint(fields=["municipality", "zaakbesluit_uuid"], name="besluiten_besluit_zaakbesluit_uuid"),
            # brc-002: identificatie is unique within the verantwoordelijke organisatie.
            models.UniqueConstraint(
                fields=["municipality", "verantwoordelijke_organisatie", "identificatie"],
                name="unique_besluit_identificatie",
            ),
        ]
        indexes = [
            # The uniqueness check (zrc-002 and its siblings) looks across municipalities: indexed.
            models.Index(fields=["verantwoordelijke_organisatie", "identificatie"], name="besluit_identificatie_idx"),
            models.Index(fields=["municipality", "besluittype"], name="besluit_auth_idx"),
        ]

    def __str__(self) -> str:
        return self.identificatie


class BesluitIdentificatieCounter(TenantOwnedModel):
    """The last number handed out per municipality and year: "BESLUIT-2026-0000000001"."""

    year = models.PositiveSmallIntegerField()
    last_value = models.PositiveBigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "year"], name="one_besluit_counter_per_year"
            )
        ]


class BesluitInformatieObject(TenantOwnedModel):
    """A document (in the Documenten API, by URL) in which the besluit is recorded ("legt vast")."""

    uuid = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    besluit = models.ForeignKey(Besluit, on_delete=models.CASCADE, related_name="+")
    informatieobject = models.URLField(max_length=1000)
    informatieobject_uuid = models.UUIDField(editable=False)

    class Meta:
        verbose_name = _("besluitinformatieobject")
        verbose_name_plural = _("besluitinformatieobjecten")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "uuid"], name="besluiten_besluitinformatieobject_uuid"),
            models.UniqueConstraint(
                fields=["municipality", "besluit", "informatieobject_uuid"], name="unique_besluit_informatieobject"
            )
        ]
        indexes = [models.Index(fields=["informatieobject_uuid"], name="bio_informatieobject_idx")]


class BesluitAuditTrail(AuditTrailRow):
    """One write on a besluit or a besluitinformatieobject: who, through which application, what.

    Written in the same transaction as the write. Deleted with the besluit (brc-009); the
    record of the destruction itself stays, without the besluit's data.
    """

    besluit = models.ForeignKey(
        Besluit, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    bron = models.CharField(max_length=3, default="brc")

    class Meta:
        verbose_name = _("audittrailregel besluit")
        verbose_name_plural = _("audittrail besluiten")
        ordering = ["aanmaakdatum", "pk"]
        constraints = [models.UniqueConstraint(fields=["municipality", "uuid"], name="besluiten_besluitaudittrail_uuid")]
