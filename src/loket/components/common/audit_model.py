"""The columns of an audit-trail row, the same in every ZGW component (Zaken, Documenten, Besluiten).

Each component's concrete model adds the object the row belongs to and its own `bron`.
"""

import uuid

from django.db import models

from loket.tenancy.models import TenantOwnedModel

ACTIE_WEERGAVE = {
    "create": "Object aangemaakt",
    "update": "Object bijgewerkt",
    "partial_update": "Object deels bijgewerkt",
    "destroy": "Object verwijderd",
}
# The HTTP status the write answers with, as the standard stores it in the trail.
RESULTAAT = {"create": 201, "destroy": 204}  # updates: 200


class AuditTrailRow(TenantOwnedModel):
    uuid = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    applicatie_id = models.CharField(max_length=100, blank=True)
    applicatie_weergave = models.CharField(max_length=200, blank=True)
    gebruikers_id = models.CharField(max_length=255, blank=True)
    gebruikers_weergave = models.CharField(max_length=255, blank=True)
    actie = models.CharField(max_length=50)
    actie_weergave = models.CharField(max_length=200, blank=True)
    resultaat = models.PositiveSmallIntegerField()
    hoofd_object = models.CharField(max_length=1000)
    resource = models.CharField(max_length=50)
    resource_url = models.CharField(max_length=1000)
    resource_weergave = models.CharField(max_length=200, blank=True)
    toelichting = models.TextField(blank=True)
    aanmaakdatum = models.DateTimeField(auto_now_add=True)
    oud = models.JSONField(null=True, blank=True)
    nieuw = models.JSONField(null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["aanmaakdatum", "pk"]

    @classmethod
    def write(cls, *, actor, actie: str, resource: str, weergave, oud=None, nieuw=None, **columns):
        """One row: the shared columns from `actor` and `actie`; `columns` name the owner, the
        municipality, hoofd_object and resource_url."""
        return cls.all_municipalities.create(
            applicatie_id=actor.applicatie_id,
            applicatie_weergave=actor.applicatie_weergave,
            gebruikers_id=actor.gebruikers_id,
            gebruikers_weergave=actor.gebruikers_weergave,
            actie=actie,
            actie_weergave=ACTIE_WEERGAVE.get(actie, actie),
            resultaat=RESULTAAT.get(actie, 200),
            resource=resource,
            resource_weergave=str(weergave)[:200],
            toelichting=actor.toelichting,
            oud=oud,
            nieuw=nieuw,
            **columns,
        )
