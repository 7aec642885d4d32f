"""What /verify/ answers: is this document (by code or by file) authentic and unchanged?"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from loket.privacy.actors import Actor
from loket.privacy.constants import ProcessingAction
from loket.privacy.services import log_processing

from . import signing
from .codes import normalise
from .models import SignedDocument

AUTHENTIC = "authentic"
NOT_AUTHENTIC = "not-authentic"
UNKNOWN = "unknown"

VERIFIER = Actor.system("Controlepagina documenten")
PURPOSE = "Echtheid van een uitgegeven document controleren"
LEGAL_BASIS = "AVG art. 6 lid 1 sub e; controle op echtheid van door de overheid uitgegeven documenten"


@dataclass(frozen=True)
class Verdict:
    outcome: str
    reason: str = ""
    title: str = ""
    code: str = ""
    issued_at: object = None
    issuer: str = ""
    statements: list = field(default_factory=list)

    @property
    def authentic(self) -> bool:
        return self.outcome == AUTHENTIC


def _record_is_sound(record: SignedDocument) -> bool:
    digest = signing.statements_digest(record.title, record.statements)
    return signing.is_valid(record.key_id, record.signature, record.code, record.sha256, digest)


def _authentic(record: SignedDocument) -> Verdict:
    if record.subject_bsn:
        log_processing(
            actor=VERIFIER,
            action=ProcessingAction.READ,
            action_name="Document gecontroleerd",
            purpose=PURPOSE,
            legal_basis=LEGAL_BASIS,
            object_type="document",
            object_id=record.code,
            subject_bsn=record.subject_bsn,
            municipality=record.municipality,
        )
    return Verdict(
        AUTHENTIC,
        title=record.title,
        code=record.code,
        issued_at=record.issued_at,
        issuer=record.municipality.name if record.municipality_id else "Loket",
        statements=record.statements,
    )


def by_code(value: str) -> Verdict:
    code = normalise(value)
    record = SignedDocument.objects.filter(code=code).select_related("municipality").first() if code else None
    if record is None:
        return Verdict(UNKNOWN, reason=str(_("Wij kennen geen document met deze code. Kijk of u de code goed hebt overgenomen.")))
    if not _record_is_sound(record):
        return Verdict(NOT_AUTHENTIC, reason=str(_("De handtekening bij deze code klopt niet.")), code=code)
    return _authentic(record)


def by_file(data: bytes) -> Verdict:
    embedded = signing.extract(data)
    if embedded is None:
        return Verdict(NOT_AUTHENTIC, reason=str(_("Dit bestand heeft geen handtekening van Loket.")))
    body_sha = signing.sha256(embedded.body)
    record = SignedDocument.objects.filter(code=embedded.code).select_related("municipality").first()
    if record is None:
        return Verdict(NOT_AUTHENTIC, reason=str(_("Wij hebben dit document niet uitgegeven.")))
    digest = signing.statements_digest(record.title, record.statements)
    signature_ok = signing.is_valid(embedded.key_id, embedded.signature, embedded.code, body_sha, digest)
    if not signature_ok or body_sha != record.sha256 or embedded.signature != record.signature:
        return Verdict(
            NOT_AUTHENTIC,
            reason=str(_("Dit bestand is veranderd nadat wij het uitgaven, of de handtekening is niet echt.")),
            code=record.code,
        )
    return _authentic(record)
