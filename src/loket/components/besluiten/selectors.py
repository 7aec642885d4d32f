"""Reads of besluiten: always within the client's municipalities and autorisaties, in the query."""

from django.db.models import QuerySet

from loket.components.autorisaties.context import AuthContext
from loket.components.common.constants import Component

from .models import Besluit, BesluitAuditTrail, BesluitInformatieObject


def _besluiten() -> QuerySet:
    return Besluit.all_municipalities.select_related("besluittype", "zaak")


def visible_besluiten(auth: AuthContext, scope: str) -> QuerySet:
    """Deliberately cross-municipality, narrowed to the client's municipalities and besluittypen."""
    return _besluiten().filter(auth.typed_q(Component.BRC, scope, levels=False))


def besluit_in_municipalities(auth: AuthContext, uuid) -> Besluit | None:
    """The besluit if it is in one of the client's municipalities (else None: the caller answers 404)."""
    return (
        _besluiten()
        .select_related("municipality", "zaak__zaaktype")
        .filter(auth.municipality_q(), uuid=uuid)
        .first()
    )


def filter_besluiten(queryset: QuerySet, params: dict) -> QuerySet:
    names = {
        "identificatie": "identificatie",
        "verantwoordelijkeOrganisatie": "verantwoordelijke_organisatie",
        "besluittype": "besluittype__uuid",
        "zaak": "zaak__uuid",
    }
    return queryset.filter(**{names[key]: value for key, value in params.items() if key in names})


def _bios() -> QuerySet:
    return BesluitInformatieObject.all_municipalities.select_related(
        "besluit", "besluit__besluittype"
    )


def visible_besluitinformatieobjecten(auth: AuthContext, scope: str) -> QuerySet:
    return _bios().filter(auth.typed_q(Component.BRC, scope, prefix="besluit__", levels=False))


def besluitinformatieobject_in_municipalities(auth: AuthContext, uuid):
    return (
        _bios()
        .select_related("besluit__zaak", "besluit__municipality")
        .filter(auth.municipality_q(), uuid=uuid)
        .first()
    )


def audittrail_of(besluit: Besluit) -> QuerySet:
    return BesluitAuditTrail.all_municipalities.filter(
        municipality_id=besluit.municipality_id, besluit_id=besluit.pk
    ).order_by("aanmaakdatum", "pk")


def besluiten_of_zaak(zaak) -> QuerySet:
    """The besluiten that are an outcome of this zaak (the Zaken API's zaakbesluiten)."""
    return (
        Besluit.all_municipalities.select_related("zaak")
        .filter(municipality_id=zaak.municipality_id, zaak_id=zaak.pk)
        .order_by("pk")
    )


def zaak_has_besluiten(zaak) -> bool:
    return Besluit.all_municipalities.filter(
        municipality_id=zaak.municipality_id, zaak_id=zaak.pk
    ).exists()
