"""Writes on besluiten. Each one: the rules of the standard (brc-…), the change, an audit row
(which also queues the notification), in one transaction.

Authorisation by scope is the caller's job; what a scope unlocks on a closed zaak
(zaken.geforceerd-bijwerken) comes in as `forced`.
"""

import uuid

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from stdnum.nl import bsn as elfproef

from loket.components.catalogi.models import BesluitType
from loket.components.common.errors import ActionNotAllowed, InvalidParam, RuleViolation
from loket.components.zaken.audit import PLATFORM, Actor
from loket.components.zaken.models import Zaak
from loket.tenancy.context import activate

from . import audit, documents
from .identificatie import generate_identificatie
from .models import Besluit, BesluitInformatieObject
from .representation import besluit_data, besluit_url, besluitinformatieobject_data

BESLUIT_FIELDS = {
    "identificatie",
    "verantwoordelijke_organisatie",
    "zaak",
    "datum",
    "toelichting",
    "bestuursorgaan",
    "ingangsdatum",
    "vervaldatum",
    "vervalreden",
    "publicatiedatum",
    "verzenddatum",
    "uiterlijke_reactiedatum",
}

# Dates that cannot lie before the besluit was taken (its datum).
_NOT_BEFORE_DATUM = {
    "verzenddatum": "verzenddatum",
    "publicatiedatum": "publicatiedatum",
    "uiterlijke_reactiedatum": "uiterlijkeReactiedatum",
}


def _immutable(name: str) -> RuleViolation:
    return RuleViolation(name, "wijzigen-niet-toegelaten", _("Dit gegeven kan niet veranderen."))


def _ensure_zaak_open(zaak: Zaak | None, forced: bool) -> None:
    # As Open Zaak: a besluit of a closed zaak changes only with zaken.geforceerd-bijwerken.
    if zaak is not None and zaak.is_closed and not forced:
        raise ActionNotAllowed(
            _("De zaak van dit besluit is afgesloten en kan niet meer veranderen."), "zaak-closed"
        )


def _check_dates(besluit: Besluit) -> None:
    problems = []
    if besluit.datum > timezone.localdate():
        # As Open Zaak: the beslisdatum lies in the past or today.
        problems.append(
            InvalidParam(
                "datum", "future_not_allowed", _("De besluitdatum kan niet in de toekomst liggen.")
            )
        )
    if besluit.vervaldatum and besluit.vervaldatum < besluit.ingangsdatum:
        problems.append(
            InvalidParam(
                "vervaldatum",
                "vervaldatum-voor-ingangsdatum",
                _("Een besluit kan niet vervallen voordat het ingaat."),
            )
        )
    for field, name in _NOT_BEFORE_DATUM.items():
        value = getattr(besluit, field)
        if value and value < besluit.datum:
            problems.append(
                InvalidParam(
                    name, "voor-besluitdatum", _("Deze datum kan niet voor de besluitdatum liggen.")
                )
            )
    if problems:
        first, *more = problems
        raise RuleViolation(first.name, first.code, first.reason, *more)


def _validate(besluit: Besluit, besluittype: BesluitType, *, check_identificatie: bool) -> None:
    if besluittype.concept:
        # brc-001 (as Open Zaak): only a published besluittype.
        raise RuleViolation(
            "besluittype", "not-published", _("Dit besluittype is nog niet gepubliceerd.")
        )
    if not elfproef.is_valid(besluit.verantwoordelijke_organisatie or ""):
        raise RuleViolation(
            "verantwoordelijkeOrganisatie", "invalid", _("Dit is geen geldig RSIN.")
        )
    zaak = besluit.zaak
    if zaak is not None:
        if zaak.municipality_id != besluittype.municipality_id:
            raise RuleViolation("zaak", "bad-url", _("Deze zaak bestaat niet."))
        allowed = BesluitType.all_municipalities.filter(
            pk=besluittype.pk, zaaktypen__pk=zaak.zaaktype_id
        )
        if not allowed.exists():
            # brc-007: the besluittype is one of the zaak's zaaktype's besluittypen.
            raise RuleViolation(
                "nonFieldErrors",
                "zaaktype-mismatch",
                _("Dit besluittype hoort niet bij het zaaktype van de zaak."),
            )
    _check_dates(besluit)
    if check_identificatie and besluit.identificatie:
        clash = Besluit.all_municipalities.filter(
            verantwoordelijke_organisatie=besluit.verantwoordelijke_organisatie,
            identificatie=besluit.identificatie,
        )
        if besluit.pk:
            clash = clash.exclude(pk=besluit.pk)
        if clash.exists():
            raise _not_unique(besluit.identificatie)


def _not_unique(identificatie: str) -> RuleViolation:
    # brc-002
    return RuleViolation(
        "identificatie",
        "identificatie-niet-uniek",
        _(
            "Deze identificatie (%(identificatie)s) bestaat al voor deze verantwoordelijke organisatie."
        )
        % {"identificatie": identificatie},
    )


def _derive(besluit: Besluit, besluittype: BesluitType) -> None:
    """RGBZ: the uiterlijke reactiedatum follows from the besluitdatum and the reactietermijn."""
    if besluit.uiterlijke_reactiedatum is None and besluittype.reactietermijn:
        besluit.uiterlijke_reactiedatum = besluit.datum + besluittype.reactietermijn


@transaction.atomic
def create_besluit(
    *,
    besluittype: BesluitType,
    actor: Actor = PLATFORM,
    forced: bool = False,
    **fields,
) -> Besluit:
    unknown = set(fields) - BESLUIT_FIELDS
    if unknown:
        raise TypeError(f"Unknown besluit fields: {sorted(unknown)}")
    zaak = fields.get("zaak")
    besluit = Besluit(
        municipality_id=besluittype.municipality_id, besluittype=besluittype, **fields
    )
    if zaak is not None:
        besluit.zaakbesluit_uuid = uuid.uuid4()
    _validate(besluit, besluittype, check_identificatie=True)
    _ensure_zaak_open(zaak, forced)
    _derive(besluit, besluittype)
    with activate(besluittype.municipality):
        if not besluit.identificatie:
            besluit.identificatie = generate_identificatie(
                besluittype.municipality_id,
                besluit.verantwoordelijke_organisatie,
                besluit.datum.year,
            )
        try:
            with transaction.atomic():
                besluit.save()
        except IntegrityError:
            raise _not_unique(besluit.identificatie) from None
        audit.record(
            actor=actor,
            besluit=besluit,
            actie="create",
            resource="besluit",
            obj=besluit,
            weergave=besluit.identificatie,
            nieuw=besluit_data(besluit, ""),
        )
    return besluit


@transaction.atomic
def update_besluit(
    besluit: Besluit,
    *,
    actor: Actor = PLATFORM,
    forced: bool = False,
    partial: bool = True,
    **changes,
) -> Besluit:
    """`forced` is whether the caller may change a besluit of a closed zaak (old or new zaak)."""
    besluittype = changes.pop("besluittype", None)
    unknown = set(changes) - BESLUIT_FIELDS
    if unknown:
        raise TypeError(f"Unknown besluit fields: {sorted(unknown)}")
    besluit = (
        Besluit.all_municipalities.select_for_update(of=("self",))
        .select_related("besluittype", "zaak", "municipality")
        .get(pk=besluit.pk)
    )
    if besluittype is not None and besluittype.pk != besluit.besluittype_id:
        raise _immutable("besluittype")  # brc-001
    for name, api_name in (
        ("identificatie", "identificatie"),
        ("verantwoordelijke_organisatie", "verantwoordelijkeOrganisatie"),
    ):
        if name in changes and changes[name] != getattr(besluit, name):
            raise _immutable(api_name)  # brc-002
    _ensure_zaak_open(besluit.zaak, forced)
    before = besluit_data(besluit, "")
    old_zaak_id = besluit.zaak_id
    for name, value in changes.items():
        setattr(besluit, name, value)
    if besluit.zaak_id != old_zaak_id:
        _ensure_zaak_open(besluit.zaak, forced)
        besluit.zaakbesluit_uuid = uuid.uuid4() if besluit.zaak_id else None
    _validate(besluit, besluit.besluittype, check_identificatie=False)
    _derive(besluit, besluit.besluittype)
    with activate(besluit.municipality):
        besluit.save()
        audit.record(
            actor=actor,
            besluit=besluit,
            actie="partial_update" if partial else "update",
            resource="besluit",
            obj=besluit,
            weergave=besluit.identificatie,
            oud=before,
            nieuw=besluit_data(besluit, ""),
        )
    return besluit


@transaction.atomic
def delete_besluit(besluit: Besluit, *, actor: Actor = PLATFORM, forced: bool = False) -> None:
    """brc-009: the besluit, its besluitinformatieobjecten (and their mirrors in the Documenten API)
    and its audit trail really go; a bare record of the deletion stays."""
    _ensure_zaak_open(besluit.zaak, forced)
    path = besluit_url("", besluit.uuid)
    with activate(besluit.municipality):
        for document_uuid in BesluitInformatieObject.all_municipalities.filter(
            besluit=besluit
        ).values_list("informatieobject_uuid", flat=True):
            documents.unlink(document_uuid, path, besluit.municipality_id)
        besluit.delete()  # cascades to its besluitinformatieobjecten and audit trail
        audit.record(
            actor=actor,
            besluit=besluit,
            actie="destroy",
            resource="besluit",
            obj=besluit,
            weergave=besluit.identificatie,
            keep_besluit=False,
        )


@transaction.atomic
def add_besluitinformatieobject(
    besluit: Besluit, *, informatieobject: str, actor: Actor = PLATFORM
) -> BesluitInformatieObject:
    document = documents.find(informatieobject, besluit.municipality_id)
    if document is None:
        # brc-003
        raise RuleViolation("informatieobject", "bad-url", _("Dit document bestaat niet."))
    if not BesluitType.informatieobjecttypen.through.objects.filter(
        besluittype_id=besluit.besluittype_id,
        informatieobjecttype_id=document.informatieobjecttype_id,
    ).exists():
        # brc-008
        raise RuleViolation(
            "nonFieldErrors",
            "missing-besluittype-informatieobjecttype-relation",
            _("Het documenttype hoort niet bij het besluittype van dit besluit."),
        )
    if BesluitInformatieObject.all_municipalities.filter(
        besluit=besluit, informatieobject_uuid=document.uuid
    ).exists():
        raise RuleViolation("nonFieldErrors", "unique", _("Dit document hoort al bij dit besluit."))
    with activate(besluit.municipality):
        bio = BesluitInformatieObject.objects.create(
            municipality_id=besluit.municipality_id,
            besluit=besluit,
            informatieobject=informatieobject,
            informatieobject_uuid=document.uuid,
        )
        # brc-005: the relation is mirrored as an objectinformatieobject in the Documenten API.
        documents.link(document.uuid, besluit_url("", besluit.uuid), besluit.municipality_id)
        audit.record(
            actor=actor,
            besluit=besluit,
            actie="create",
            resource="besluitinformatieobject",
            obj=bio,
            weergave=f"({besluit.identificatie}) - {document.uuid}",
            nieuw=besluitinformatieobject_data(bio, ""),
        )
    return bio


@transaction.atomic
def delete_besluitinformatieobject(
    bio: BesluitInformatieObject, *, actor: Actor = PLATFORM
) -> None:
    besluit = bio.besluit
    with activate(besluit.municipality):
        before = besluitinformatieobject_data(bio, "")
        documents.unlink(
            bio.informatieobject_uuid, besluit_url("", besluit.uuid), besluit.municipality_id
        )
        bio.delete()
        audit.record(
            actor=actor,
            besluit=besluit,
            actie="destroy",
            resource="besluitinformatieobject",
            obj=bio,
            weergave=f"({besluit.identificatie}) - {bio.informatieobject_uuid}",
            oud=before,
        )
