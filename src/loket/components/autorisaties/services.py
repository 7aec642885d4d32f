"""Writes of applicaties and autorisaties, with the Autorisaties API rules ac-001..ac-003.

Every change leaves an `ApplicatieAudit` row in the same transaction: who (application, client
id, user from the JWT), what before and after. Secrets never appear in it.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from loket.components.common import scopes as S
from loket.components.common.constants import Component, Vertrouwelijkheid
from loket.components.common.errors import InvalidParam, RuleViolation
from loket.components.notificaties.emit import notify_autorisaties

from .client_cache import forget_clients
from .models import Applicatie, ApplicatieAudit, Autorisatie, JWTSecret

AUTORISATIES_LEZEN = "autorisaties.lezen"
AUTORISATIES_BIJWERKEN = "autorisaties.bijwerken"

KNOWN_SCOPES: dict[str, frozenset[str]] = {
    Component.ZRC: S.ZAKEN_SCOPES,
    Component.ZTC: S.CATALOGI_SCOPES,
    Component.AC: frozenset({AUTORISATIES_LEZEN, AUTORISATIES_BIJWERKEN}),
    Component.DRC: frozenset(
        {
            "documenten.lezen",
            "documenten.aanmaken",
            "documenten.bijwerken",
            "documenten.verwijderen",
            "documenten.lock",
            "documenten.geforceerd-bijwerken",
            "documenten.geforceerd-unlock",
            "audittrails.lezen",  # the Documenten API's audit trail needs it (as Open Zaak)
        }
    ),
    Component.BRC: frozenset(
        {
            "besluiten.lezen",
            "besluiten.aanmaken",
            "besluiten.bijwerken",
            "besluiten.verwijderen",
            "audittrails.lezen",  # the Besluiten API's audit trail needs it (as Open Zaak)
        }
    ),
    Component.NRC: frozenset({"notificaties.consumeren", "notificaties.publiceren"}),
}


@dataclass(frozen=True)
class ChangedBy:
    """Who makes a change: the administering application and the person behind it."""

    applicatie: str = "Loket"
    client_id: str = ""
    gebruiker_id: str = ""
    gebruiker_weergave: str = ""


PLATFORM = ChangedBy()


@dataclass(frozen=True)
class AutorisatieSpec:
    component: str
    scopes: Sequence[str]
    zaaktype: object = None  # catalogi.ZaakType
    informatieobjecttype: object = None  # catalogi.InformatieObjectType
    besluittype: object = None  # catalogi.BesluitType
    max_vertrouwelijkheidaanduiding: int | None = None


# -- audit ------------------------------------------------------------------------------------


def snapshot(applicatie: Applicatie) -> dict:
    """The applicatie as stored, for the audit trail (no secrets)."""
    return {
        "label": applicatie.label,
        "clientIds": sorted(s.identifier for s in JWTSecret.objects.filter(applicatie=applicatie)),
        "heeftAlleAutorisaties": applicatie.heeft_alle_autorisaties,
        "gemeenten": sorted(m.code for m in applicatie.municipalities.all()),
        "autorisaties": [
            {
                "component": a.component,
                "scopes": list(a.scopes),
                "zaaktype": str(a.zaaktype.uuid) if a.zaaktype_id else None,
                "informatieobjecttype": str(a.informatieobjecttype.uuid)
                if a.informatieobjecttype_id
                else None,
                "besluittype": str(a.besluittype.uuid) if a.besluittype_id else None,
                "maxVertrouwelijkheidaanduiding": Vertrouwelijkheid(
                    a.max_vertrouwelijkheidaanduiding
                ).api_value
                if a.max_vertrouwelijkheidaanduiding
                else None,
            }
            for a in Autorisatie.objects.filter(applicatie=applicatie)
            .select_related("zaaktype", "informatieobjecttype", "besluittype")
            .order_by("pk")
        ],
    }


def _record(
    applicatie: Applicatie, actie: str, oud: dict | None, nieuw: dict | None, by: ChangedBy
) -> None:
    ApplicatieAudit.objects.create(
        applicatie_uuid=applicatie.uuid,
        applicatie_label=applicatie.label,
        actie=actie,
        door_applicatie=by.applicatie[:100],
        door_client_id=by.client_id[:50],
        door_gebruiker_id=by.gebruiker_id[:255],
        door_gebruiker_weergave=by.gebruiker_weergave[:255],
        oud=oud,
        nieuw=nieuw,
    )
    # Bulk writes send no model signals, but every change passes here.
    forget_clients()
    notify_autorisaties(applicatie, actie, applicatie.municipalities.values_list("pk", flat=True))


# -- validation -------------------------------------------------------------------------------


def _autorisatie_problems(
    index: int, spec: AutorisatieSpec, municipality_ids: set[int]
) -> list[InvalidParam]:
    name = f"autorisaties.{index}"
    found = []
    unknown = set(spec.scopes) - KNOWN_SCOPES.get(spec.component, frozenset())
    if unknown:
        found.append(
            InvalidParam(
                f"{name}.scopes",
                "invalid",
                _("Onbekende scopes voor dit component: %s") % ", ".join(sorted(unknown)),
            )
        )
    # ac-003: zaken, documenten and besluiten scopes need their type (and a maximum level).
    needed = {
        Component.ZRC: ("zaaktype", True),
        Component.DRC: ("informatieobjecttype", True),
        Component.BRC: ("besluittype", False),
    }.get(spec.component)
    if needed and spec.scopes:
        field, needs_level = needed
        target = getattr(spec, field)
        if target is None:
            found.append(InvalidParam(f"{name}.{field}", "required", _("Dit veld is verplicht.")))
        elif target.municipality_id not in municipality_ids:
            found.append(
                InvalidParam(
                    f"{name}.{field}",
                    "other-municipality",
                    _("Dit type hoort bij een gemeente waarvoor deze applicatie niet werkt."),
                )
            )
        if needs_level and spec.max_vertrouwelijkheidaanduiding is None:
            found.append(
                InvalidParam(
                    f"{name}.maxVertrouwelijkheidaanduiding",
                    "required",
                    _("Kies de maximale vertrouwelijkheid."),
                )
            )
    return found


def _problems(
    applicatie: Applicatie | None,
    *,
    label: str,
    client_ids: Sequence[str],
    heeft_alle_autorisaties: bool,
    autorisaties: Sequence[AutorisatieSpec],
    municipality_ids: set[int],
    assignable_municipality_ids: frozenset[int] | None,
) -> list[InvalidParam]:
    found = []
    if not label.strip():
        found.append(InvalidParam("label", "required", _("Dit veld is verplicht.")))
    if len(set(client_ids)) != len(client_ids):
        found.append(InvalidParam("clientIds", "unique", _("Een client id staat er dubbel in.")))
    taken = JWTSecret.objects.filter(identifier__in=list(client_ids))
    if applicatie is not None:
        taken = taken.exclude(applicatie=applicatie)
    if taken.exists():
        # ac-001: a client id belongs to exactly one applicatie.
        found.append(
            InvalidParam("clientIds", "clientId-exists", _("Deze client id is al in gebruik."))
        )
    if not municipality_ids:
        found.append(
            InvalidParam(
                "gemeenten", "required", _("Een applicatie hoort bij minstens één gemeente.")
            )
        )
    elif (
        assignable_municipality_ids is not None
        and not municipality_ids <= assignable_municipality_ids
    ):
        found.append(
            InvalidParam(
                "gemeenten",
                "not-administered",
                _("U kunt alleen gemeenten toekennen die u zelf beheert."),
            )
        )
    # ac-002: all autorisaties, or explicit ones, never both and never neither.
    if heeft_alle_autorisaties and autorisaties:
        found.append(
            InvalidParam(
                "nonFieldErrors",
                "ambiguous-authorizations-specified",
                _("Kies alle autorisaties of losse autorisaties, niet allebei."),
            )
        )
    if not heeft_alle_autorisaties and not autorisaties:
        found.append(
            InvalidParam(
                "nonFieldErrors",
                "missing-authorizations",
                _("Geef alle autorisaties of minstens één autorisatie."),
            )
        )
    for index, spec in enumerate(autorisaties):
        found += _autorisatie_problems(index, spec, municipality_ids)
    return found


# -- writes -----------------------------------------------------------------------------------


@transaction.atomic
def save_applicatie(
    applicatie: Applicatie | None,
    *,
    label: str,
    client_ids: Sequence[str],
    heeft_alle_autorisaties: bool,
    autorisaties: Sequence[AutorisatieSpec],
    municipalities: Iterable,
    by: ChangedBy = PLATFORM,
    assignable_municipality_ids: frozenset[int] | None = None,
) -> Applicatie:
    """Create (applicatie=None) or replace an applicatie with its client ids and autorisaties.

    New client ids get no secret: they cannot sign in until an administrator sets one
    (`set_secret`). `assignable_municipality_ids` limits the municipalities the administrator
    may hand out (None: all, for the platform's national administration application).
    """
    municipalities = list(municipalities)
    client_ids = list(client_ids)
    problems = _problems(
        applicatie,
        label=label,
        client_ids=client_ids,
        heeft_alle_autorisaties=heeft_alle_autorisaties,
        autorisaties=autorisaties,
        municipality_ids={m.pk for m in municipalities},
        assignable_municipality_ids=assignable_municipality_ids,
    )
    if problems:
        first, *more = problems
        raise RuleViolation(first.name, first.code, first.reason, *more)

    oud = None
    if applicatie is None:
        applicatie = Applicatie.objects.create(
            label=label, heeft_alle_autorisaties=heeft_alle_autorisaties
        )
        actie = "create"
    else:
        applicatie = Applicatie.objects.select_for_update().get(pk=applicatie.pk)
        oud = snapshot(applicatie)
        applicatie.label = label
        applicatie.heeft_alle_autorisaties = heeft_alle_autorisaties
        applicatie.save(update_fields=["label", "heeft_alle_autorisaties"])
        actie = "update"
    applicatie.municipalities.set(municipalities)
    JWTSecret.objects.filter(applicatie=applicatie).exclude(identifier__in=client_ids).delete()
    existing = set(
        JWTSecret.objects.filter(applicatie=applicatie).values_list("identifier", flat=True)
    )
    JWTSecret.objects.bulk_create(
        [
            JWTSecret(applicatie=applicatie, identifier=client_id, secret="")
            for client_id in client_ids
            if client_id not in existing
        ]
    )
    Autorisatie.objects.filter(applicatie=applicatie).delete()
    Autorisatie.objects.bulk_create(
        [
            Autorisatie(
                applicatie=applicatie,
                component=spec.component,
                scopes=sorted(set(spec.scopes)),
                zaaktype=spec.zaaktype,
                informatieobjecttype=spec.informatieobjecttype,
                besluittype=spec.besluittype,
                max_vertrouwelijkheidaanduiding=int(spec.max_vertrouwelijkheidaanduiding)
                if spec.max_vertrouwelijkheidaanduiding is not None
                else None,
            )
            for spec in autorisaties
        ]
    )
    _record(applicatie, actie, oud, snapshot(applicatie), by)
    return applicatie


@transaction.atomic
def delete_applicatie(applicatie: Applicatie, *, by: ChangedBy = PLATFORM) -> None:
    oud = snapshot(applicatie)
    _record(applicatie, "destroy", oud, None, by)
    applicatie.delete()


@transaction.atomic
def set_secret(client_id: str, secret: str, *, by: ChangedBy = PLATFORM) -> None:
    """Give a client id its (shared) secret. Only the fact is audited, never the secret."""
    credential = JWTSecret.objects.select_related("applicatie").get(identifier=client_id)
    if len(secret) < 32:
        raise RuleViolation("secret", "too-short", _("Een secret is minstens 32 tekens lang."))
    credential.secret = secret
    credential.save(update_fields=["secret"])
    _record(credential.applicatie, "set_secret", None, {"clientId": client_id}, by)


@transaction.atomic
def create_applicatie(
    *,
    label: str,
    municipalities: Iterable,
    client_id: str,
    secret: str,
    heeft_alle_autorisaties: bool = False,
    by: ChangedBy = PLATFORM,
) -> Applicatie:
    """An applicatie with one client id and its secret; autorisaties follow with add_autorisatie."""
    municipalities = list(municipalities)
    problems = _problems(
        None,
        label=label,
        client_ids=[client_id],
        heeft_alle_autorisaties=heeft_alle_autorisaties,
        autorisaties=[],
        municipality_ids={m.pk for m in municipalities},
        assignable_municipality_ids=None,
    )
    # Autorisaties are added one by one right after this, so "none yet" is fine here.
    problems = [p for p in problems if p.code != "missing-authorizations"]
    if problems:
        first, *more = problems
        raise RuleViolation(first.name, first.code, first.reason, *more)
    applicatie = Applicatie.objects.create(
        label=label, heeft_alle_autorisaties=heeft_alle_autorisaties
    )
    applicatie.municipalities.set(municipalities)
    JWTSecret.objects.create(applicatie=applicatie, identifier=client_id, secret=secret)
    _record(applicatie, "create", None, snapshot(applicatie), by)
    return applicatie


@transaction.atomic
def add_autorisatie(
    applicatie: Applicatie,
    *,
    component: str,
    scopes: Iterable[str],
    zaaktype=None,
    informatieobjecttype=None,
    besluittype=None,
    max_vertrouwelijkheidaanduiding: Vertrouwelijkheid | int | None = None,
    by: ChangedBy = PLATFORM,
) -> Autorisatie:
    scopes = sorted(set(scopes))
    if applicatie.heeft_alle_autorisaties:
        # ac-002: all autorisaties, or explicit ones, never both.
        raise RuleViolation(
            "autorisaties",
            "ambiguous-authorizations-specified",
            _("Deze applicatie heeft al alle autorisaties."),
        )
    spec = AutorisatieSpec(
        component=component,
        scopes=scopes,
        zaaktype=zaaktype,
        informatieobjecttype=informatieobjecttype,
        besluittype=besluittype,
        max_vertrouwelijkheidaanduiding=max_vertrouwelijkheidaanduiding,
    )
    municipality_ids = set(applicatie.municipalities.values_list("pk", flat=True))
    problems = _autorisatie_problems(0, spec, municipality_ids)
    if problems:
        # Single-autorisatie calls name the field itself, not its place in a list.
        first, *more = [
            InvalidParam(p.name.removeprefix("autorisaties.0."), p.code, p.reason) for p in problems
        ]
        raise RuleViolation(first.name, first.code, first.reason, *more)
    oud = snapshot(applicatie)
    autorisatie = Autorisatie.objects.create(
        applicatie=applicatie,
        component=component,
        scopes=scopes,
        zaaktype=zaaktype,
        informatieobjecttype=informatieobjecttype,
        besluittype=besluittype,
        max_vertrouwelijkheidaanduiding=int(max_vertrouwelijkheidaanduiding)
        if max_vertrouwelijkheidaanduiding is not None
        else None,
    )
    _record(applicatie, "partial_update", oud, snapshot(applicatie), by)
    return autorisatie


@transaction.atomic
def set_platform_administration(
    applicatie: Applicatie, allowed: bool, *, by: ChangedBy = PLATFORM
) -> Applicatie:
    """Make (or unmake) the national administration application. Never reachable from the API."""
    oud = snapshot(applicatie) | {"beheertAlleGemeenten": applicatie.beheert_alle_gemeenten}
    applicatie.beheert_alle_gemeenten = allowed
    applicatie.save(update_fields=["beheert_alle_gemeenten"])
    nieuw = snapshot(applicatie) | {"beheertAlleGemeenten": allowed}
    _record(applicatie, "update", oud, nieuw, by)
    return applicatie
