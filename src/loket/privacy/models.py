"""The processing log (verwerkingenlogging), after GEMMA Verwerkingenlogging's Verwerkingsactie.

One row per processing action on a person's data. Rows are append-only: the ORM refuses update
and delete, the admin is read-only, and the retention job (`retention.py`) is the only path that
removes rows, once they are past their term.
"""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from loket.tenancy.models import Municipality

from .constants import ActorKind, Confidentiality, ProcessingAction


class AppendOnlyError(RuntimeError):
    """Someone tried to change or remove a processing-log row."""


class ProcessingRecordQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("The processing log is append-only; rows cannot be updated.")

    def delete(self):
        raise AppendOnlyError("The processing log is append-only; only the retention job removes rows.")

    def bulk_update(self, objs, fields, batch_size=None):
        raise AppendOnlyError("The processing log is append-only; rows cannot be updated.")

    def _delete_past_term(self) -> int:
        """Only for `retention.purge_expired`: removes the rows of this queryset."""
        return self._raw_delete(self.db)


class ProcessingRecord(models.Model):
    tenancy_exempt_reason = (
        "National reads (the BRP API, the resident's own view across moves) have no municipality; "
        "a resident must see their rows from every municipality, so the log is not tenant-scoped."
    )

    action_id = models.UUIDField(_("actie-id"), default=uuid.uuid4, unique=True, editable=False)
    processing_id = models.UUIDField(_("verwerking-id"), null=True, blank=True)
    occurred_at = models.DateTimeField(_("tijdstip"), default=timezone.now, db_index=True)
    registered_at = models.DateTimeField(_("tijdstip registratie"), auto_now_add=True)

    actor_kind = models.CharField(_("soort uitvoerder"), max_length=16, choices=ActorKind.choices)
    actor_id = models.CharField(_("uitvoerder-id"), max_length=100, blank=True)
    actor_display = models.CharField(_("uitvoerder"), max_length=200, blank=True)

    action = models.CharField(_("handeling"), max_length=8, choices=ProcessingAction.choices)
    action_name = models.CharField(_("actienaam"), max_length=200, blank=True)
    purpose = models.CharField(_("doel (doelbinding)"), max_length=200)
    legal_basis = models.CharField(_("grondslag"), max_length=200)
    confidentiality = models.CharField(
        _("vertrouwelijkheid"), max_length=16, choices=Confidentiality.choices, default=Confidentiality.NORMAL
    )

    object_type = models.CharField(_("objecttype"), max_length=50)
    object_id = models.CharField(_("object-id"), max_length=100, blank=True)
    subject_type = models.CharField(_("soort betrokkene-id"), max_length=10, blank=True)
    subject_ref = models.CharField(_("betrokkene (sleutel-hash)"), max_length=64, blank=True, db_index=True)

    system = models.CharField(_("systeem"), max_length=100)
    application = models.CharField(_("applicatie"), max_length=100, blank=True)
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gemeente"),
    )

    objects = ProcessingRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("verwerking")
        verbose_name_plural = _("verwerkingenlog")
        ordering = ["-occurred_at", "-id"]
        indexes = [models.Index(fields=["subject_ref", "-occurred_at"], name="privacy_subject_time")]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.object_type} {self.occurred_at:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("The processing log is append-only; rows cannot be updated.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("The processing log is append-only; only the retention job removes rows.")
