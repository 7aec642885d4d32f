"""What the back office keeps next to the ZGW case layer: notes on a case and changes of rights.

Staff are named by username and display name, not by a foreign key: these tables are distributed
by municipality and the staff table is not (tenancy/distribution.py), and an audit row must keep
saying who it was whatever happens to the account later.

Assignment, status, information requests, decisions and documents live in the ZGW components
(rol "behandelaar", status, opschorting + klantcontact, resultaat/besluit, zaakinformatieobject),
where the standard's audit trail records them.
"""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from loket.tenancy.models import TenantOwnedModel


class CaseNote(TenantOwnedModel):
    """An internal note of a staff member on a zaak. Never shown to the resident."""

    uuid = models.UUIDField(default=uuid.uuid4, editable=False)
    zaak = models.ForeignKey("zaken.Zaak", on_delete=models.CASCADE, related_name="+")
    author_username = models.CharField(max_length=150)
    author_name = models.CharField(_("auteur"), max_length=200)
    text = models.TextField(_("notitie"), max_length=4000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("notitie")
        verbose_name_plural = _("notities")
        ordering = ["created_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["municipality", "uuid"], name="backoffice_note_uuid")]


class CaseEvent(TenantOwnedModel):
    """A back-office step the ZGW audit trail does not name the staff member for: a note, a
    module's task panel acting on the case. Written in the step's transaction."""

    zaak = models.ForeignKey("zaken.Zaak", on_delete=models.CASCADE, related_name="+")
    staff_member_username = models.CharField(max_length=150)
    staff_member_name = models.CharField(max_length=200)
    what = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("stap in de backoffice")
        verbose_name_plural = _("stappen in de backoffice")
        ordering = ["created_at", "pk"]


class RightsChange(TenantOwnedModel):
    """One change of a staff member's rights (role, zaaktypen, active), by whom. Append-only."""

    changed_by_username = models.CharField(max_length=150)
    changed_by_name = models.CharField(max_length=200)
    staff_member_username = models.CharField(max_length=150, db_index=True)
    staff_member_name = models.CharField(max_length=200)
    before = models.JSONField()
    after = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("wijziging van rechten")
        verbose_name_plural = _("wijzigingen van rechten")
        ordering = ["-created_at", "-pk"]
