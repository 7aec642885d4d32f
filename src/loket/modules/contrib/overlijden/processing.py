"""The declaration's checks and what follows when it is clean.

`checked_declaration` compares the form with the registry and puts a Dutch message next to the
field for each refusal (nothing is stored then). `declare` starts the zaak at the municipality of
death; with the doctor's statement it is processed at once (`process`), in the same transaction:
the registry records the death, the certificate is drawn up, the deceased's other open zaken are
notified and the relatives get a checklist. Without the statement the zaak waits for it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from loket.components.facade import RuleViolation, add_document_to_zaak
from loket.components.facade.steps import (
    add_betrokkene,
    close_with,
    rollen_of,
    set_eigenschap,
    set_status_named,
)
from loket.modules.facades.business import (
    Declarant,
    declarant_actor,
    eigenschappen_of,
    enabled_in,
    informatieobjecttype_named,
    processing_actor,
    start_zaak_for_declarant,
)
from loket.notifications.facade import send_to_resident
from loket.registry.facade.deaths import (
    AmbiguousPerson,
    Deceased,
    TooManyLookups,
    death_municipality,
    find_person,
    record_death,
    relation_confirmed,
    relatives,
)

from . import zaaktype as zt
from .certificate import CertificateFacts, certificate_pdf
from .checklist import checklist_text
from .forms import RELATIONS, VERIFIED_RELATIONS
from .legal_window import window_for
from .open_zaken import notify_open_zaken

PURPOSE_FIND = "aangifte overlijden: overledene vinden en controleren"
PURPOSE_RECORD = "aangifte overlijden: overlijden inschrijven en akte opmaken"
PURPOSE_RELATIVES = "aangifte overlijden: nabestaanden informeren"
UNDERTAKER = "undertaker"
DATETIME_FORMAT = "%Y%m%d%H%M%S"


@dataclass(frozen=True)
class Declaration:
    deceased: Deceased
    died_at: datetime.datetime
    municipality: object  # the municipality of death, where the zaak lives
    relation: str
    funeral_kind: str
    funeral_date: datetime.date
    permission_reason: str


@dataclass(frozen=True)
class Statement:
    name: str
    content: bytes


def _format(day: datetime.date) -> str:
    from django.utils.formats import date_format

    return date_format(day, "j F Y")


def _place(form, declarant: Declarant, own_municipality, identifier: str):
    name = form.cleaned_data.get("death_municipality", "")
    municipality = death_municipality(name) if name else (None if declarant.is_business else own_municipality)
    if municipality is None:
        form.add_error(
            "death_municipality",
            _("Wij kennen geen gemeente met deze naam. Schrijf de naam zoals de gemeente heet, bijvoorbeeld Amsterdam.")
            if name
            else _("Vul de gemeente in waar de persoon is overleden."),
        )
        return None
    if enabled_in(municipality, identifier) is None:
        form.add_error(
            "death_municipality",
            _("De gemeente %(name)s neemt nog geen aangifte van overlijden online aan. Doe de aangifte bij "
              "de gemeente %(name)s zelf.") % {"name": municipality.name},
        )
        return None
    return municipality


def _deceased(form, declarant: Declarant) -> Deceased | None:
    data = form.cleaned_data
    field = "deceased_bsn" if data.get("deceased_bsn") else "deceased_surname"
    if data.get("deceased_bsn") and data["deceased_bsn"] == declarant.bsn:
        form.add_error(field, _("U kunt geen aangifte doen van uw eigen overlijden."))
        return None
    try:
        found = find_person(
            actor=processing_actor(declarant),
            purpose=PURPOSE_FIND,
            bsn=data.get("deceased_bsn", ""),
            surname=data.get("deceased_surname", ""),
            birth_date=data.get("deceased_birth_date"),
            not_bsn=declarant.bsn,
        )
    except AmbiguousPerson as error:
        form.add_error("deceased_bsn", str(error.message))
        return None
    except TooManyLookups as error:
        form.add_error(field, str(error.message))
        return None
    if found is None:
        form.add_error(
            field,
            _("Wij vinden deze persoon niet in de basisregistratie personen. Controleer wat u heeft ingevuld."),
        )
        return None
    if found.is_deceased:
        form.add_error(field, _("Het overlijden van deze persoon is al ingeschreven."))
        return None
    death_date = data.get("death_date")
    if death_date and found.birth_date and death_date < found.birth_date:
        form.add_error("death_date", _("De datum van overlijden ligt vóór de geboortedatum van deze persoon."))
        return None
    return found


def _relation(form, declarant: Declarant, deceased: Deceased) -> str | None:
    if declarant.is_business:
        return UNDERTAKER
    relation = form.cleaned_data["relation"]
    if relation in VERIFIED_RELATIONS and not relation_confirmed(
        deceased_bsn=deceased.bsn, declarant_bsn=declarant.bsn, relation=relation
    ):
        label = dict(RELATIONS)[relation]
        form.add_error(
            "relation",
            _("Volgens de basisregistratie personen klopt dit niet: “%(relation)s”. Kies wat wel klopt, of "
              "laat de uitvaartondernemer de aangifte doen.") % {"relation": label},
        )
        return None
    return relation


def _funeral(form, died_at: datetime.datetime) -> bool:
    data = form.cleaned_data
    day = data["funeral_date"]
    if day < died_at.date():
        form.add_error("funeral_date", _("De uitvaart kan niet vóór het overlijden zijn."))
        return False
    window = window_for(died_at)
    if not window.allows(day) and not data.get("permission_reason"):
        form.add_error(
            "funeral_date",
            _("Deze datum valt buiten de wettelijke termijn. Kies een datum van %(earliest)s tot en met "
              "%(latest)s. Wilt u toch deze datum? Schrijf dan hieronder waarom.")
            % {"earliest": _format(window.earliest), "latest": _format(window.latest)},
        )
        return False
    return True


def checked_declaration(form, *, declarant: Declarant, own_municipality, identifier: str) -> Declaration | None:
    """The declaration when the registry and the law allow it; else None, with the errors on the form."""
    municipality = _place(form, declarant, own_municipality, identifier)
    deceased = _deceased(form, declarant)
    if municipality is None or deceased is None:
        return None
    relation = _relation(form, declarant, deceased)
    data = form.cleaned_data
    died_at = datetime.datetime.combine(data["death_date"], data["death_time"])
    if relation is None or not _funeral(form, died_at):
        return None
    needs_permission = not window_for(died_at).allows(data["funeral_date"])
    return Declaration(
        deceased=deceased,
        died_at=died_at,
        municipality=municipality,
        relation=relation,
        funeral_kind=data["funeral_kind"],
        funeral_date=data["funeral_date"],
        permission_reason=data.get("permission_reason", "").strip() if needs_permission else "",
    )


def _attach_statement(zaak, statement: Statement, actor) -> None:
    add_document_to_zaak(
        zaak,
        titel=_("Verklaring van overlijden"),
        bestandsnaam=statement.name[-200:] or "verklaring.pdf",
        content=statement.content,
        informatieobjecttype=informatieobjecttype_named(zaak, zt.DOCTORS_STATEMENT),
        actor=actor,
    )


def declare(*, module, declarant: Declarant, declaration: Declaration, statement: Statement | None):
    """Start the zaak at the municipality of death; process it at once when the statement is there.

    One transaction: a refused upload (RuleViolation) or a registry refusal leaves nothing."""
    actor = declarant_actor(module, declarant)
    deceased = declaration.deceased
    with transaction.atomic():
        zaak = start_zaak_for_declarant(
            module=module,
            municipality=declaration.municipality,
            declarant=declarant,
            omschrijving=f"Aangifte overlijden {deceased.name}",
            toelichting=_("Aangifte van het overlijden op %(date)s in de gemeente %(place)s.")
            % {"date": _format(declaration.died_at.date()), "place": declaration.municipality.name},
        )
        add_betrokkene(zaak, omschrijving_generiek="belanghebbende", bsn=deceased.bsn, naam=deceased.name, actor=actor)
        values = {
            zt.DIED_AT: declaration.died_at.strftime(DATETIME_FORMAT),
            zt.FUNERAL_KIND: declaration.funeral_kind,
            zt.FUNERAL_DATE: declaration.funeral_date.strftime("%Y%m%d"),
            zt.RELATION: declaration.relation,
        }
        if declaration.permission_reason:
            values[zt.PERMISSION_REASON] = declaration.permission_reason
        for naam, waarde in values.items():
            set_eigenschap(zaak, naam, waarde, actor=actor)
        if statement is not None:
            _attach_statement(zaak, statement, actor)
            process(zaak, module=module, declarant=declarant)
    return zaak


def add_statement(zaak, *, module, declarant: Declarant, statement: Statement) -> None:
    """The doctor's statement sent later: attach it and process the zaak, in one transaction."""
    with transaction.atomic():
        _attach_statement(zaak, statement, declarant_actor(module, declarant))
        process(zaak, module=module, declarant=declarant)


def deceased_bsn_of(zaak) -> str:
    rollen = rollen_of(zaak, "belanghebbende")
    return rollen[0].inp_bsn if rollen else ""


DECLARED_AS = {
    "partner": gettext_lazy("De echtgenoot of geregistreerde partner"),
    "child": gettext_lazy("Een kind"),
    "parent": gettext_lazy("Een ouder"),
    "relative": gettext_lazy("Een ander familielid"),
    "present": gettext_lazy("Iemand die bij het overlijden aanwezig was"),
}


def _declared_by(declarant: Declarant, relation: str) -> str:
    if declarant.is_business:
        return _("Uitvaartondernemer %(name)s (KVK %(kvk)s)") % {"name": declarant.name or "", "kvk": declarant.kvk}
    return str(DECLARED_AS.get(relation, _("Een nabestaande")))


def process(zaak, *, module, declarant: Declarant) -> None:
    """The automatic processing of a clean declaration (call inside a transaction)."""
    actor = declarant_actor(module, declarant)
    values = eigenschappen_of(zaak)
    died_at = datetime.datetime.strptime(values[zt.DIED_AT], DATETIME_FORMAT)
    bsn = deceased_bsn_of(zaak)
    log_actor = processing_actor(declarant)
    deceased = find_person(actor=log_actor, purpose=PURPOSE_RECORD, bsn=bsn, counts_as_lookup=False)
    record_death(
        bsn=bsn, died_on=died_at.date(), municipality=zaak.municipality, actor=log_actor, purpose=PURPOSE_RECORD
    )
    facts = CertificateFacts(
        number=zaak.identificatie,
        municipality_name=zaak.municipality.name,
        deceased_name=deceased.name,
        birth_date=deceased.birth_date,
        died_at=died_at,
        residence_name=deceased.municipality.name if deceased.municipality else "",
        declared_by=_declared_by(declarant, values.get(zt.RELATION, "")),
        drawn_up_on=timezone.localdate(),
    )
    add_document_to_zaak(
        zaak,
        titel=_("Akte van overlijden"),
        bestandsnaam=f"akte-van-overlijden-{zaak.identificatie}.pdf",
        content=certificate_pdf(facts),
        informatieobjecttype=informatieobjecttype_named(zaak, zt.CERTIFICATE),
        auteur=f"Gemeente {zaak.municipality.name}",
        actor=actor,
    )
    set_status_named(zaak, zt.CERTIFICATE_DRAWN_UP, actor=actor)
    notify_open_zaken(bsn, except_zaak=zaak)
    inform_relatives(bsn, deceased_name=deceased.name, died_on=died_at.date(), zaak=zaak, actor=log_actor)
    if values.get(zt.PERMISSION_REASON):
        set_status_named(zaak, zt.AWAITING_PERMISSION, actor=actor)
    else:
        close_with(zaak, zt.REGISTERED, toelichting=_("Het overlijden is ingeschreven."), actor=actor)


def inform_relatives(bsn: str, *, deceased_name: str, died_on: datetime.date, zaak, actor) -> int:
    """An inbox message with the checklist for the partner and each adult child; the count."""
    found = relatives(bsn, actor=actor, purpose=PURPOSE_RELATIVES, on=died_on)
    from django.urls import reverse

    question = reverse("portal:vraag", args=["overlijden"])
    for relative in found:
        body = "\n\n".join(
            [
                _("Wij vinden het heel erg dat %(name)s is overleden. Wij wensen u veel sterkte.")
                % {"name": deceased_name},
                _("Het overlijden is ingeschreven door de gemeente %(place)s. Hieronder staat wat u daarna "
                  "kunt regelen. U hoeft niet alles meteen te doen.") % {"place": zaak.municipality.name},
                checklist_text(relative.municipality),
            ]
        )
        send_to_resident(
            bsn=relative.bsn,
            subject=_("Wat u kunt regelen na het overlijden van %(name)s") % {"name": deceased_name},
            body=body,
            municipality_id=zaak.municipality_id,
            link_url=question,
        )
    return len(found)


def decide_permission(zaak, *, grant: bool, explanation: str, actor) -> None:
    """Staff decide on a funeral date outside the legal window; the zaak closes."""
    if grant:
        toelichting = explanation or _("Toestemming gegeven voor de gevraagde datum van de uitvaart.")
        close_with(zaak, zt.REGISTERED, toelichting=toelichting[:1000], actor=actor)
    else:
        toelichting = explanation or _("Geen toestemming voor de gevraagde datum van de uitvaart.")
        close_with(zaak, zt.DATE_REFUSED, toelichting=toelichting[:1000], actor=actor)


__all__ = [
    "Declaration",
    "RuleViolation",
    "Statement",
    "add_statement",
    "checked_declaration",
    "decide_permission",
    "declare",
    "process",
]
