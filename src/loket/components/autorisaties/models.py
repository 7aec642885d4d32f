"""Autorisaties API 1.0: which application may do what, in which municipalities.

An `Applicatie` is a client system (a municipality's case system, a module of the platform). It
holds one or more client ids, each with its own shared secret (`JWTSecret`, ac-001: a client id
belongs to exactly one applicatie). It belongs to one or more municipalities and never sees
objects of another one.
"""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from loket.components.common.constants import Component, Vertrouwelijkheid
from loket.tenancy.models import Municipality


class Applicatie(models.Model):
    tenancy_exempt_reason = "An applicatie may serve several municipalities; see `municipalities`."

    uuid = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    label = models.CharField(_("label"), max_length=100)
    heeft_alle_autorisaties = models.BooleanField(
        _("heeft alle autorisaties"),
        default=False,
        help_text=_(
            "Alle handelingen op alle objecten van de eigen gemeenten. Alleen voor volledig vertrouwde systemen."
        ),
    )
    municipalities = models.ManyToManyField(
        Municipality, related_name="+", verbose_name=_("gemeenten"), blank=False
    )
    beheert_alle_gemeenten = models.BooleanField(
        _("beheert applicaties van alle gemeenten"),
        default=False,
        help_text=_(
            "Alleen voor de landelijke beheerapplicatie van het platform. Wordt nooit via de API "
            "gezet, alleen met het beheercommando."
        ),
    )

    class Meta:
        verbose_name = _("applicatie")
        verbose_name_plural = _("applicaties")
        ordering = ["label"]

    def __str__(self) -> str:
        return self.label


class JWTSecret(models.Model):
    """A client id and the secret its JWTs are signed with (HS256). Kept readable: HMAC needs it."""

    applicatie = models.ForeignKey(Applicatie, on_delete=models.CASCADE, related_name="secrets")
    identifier = models.CharField(_("client id"), max_length=50, unique=True)
    secret = models.CharField(_("secret"), max_length=255)

    class Meta:
        verbose_name = _("client id en secret")
        verbose_name_plural = _("client ids en secrets")

    def __str__(self) -> str:
        return self.identifier


class Autorisatie(models.Model):
    applicatie = models.ForeignKey(
        Applicatie, on_delete=models.CASCADE, related_name="autorisaties"
    )
    component = models.CharField(_("component"), max_length=3, choices=Component.choices)
    scopes = models.JSONField(_("scopes"), default=list)
    zaaktype = models.ForeignKey(
        "catalogi.ZaakType",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("zaaktype"),
    )
    informatieobjecttype = models.ForeignKey(
        "catalogi.InformatieObjectType",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("informatieobjecttype"),
    )
    besluittype = models.ForeignKey(
        "catalogi.BesluitType",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("besluittype"),
    )
    max_vertrouwelijkheidaanduiding = models.PositiveSmallIntegerField(
        _("maximale vertrouwelijkheidaanduiding"),
        choices=Vertrouwelijkheid.choices,
        null=True,
        blank=True,
    )

    class Meta:
        verbose_name = _("autorisatie")
        verbose_name_plural = _("autorisaties")
        constraints = [
            models.CheckConstraint(
                name="zrc_autorisatie_has_zaaktype_and_max",
                condition=~models.Q(component="zrc")
                | models.Q(zaaktype__isnull=False, max_vertrouwelijkheidaanduiding__isnull=False),
            )
        ]

    def __str__(self) -> str:
        return f"{self.applicatie_id} {self.component} {','.join(self.scopes)}"


class ApplicatieAudit(models.Model):
    """Who changed which applicatie or its autorisaties, and how (secrets are never stored here)."""

    applicatie_uuid = models.UUIDField(_("applicatie"), db_index=True)
    applicatie_label = models.CharField(max_length=100)
    actie = models.CharField(_("actie"), max_length=20)
    door_applicatie = models.CharField(_("door applicatie"), max_length=100, blank=True)
    door_client_id = models.CharField(_("door client id"), max_length=50, blank=True)
    door_gebruiker_id = models.CharField(_("door gebruiker"), max_length=255, blank=True)
    door_gebruiker_weergave = models.CharField(max_length=255, blank=True)
    oud = models.JSONField(null=True, blank=True)
    nieuw = models.JSONField(null=True, blank=True)
    aanmaakdatum = models.DateTimeField(_("aanmaakdatum"), auto_now_add=True)

    class Meta:
        verbose_name = _("wijziging van een applicatie")
        verbose_name_plural = _("wijzigingen van applicaties")
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"{self.actie} {self.applicatie_label}"
