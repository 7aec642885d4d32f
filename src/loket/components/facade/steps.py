"""The steps a module takes on its own zaken, by the names its zaaktype definition gave them.

Modules cannot see the catalogi models, so they name a statustype by its `omschrijving` and a
resultaattype by its `omschrijving`, exactly as written in their `ZaaktypeDefinition`. Every
step is one transaction with an audit-trail row and the standard's notification, as in the API.
"""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from loket.accounts.validators import is_valid_bsn
from loket.components.catalogi.models import Eigenschap, ResultaatType, RolType, StatusType
from loket.components.common.errors import RuleViolation
from loket.components.zaken import object_services, services
from loket.components.zaken.audit import PLATFORM, Actor
from loket.components.zaken.models import Rol, Status, Zaak

__all__ = [
    "add_betrokkene",
    "close_with",
    "current_status_name",
    "open_zaken_of_person",
    "rollen_of",
    "set_eigenschap",
    "set_status_named",
]


def _statustype(zaak: Zaak, omschrijving: str) -> StatusType:
    found = StatusType.all_municipalities.filter(zaaktype_id=zaak.zaaktype_id, omschrijving=omschrijving).first()
    if found is None:
        raise RuleViolation("statustype", "unknown-statustype", _("Dit zaaktype kent deze status niet."))
    return found


def current_status_name(zaak: Zaak) -> str:
    """The omschrijving of the zaak's current statustype ("" if it has none yet)."""
    status = Status.all_municipalities.filter(zaak=zaak).select_related("statustype").order_by(
        "-datum_status_gezet", "-pk"
    ).first()
    return status.statustype.omschrijving if status else ""


def set_status_named(zaak: Zaak, omschrijving: str, *, toelichting: str = "", actor: Actor = PLATFORM) -> Status:
    """Give the zaak the status with this omschrijving (the last one closes it: give a result first)."""
    statustype = _statustype(zaak, omschrijving)
    return services.set_status(
        zaak, statustype=statustype, statustoelichting=toelichting or statustype.statustekst, actor=actor
    )


def close_with(zaak: Zaak, resultaat: str, *, toelichting: str = "", actor: Actor = PLATFORM) -> Status:
    """Give the zaak the resultaat with this omschrijving and its last status, in one transaction."""
    resultaattype = ResultaatType.all_municipalities.filter(
        zaaktype_id=zaak.zaaktype_id, omschrijving=resultaat
    ).first()
    if resultaattype is None:
        raise RuleViolation("resultaattype", "unknown-resultaattype", _("Dit zaaktype kent dit resultaat niet."))
    eindstatus = StatusType.all_municipalities.filter(zaaktype_id=zaak.zaaktype_id).order_by("-volgnummer").first()
    with transaction.atomic():
        services.set_result(zaak, resultaattype=resultaattype, toelichting=toelichting, actor=actor)
        return services.set_status(zaak, statustype=eindstatus, statustoelichting=toelichting, actor=actor)


def add_betrokkene(
    zaak: Zaak,
    *,
    omschrijving_generiek: str,
    bsn: str = "",
    kvk: str = "",
    naam: str = "",
    roltoelichting: str = "",
    actor: Actor = PLATFORM,
) -> Rol:
    """Another party to the zaak (e.g. `belanghebbende`, `mede_initiator`, `betrokkene`): a person by
    BSN or an organisation by KVK number, with the zaaktype's roltype of that generic kind."""
    roltype = RolType.all_municipalities.filter(
        zaaktype_id=zaak.zaaktype_id, omschrijving_generiek=omschrijving_generiek
    ).first()
    if roltype is None:
        raise RuleViolation("roltype", "unknown-roltype", _("Dit zaaktype kent deze rol niet."))
    if bsn:
        if not is_valid_bsn(bsn):
            raise RuleViolation("betrokkeneIdentificatie.inpBsn", "invalid", _("Dit burgerservicenummer bestaat niet."))
        kind, identificatie = "natuurlijk_persoon", {"inpBsn": bsn}
    elif kvk:
        kind, identificatie = "niet_natuurlijk_persoon", {"annIdentificatie": kvk, "statutaireNaam": naam[:500]}
    else:
        raise RuleViolation("betrokkeneIdentificatie", "invalid-betrokkene", _("Geef een BSN of KVK-nummer."))
    return services.add_rol(
        zaak,
        roltype=roltype,
        betrokkene_type=kind,
        betrokkene_identificatie=identificatie,
        roltoelichting=roltoelichting or roltype.omschrijving,
        afwijkende_naam_betrokkene=naam[:625] if bsn else "",
        actor=actor,
    )


def rollen_of(zaak: Zaak, omschrijving_generiek: str = "") -> list[Rol]:
    rollen = Rol.all_municipalities.filter(zaak=zaak).order_by("pk")
    if omschrijving_generiek:
        rollen = rollen.filter(omschrijving_generiek=omschrijving_generiek)
    return list(rollen)


def set_eigenschap(zaak: Zaak, naam: str, waarde: str, *, actor: Actor = PLATFORM):
    """Record a zaakeigenschap by the eigenschap's naam (checked against its specificatie)."""
    eigenschap = Eigenschap.all_municipalities.filter(zaaktype_id=zaak.zaaktype_id, naam=naam).first()
    if eigenschap is None:
        raise RuleViolation("eigenschap", "unknown-eigenschap", _("Dit zaaktype kent deze eigenschap niet."))
    return object_services.add_zaakeigenschap(zaak, eigenschap=eigenschap, waarde=waarde, actor=actor)


def open_zaken_of_person(bsn: str) -> list[Zaak]:
    """Every open zaak, in every municipality, in which this BSN has any rol (for a death, a move).

    Crosses municipalities on purpose: only core services that act on the registry's word use it.
    """
    zaak_ids = Rol.all_municipalities.filter(inp_bsn=bsn).values("zaak_id")
    return list(
        Zaak.all_municipalities.filter(pk__in=zaak_ids, einddatum__isnull=True)
        .select_related("municipality", "zaaktype")
        .order_by("pk")
    )
