"""Start a correction request: one zaak at the resident's municipality, and a processing-log row."""

from django.db import transaction

from loket.components import facade as zgw
from loket.privacy.actors import Actor
from loket.privacy.constants import ProcessingAction
from loket.privacy.services import log_processing
from loket.tenancy.context import activate

from .zaaktype import DEFINITION, IDENTIFICATIE

PURPOSE = "verzoek om wijziging persoonsgegevens"
LEGAL_BASIS = "Wet basisregistratie personen, artikel 2.58"
PORTAL_ACTOR = zgw.Actor(
    applicatie_id="loket-portaal", applicatie_weergave="Mijn Loket", gebruikers_weergave="Inwoner (DigiD)"
)


class CorrectionUnavailable(Exception):
    """The municipality cannot take the request online (no RSIN, case type switched off)."""


def _zaaktype(municipality):
    zaaktype = zgw.zaaktype_for(municipality, IDENTIFICATIE)
    if zaaktype is None:
        try:
            zaaktype = zgw.install_zaaktype(municipality=municipality, definition=DEFINITION)
        except zgw.RuleViolation as error:
            raise CorrectionUnavailable(str(error)) from error
    return zaaktype


def request_correction(*, bsn: str, municipality, summary: str):
    """Returns the new zaak. Nothing is stored when anything fails."""
    if municipality is None:
        raise CorrectionUnavailable("no municipality")
    with activate(municipality), transaction.atomic():
        zaak = zgw.start_zaak_for_resident(
            _zaaktype(municipality),
            bsn,
            omschrijving="Verzoek om wijziging persoonsgegevens",
            toelichting=summary,
            actor=PORTAL_ACTOR,
        )
        log_processing(
            actor=Actor.resident(bsn),
            action=ProcessingAction.CREATE,
            action_name="Verzoek om wijziging persoonsgegevens indienen",
            purpose=PURPOSE,
            legal_basis=LEGAL_BASIS,
            object_type="zaak",
            object_id=zaak.identificatie,
            subject_bsn=bsn,
            municipality=municipality,
        )
    return zaak
