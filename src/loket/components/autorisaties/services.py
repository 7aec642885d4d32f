"""Writes of applicaties and autorisaties, with the Autorisaties API rules ac-001..ac-003."""

from collections.abc import Iterable

from django.db import transaction
from django.utils.translation import gettext as _

from loket.components.common import scopes as S
from loket.components.common.constants import Component, Vertrouwelijkheid
from loket.components.common.errors import RuleViolation

from .models import Applicatie, Autorisatie, JWTSecret


@transaction.atomic
def create_applicatie(
    *,
    label: str,
    municipalities: Iterable,
    client_id: str,
    secret: str,
    heeft_alle_autorisaties: bool = False,
) -> Applicatie:
    municipalities = list(municipalities)
    if not municipalities:
        raise RuleViolation(
            "municipalities", "required", _("Een applicatie hoort bij minstens één gemeente.")
        )
    if JWTSecret.objects.filter(identifier=client_id).exists():
        # ac-001: a client id belongs to exactly one applicatie.
        raise RuleViolation("clientIds", "clientId-exists", _("Deze client id is al in gebruik."))
    applicatie = Applicatie.objects.create(
        label=label, heeft_alle_autorisaties=heeft_alle_autorisaties
    )
    applicatie.municipalities.set(municipalities)
    JWTSecret.objects.create(applicatie=applicatie, identifier=client_id, secret=secret)
    return applicatie


@transaction.atomic
def add_autorisatie(
    applicatie: Applicatie,
    *,
    component: str,
    scopes: Iterable[str],
    zaaktype=None,
    max_vertrouwelijkheidaanduiding: Vertrouwelijkheid | int | None = None,
) -> Autorisatie:
    scopes = sorted(set(scopes))
    if applicatie.heeft_alle_autorisaties:
        # ac-002: all autorisaties, or explicit ones, never both.
        raise RuleViolation(
            "autorisaties",
            "ambiguous-authorizations-specified",
            _("Deze applicatie heeft al alle autorisaties."),
        )
    if component == Component.ZRC:
        # ac-003: zaken scopes need a zaaktype and a maximum vertrouwelijkheidaanduiding.
        if zaaktype is None:
            raise RuleViolation("zaaktype", "required", _("Kies het zaaktype."))
        if max_vertrouwelijkheidaanduiding is None:
            raise RuleViolation(
                "maxVertrouwelijkheidaanduiding",
                "required",
                _("Kies de maximale vertrouwelijkheid."),
            )
        if not applicatie.municipalities.filter(pk=zaaktype.municipality_id).exists():
            raise RuleViolation(
                "zaaktype",
                "other-municipality",
                _("Dit zaaktype hoort bij een gemeente van een andere applicatie."),
            )
        unknown = set(scopes) - S.ZAKEN_SCOPES
    elif component == Component.ZTC:
        unknown = set(scopes) - S.CATALOGI_SCOPES
    else:
        unknown = set()
    if unknown:
        raise RuleViolation(
            "scopes", "invalid", _("Onbekende scopes: %s") % ", ".join(sorted(unknown))
        )
    return Autorisatie.objects.create(
        applicatie=applicatie,
        component=component,
        scopes=scopes,
        zaaktype=zaaktype,
        max_vertrouwelijkheidaanduiding=int(max_vertrouwelijkheidaanduiding)
        if max_vertrouwelijkheidaanduiding is not None
        else None,
    )
