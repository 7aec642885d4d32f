"""Every write of the back office: the ZGW step(s) with the staff member as actor (so the
standard's audit trail names them), in one transaction; messages to the resident go through
the outbox and are delivered after commit."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from loket.components import facade as zgw
from loket.components.catalogi.models import RolType
from loket.components.common.errors import ActionNotAllowed, RuleViolation
from loket.components.zaken import object_services
from loket.components.zaken import services as zaken
from loket.components.zaken.models import Rol
from loket.notifications.facade import send_to_resident

from .constants import (
    APPLICATION_ID,
    APPLICATION_NAME,
    ASKS_FOR_INPUT_REASON,
    INFORMATION_REQUEST_SUBJECT,
)
from .models import CaseEvent, CaseNote
from .queue import HANDLER

__all__ = [
    "ActionNotAllowed",
    "RuleViolation",
    "add_note",
    "ask_information",
    "assign",
    "change_status",
    "decide",
    "record_panel_step",
    "unassign",
    "upload_document",
]


def staff_name(user) -> str:
    return user.get_full_name() or user.get_username()


def zgw_actor(user, toelichting: str = "") -> zgw.Actor:
    return zgw.Actor(
        applicatie_id=APPLICATION_ID,
        applicatie_weergave=APPLICATION_NAME,
        gebruikers_id=user.get_username(),
        gebruikers_weergave=staff_name(user),
        toelichting=toelichting[:1000],
    )


def _initiator_bsn(zaak) -> str:
    rol = Rol.objects.filter(zaak=zaak, omschrijving_generiek="initiator").exclude(inp_bsn="").order_by("pk").first()
    return rol.inp_bsn if rol else ""


def _tell_resident(zaak, subject: str, body: str, *, link_url: str = "") -> None:
    bsn = _initiator_bsn(zaak)
    if bsn:
        send_to_resident(
            bsn=bsn,
            subject=subject,
            body=body,
            municipality_id=zaak.municipality_id,
            zaak_url=reverse("portal:mijn-zaak", args=[zaak.uuid]),
            link_url=link_url,
        )


# -- assignment ------------------------------------------------------------------------------


@transaction.atomic
def assign(zaak, *, to, by) -> Rol:
    """`to` becomes the zaak's behandelaar (rol of a medewerker); a previous one is removed."""
    roltype = RolType.objects.filter(zaaktype_id=zaak.zaaktype_id, omschrijving_generiek=HANDLER).first()
    if roltype is None:
        raise RuleViolation("roltype", "no-behandelaar", _("Dit zaaktype kent geen behandelaar."))
    if not to.handles(zaak.zaaktype.identificatie) or to.municipality_id != zaak.municipality_id:
        raise ActionNotAllowed(_("Deze medewerker behandelt dit soort zaken niet."), "not-a-handler")
    actor = zgw_actor(by, _("Toegewezen aan %(name)s") % {"name": staff_name(to)})
    for rol in Rol.objects.filter(zaak=zaak, omschrijving_generiek=HANDLER, betrokkene_type="medewerker"):
        zaken.delete_rol(rol, actor=actor)
    return zaken.add_rol(
        zaak,
        roltype=roltype,
        betrokkene_type="medewerker",
        betrokkene_identificatie={"identificatie": to.get_username(), "achternaam": staff_name(to)[:200]},
        roltoelichting=roltype.omschrijving,
        actor=actor,
    )


@transaction.atomic
def unassign(zaak, *, by) -> None:
    actor = zgw_actor(by, _("Niet meer toegewezen"))
    for rol in Rol.objects.filter(zaak=zaak, omschrijving_generiek=HANDLER, betrokkene_type="medewerker"):
        zaken.delete_rol(rol, actor=actor)


# -- status ----------------------------------------------------------------------------------


def change_status(zaak, *, statustype, toelichting: str, by):
    """A new status (not the last: closing goes with a result, see `decide`)."""
    return zgw.set_status(zaak, statustype, toelichting=toelichting, actor=zgw_actor(by, toelichting))


# -- information from the resident -----------------------------------------------------------


def _date(value: datetime.date) -> str:
    return formats.date_format(value, "j F Y")


@transaction.atomic
def ask_information(zaak, *, question: str, answer_before: datetime.date, by) -> None:
    """Ask the initiator for information: a klantcontact with the question, the zaak suspended
    (opschorting: the legal deadline pauses until the answer, Awb 4:15) and a message with a link
    to the page where they answer in Mijn Loket."""
    if zaak.opschorting_indicatie:
        raise ActionNotAllowed(_("Deze zaak wacht al op informatie van de inwoner."), "already-waiting")
    if not _initiator_bsn(zaak):
        raise ActionNotAllowed(_("Deze aanvrager kan niet in Mijn Loket antwoorden."), "no-resident")
    actor = zgw_actor(by, _("Informatie gevraagd aan de inwoner"))
    text = _("%(question)s (Graag antwoord vóór %(date)s.)") % {"question": question, "date": _date(answer_before)}
    object_services.add_klantcontact(
        zaak,
        datumtijd=timezone.now(),
        kanaal="Mijn Loket",
        onderwerp=INFORMATION_REQUEST_SUBJECT,
        toelichting=text[:1000],
        actor=actor,
    )
    zaken.update_zaak(zaak, opschorting_indicatie=True, opschorting_reden=ASKS_FOR_INPUT_REASON, actor=actor)
    _tell_resident(
        zaak,
        _("De gemeente vraagt u om informatie over zaak %(number)s") % {"number": zaak.identificatie},
        _("Wij hebben informatie van u nodig om uw zaak te behandelen: %(question)s Geef uw antwoord vóór %(date)s in Mijn Loket.")
        % {"question": question, "date": _date(answer_before)},
        link_url=reverse("portal:mijn-zaak-informatie", args=[zaak.uuid]),
    )


# -- decision and closing --------------------------------------------------------------------


@transaction.atomic
def decide(zaak, *, resultaattype, reason: str, by, besluittype=None) -> None:
    """The decision with its reason: a besluit (where the zaaktype has one), the result and the
    last status; the resident gets a message with the reason."""
    actor = zgw_actor(by, reason)
    if zaak.opschorting_indicatie:
        zaken.update_zaak(zaak, opschorting_indicatie=False, opschorting_reden="", actor=actor)
    today = timezone.localdate()
    if besluittype is not None:
        zgw.create_besluit_for_zaak(zaak, besluittype=besluittype, datum=today, ingangsdatum=today, toelichting=reason, actor=actor)
    zgw.close(zaak, resultaattype, toelichting=reason[:1000], actor=actor)
    _tell_resident(
        zaak,
        _("Er is een besluit over uw zaak %(number)s") % {"number": zaak.identificatie},
        _("Uitkomst: %(result)s. De reden: %(reason)s") % {"result": resultaattype.omschrijving, "reason": reason},
    )


# -- notes, documents, module panels ---------------------------------------------------------


@transaction.atomic
def add_note(zaak, *, text: str, by) -> CaseNote:
    note = CaseNote.objects.create(zaak=zaak, author_username=by.get_username(), author_name=staff_name(by), text=text)
    CaseEvent.objects.create(
        zaak=zaak, staff_member_username=by.get_username(), staff_member_name=staff_name(by), what=_("Notitie toegevoegd")
    )
    return note


def upload_document(zaak, *, title: str, upload, by):
    """A document on the zaak (the Documenten API's upload checks: size, real type, safe name)."""
    return zgw.add_document_to_zaak(
        zaak,
        titel=title,
        bestandsnaam=upload.name,
        content=upload.read(),
        auteur=staff_name(by),
        actor=zgw_actor(by, _("Document toegevoegd")),
    )


def record_panel_step(zaak, *, panel_title: str, by) -> CaseEvent:
    """A module's task panel acted on the zaak at this staff member's request."""
    return CaseEvent.objects.create(
        zaak=zaak,
        staff_member_username=by.get_username(),
        staff_member_name=staff_name(by),
        what=(_("Taak: %(title)s") % {"title": panel_title})[:200]
    )
