from django.db import models
from django.utils.translation import gettext_lazy as _

from loket.tenancy.models import Municipality

from ..constants import EventKind
from .address import Address
from .person import Person


class CivilStatusEvent(models.Model):
    """A dated change in a person's life as the registry recorded it, for history and extracts."""

    tenancy_exempt_reason = (
        "Part of the national person list: the history travels with the person when they move, and "
        "an extract 'with history' shows it whichever municipality recorded it. The column says who did."
    )

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("soort"), max_length=24, choices=EventKind.choices)
    date = models.CharField(_("datum"), max_length=8, blank=True)
    recorded_at = models.DateTimeField(_("vastgelegd op"), auto_now_add=True)
    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("gemeente")
    )
    address = models.ForeignKey(Address, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    related_person = models.ForeignKey(Person, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    details = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        verbose_name = _("gebeurtenis")
        verbose_name_plural = _("gebeurtenissen")
        ordering = ["person", "date", "id"]
        indexes = [models.Index(fields=["person", "date"], name="registry_event_person_date")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.date}"
