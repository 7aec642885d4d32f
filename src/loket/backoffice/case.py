"""What the case page shows. Registry data about the resident is read through the registry
facade, which writes a processing-log row naming the staff member and the purpose."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext as _

from loket.components.besluiten.selectors import besluiten_of_zaak
from loket.components.catalogi.models import BesluitType, ResultaatType, StatusType
from loket.components.common.paths import ZAKEN_ROOT
from loket.components.documenten.models import ObjectInformatieObject
from loket.components.zaken.models import KlantContact, Rol, Status, ZaakEigenschap
from loket.components.zaken.selectors import audittrail_of
from loket.privacy.actors import Actor
from loket.registry.facade import PersonSummary, person_summary

from .constants import INFORMATION_ANSWER_SUBJECT, INFORMATION_REQUEST_SUBJECT
from .models import CaseEvent, CaseNote
from .queue import HANDLER


@dataclass(frozen=True)
class Party:
    role: str
    name: str
    bsn: str
    kvk: str
    summary: PersonSummary | None = None


@dataclass(frozen=True)
class TimelineStep:
    name: str
    reached_on: datetime.datetime | None
    note: str
    is_current: bool


@dataclass(frozen=True)
class TrailEntry:
    when: datetime.datetime
    who: str
    what: str
    detail: str


@dataclass(frozen=True)
class Contact:
    when: datetime.datetime
    is_question: bool
    text: str


@dataclass(frozen=True)
class CaseDocument:
    uuid: str
    title: str
    filename: str
    created: datetime.date


def viewing_purpose(zaak) -> str:
    return _("zaak %(number)s behandelen: gegevens van de aanvrager tonen") % {"number": zaak.identificatie}


def parties(zaak, user) -> list[Party]:
    """Everyone with a rol except staff. The initiator's registry summary is read (and logged)."""
    found = []
    for rol in Rol.objects.filter(zaak=zaak).exclude(betrokkene_type="medewerker").order_by("pk"):
        ident = rol.betrokkene_identificatie or {}
        summary = None
        if rol.omschrijving_generiek == "initiator" and rol.inp_bsn:
            summary = person_summary(rol.inp_bsn, actor=Actor.staff(user), purpose=viewing_purpose(zaak))
        name = summary.name if summary else rol.afwijkende_naam_betrokkene or ident.get("statutaireNaam", "")
        found.append(Party(rol.omschrijving, name, rol.inp_bsn, ident.get("annIdentificatie", ""), summary))
    return found


def handler_of(zaak) -> Rol | None:
    return Rol.objects.filter(zaak=zaak, omschrijving_generiek=HANDLER, betrokkene_type="medewerker").order_by("-pk").first()


def eigenschappen(zaak) -> list[tuple[str, str]]:
    return list(ZaakEigenschap.objects.filter(zaak=zaak).order_by("pk").values_list("naam", "waarde"))


def timeline(zaak) -> list[TimelineStep]:
    statustypen = list(StatusType.objects.filter(zaaktype_id=zaak.zaaktype_id).order_by("volgnummer"))
    reached: dict[int, tuple] = {}
    for status in Status.objects.filter(zaak=zaak).order_by("datum_status_gezet", "pk"):
        reached[status.statustype_id] = (status.datum_status_gezet, status.statustoelichting)
    current = zaak.status.statustype_id if zaak.status_id else None
    return [
        TimelineStep(st.omschrijving, *(reached.get(st.pk) or (None, "")), is_current=st.pk == current)
        for st in statustypen
    ]


def audit_trail(zaak) -> list[TrailEntry]:
    """The standard's audit trail of the zaak (every write, by whom, through which application)
    and the back-office steps it does not attribute (notes, module panels), oldest first."""
    entries = [
        TrailEntry(
            row.aanmaakdatum,
            row.gebruikers_weergave or row.applicatie_weergave or row.applicatie_id,
            f"{row.resource_weergave or row.resource}: {row.actie_weergave}",
            row.toelichting,
        )
        for row in audittrail_of(zaak)
    ]
    entries += [TrailEntry(event.created_at, event.staff_member_name, event.what, "") for event in CaseEvent.objects.filter(zaak=zaak)]
    return sorted(entries, key=lambda entry: entry.when)


def contacts(zaak) -> list[Contact]:
    subjects = (INFORMATION_REQUEST_SUBJECT, INFORMATION_ANSWER_SUBJECT)
    return [
        Contact(kc.datumtijd, kc.onderwerp == INFORMATION_REQUEST_SUBJECT, kc.toelichting)
        for kc in KlantContact.objects.filter(zaak=zaak, onderwerp__in=subjects).order_by("datumtijd", "pk")
    ]


def notes(zaak) -> list[CaseNote]:
    return list(CaseNote.objects.filter(zaak=zaak))


def documents(zaak) -> list[CaseDocument]:
    links = ObjectInformatieObject.objects.filter(
        object=f"{ZAKEN_ROOT}/zaken/{zaak.uuid}", object_type="zaak"
    ).select_related("document__latest").order_by("pk")
    found = []
    for link in links:
        versie = link.document.latest
        if versie is not None:
            found.append(CaseDocument(str(link.document.uuid), versie.titel, versie.bestandsnaam, versie.creatiedatum))
    return found


def document_of(zaak, uuid):
    """(document, its latest version) if it belongs to this zaak, else None."""
    link = (
        ObjectInformatieObject.objects.filter(object=f"{ZAKEN_ROOT}/zaken/{zaak.uuid}", object_type="zaak", document__uuid=uuid)
        .select_related("document__latest")
        .first()
    )
    if link is None or link.document.latest is None:
        return None
    return link.document, link.document.latest


def besluiten(zaak):
    return list(besluiten_of_zaak(zaak).select_related("besluittype"))


def next_statustypen(zaak) -> list[StatusType]:
    """The statuses a handler may set by hand: all but the last (closing goes with a result)."""
    statustypen = list(StatusType.objects.filter(zaaktype_id=zaak.zaaktype_id).order_by("volgnummer"))
    return statustypen[:-1]


def resultaattypen(zaak) -> list[ResultaatType]:
    return list(ResultaatType.objects.filter(zaaktype_id=zaak.zaaktype_id).order_by("omschrijving"))


def besluittypen(zaak) -> list[BesluitType]:
    return list(BesluitType.objects.filter(zaaktypen=zaak.zaaktype_id, concept=False).order_by("omschrijving"))
