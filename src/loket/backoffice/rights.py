"""Staff accounts of a municipality, managed by its functional administrator.

Nobody changes their own rights (no self-escalation, not even a zaaktype), nobody gives a role
beyond the municipality's (national coordinator, platform operator), and every change of rights
writes a RightsChange row in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.translation import gettext as _

from loket.accounts.constants import MUNICIPAL_ROLES, StaffRole
from loket.components.catalogi.models import ZaakType

from .models import RightsChange
from .services import staff_name


class RightsRefused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def staff_of(municipality):
    return get_user_model().objects.filter(municipality=municipality).order_by("username")


def handlers_of(zaak):
    """The case handlers of the zaak's municipality who handle its zaaktype (assignment choices)."""
    identificatie = zaak.zaaktype.identificatie
    candidates = staff_of(zaak.municipality_id).filter(role=StaffRole.CASE_HANDLER, is_active=True)
    return candidates.filter(pk__in=[user.pk for user in candidates if user.handles(identificatie)])


def zaaktype_choices(municipality) -> list[tuple[str, str]]:
    """(identificatie, omschrijving) of the zaaktypen in the municipality's catalogus."""
    rows = ZaakType.objects.filter(municipality=municipality).order_by("omschrijving").values_list("identificatie", "omschrijving")
    return list(dict(rows).items())


def _snapshot(user) -> dict:
    return {"role": user.role, "zaaktypen": sorted(user.zaaktypen or []), "is_active": user.is_active}


@transaction.atomic
def change_rights(*, staff_member, by, role: str, zaaktypen: list[str], active: bool) -> RightsChange | None:
    """Set a staff member's role, zaaktypen and access. Returns the audit row (None: no change)."""
    if by.role != StaffRole.FUNCTIONAL_ADMINISTRATOR or not by.municipality_id:
        raise RightsRefused(_("Alleen een functioneel beheerder kan rechten wijzigen."))
    member = get_user_model().objects.select_for_update().get(pk=staff_member.pk)
    if member.pk == by.pk:
        raise RightsRefused(_("U kunt uw eigen rechten niet wijzigen. Vraag dit aan een andere functioneel beheerder."))
    if member.municipality_id != by.municipality_id:
        raise RightsRefused(_("Deze medewerker werkt voor een andere gemeente."))
    if role not in MUNICIPAL_ROLES:
        raise RightsRefused(_("Deze rol kunt u niet geven."))
    known = {identificatie for identificatie, _name in zaaktype_choices(by.municipality_id)}
    if set(zaaktypen) - known:
        raise RightsRefused(_("Dit zaaktype bestaat niet in uw gemeente."))
    before = _snapshot(member)
    member.role = role
    member.zaaktypen = sorted(set(zaaktypen)) if role == StaffRole.CASE_HANDLER else []
    member.is_active = active
    member.is_staff = False  # the Django admin is for platform operators only
    after = _snapshot(member)
    if after == before:
        return None
    member.save(update_fields=["role", "zaaktypen", "is_active", "is_staff"])
    return RightsChange.objects.create(
        municipality_id=by.municipality_id,
        changed_by_username=by.get_username(),
        changed_by_name=staff_name(by),
        staff_member_username=member.get_username(),
        staff_member_name=staff_name(member),
        before=before,
        after=after,
    )


@dataclass(frozen=True)
class ChangeRow:
    when: object
    by: str
    staff_member: str
    before: str
    after: str


def _describe(snapshot: dict, zaaktype_names: dict[str, str]) -> str:
    role = dict(StaffRole.choices).get(snapshot.get("role"), snapshot.get("role", ""))
    zaaktypen = ", ".join(zaaktype_names.get(z, z) for z in snapshot.get("zaaktypen", [])) or "–"
    active = _("actief") if snapshot.get("is_active") else _("niet actief")
    return f"{role}; {zaaktypen}; {active}"


def changes_in(municipality, limit: int = 50) -> list[ChangeRow]:
    """The latest changes of rights in the municipality, newest first, in words."""
    names = dict(zaaktype_choices(municipality))
    return [
        ChangeRow(c.created_at, c.changed_by_name, c.staff_member_name, _describe(c.before, names), _describe(c.after, names))
        for c in RightsChange.objects.filter(municipality=municipality)[:limit]
    ]
