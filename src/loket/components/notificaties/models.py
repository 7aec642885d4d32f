"""Notificaties API 1.0: kanalen, and abonnementen of client systems on them.

**Who receives what (tenancy).** A kanaal is platform-wide (a name and the kenmerken one may
filter on; it holds no data). An abonnement belongs to the municipalities of the client that made
it: `municipalities` is copied from the client's applicatie at creation. A notification about an
object of one municipality (a Utrecht zaak) goes only to abonnementen of that municipality, so a
subscriber of Utrecht never receives a notification about an Amersfoort zaak. An abonnement made
by a platform application that serves every municipality (or the national administration
application) is `alle_gemeenten`: it receives the notifications of every municipality, and also
those that concern no single municipality (see `emit.notify_zgw`, municipality_id=None), which
nobody else receives. Because an abonnement can serve several municipalities it is not a
`TenantOwnedModel`; the API always narrows to the client's municipalities itself.
"""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from loket.tenancy.models import Municipality


class Kanaal(models.Model):
    uuid = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    naam = models.CharField(_("naam"), max_length=50, unique=True)
    documentatie_link = models.URLField(_("documentatielink"), max_length=200, blank=True)
    # The kenmerken a notification on this kanaal carries and an abonnement may filter on.
    filters = models.JSONField(_("filters"), default=list, blank=True)

    class Meta:
        verbose_name = _("kanaal")
        verbose_name_plural = _("kanalen")
        ordering = ["naam"]

    def __str__(self) -> str:
        return self.naam


class Abonnement(models.Model):
    tenancy_exempt_reason = (
        "An abonnement serves the municipalities of the client that made it (`municipalities`), "
        "or all of them (`alle_gemeenten`); routing narrows to the message's municipality."
    )

    uuid = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    callback_url = models.URLField(_("callback-URL"), max_length=200)
    # The Authorization header value sent to the callback. Write-only in the API, never logged.
    auth = models.CharField(_("autorisatie-header"), max_length=1000)
    client_id = models.CharField(_("client id van de maker"), max_length=50, blank=True)
    municipalities = models.ManyToManyField(
        Municipality, related_name="+", blank=True, verbose_name=_("gemeenten")
    )
    alle_gemeenten = models.BooleanField(_("alle gemeenten"), default=False)
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    class Meta:
        verbose_name = _("abonnement")
        verbose_name_plural = _("abonnementen")
        ordering = ["pk"]

    def __str__(self) -> str:
        return str(self.uuid)


class AbonnementKanaal(models.Model):
    """One kanaal of an abonnement, with the filters on its kenmerken ("*" matches anything)."""

    abonnement = models.ForeignKey(Abonnement, on_delete=models.CASCADE, related_name="kanalen")
    kanaal = models.ForeignKey(Kanaal, on_delete=models.PROTECT, related_name="+")
    filters = models.JSONField(_("filters"), default=dict, blank=True)

    class Meta:
        verbose_name = _("kanaal van een abonnement")
        verbose_name_plural = _("kanalen van abonnementen")
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"{self.abonnement_id} → {self.kanaal_id}"


class AbonnementAudit(models.Model):
    """Who made, changed or removed an abonnement. Never holds the `auth` header value."""

    abonnement_uuid = models.UUIDField()
    actie = models.CharField(max_length=20)
    client_id = models.CharField(max_length=50, blank=True)
    gebruiker_id = models.CharField(max_length=255, blank=True)
    oud = models.JSONField(null=True, blank=True)
    nieuw = models.JSONField(null=True, blank=True)
    aanmaakdatum = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("wijziging van een abonnement")
        verbose_name_plural = _("wijzigingen van abonnementen")
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"{self.actie} {self.abonnement_uuid}"
