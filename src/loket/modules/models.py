"""Per municipality: which modules are switched on, with which options, and who changed what.

Module identifiers are stored as text, not as foreign keys: modules are code, registered at
start-up; a row for a module that is no longer installed stays (and is simply not offered).
"""

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _

from loket.tenancy.models import TenantOwnedModel

from .constants import AuditAction


class ModuleActivation(TenantOwnedModel):
    identifier = models.CharField(_("module"), max_length=50)
    enabled = models.BooleanField(_("aan"), default=False)
    options = models.JSONField(_("instellingen"), default=dict, blank=True, encoder=DjangoJSONEncoder)
    module_version = models.CharField(_("versie bij aanzetten"), max_length=40, blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    changed_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)
    enabled_since = models.DateTimeField(_("aan sinds"), null=True, blank=True)

    class Meta:
        verbose_name = _("moduleactivering")
        verbose_name_plural = _("moduleactiveringen")
        constraints = [
            models.UniqueConstraint(fields=["municipality", "identifier"], name="one_activation_per_module")
        ]
        indexes = [models.Index(fields=["identifier", "enabled"], name="modules_activation_enabled")]

    def __str__(self) -> str:
        return f"{self.identifier} ({'aan' if self.enabled else 'uit'})"


class ModuleAuditEntry(TenantOwnedModel):
    """One change to a municipality's modules. Append-only; not personal data."""

    identifier = models.CharField(_("module"), max_length=50)
    action = models.CharField(_("handeling"), max_length=20, choices=AuditAction.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    actor_display = models.CharField(_("door"), max_length=200)
    occurred_at = models.DateTimeField(_("tijdstip"), auto_now_add=True)
    details = models.JSONField(_("details"), default=dict, blank=True, encoder=DjangoJSONEncoder)

    class Meta:
        verbose_name = _("wijziging van een module")
        verbose_name_plural = _("wijzigingen van modules")
        ordering = ["-occurred_at", "-pk"]
        indexes = [models.Index(fields=["municipality", "identifier", "-occurred_at"], name="modules_audit_lookup")]

    def __str__(self) -> str:
        return f"{self.identifier} {self.action}"
