"""Writes on documents: create, update (always a new version), lock/unlock, the parts of a chunked
upload, delete, gebruiksrechten, and the objectinformatieobjecten the Zaken and Besluiten
services keep in step.

Each write checks the standard's rules first, then stores content (storage is no database: a
file written before a failing database write is removed again), then changes the rows and writes
the audit row (which also queues the notification) in one transaction. Scopes are the caller's
job; what they unlock comes in as `forced`.
"""

import datetime
import secrets
import tempfile
import uuid as uuid_lib
from urllib.parse import urlparse

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from loket.components.catalogi.models import InformatieObjectType
from loket.components.common.errors import ActionNotAllowed, RuleViolation
from loket.tenancy.context import activate

from . import audit, content
from .models import (
    BestandsDeel,
    DocumentStatus,
    EnkelvoudigInformatieObject,
    Gebruiksrecht,
    ObjectInformatieObject,
    Versie,
)
from .representation import document_data, gebruiksrecht_data

# The fields of a version a client writes (model names); the rest is derived.
VERSION_FIELDS = (
    "identificatie",
    "bronorganisatie",
    "creatiedatum",
    "titel",
    "vertrouwelijkheidaanduiding",
    "auteur",
    "status",
    "formaat",
    "taal",
    "bestandsnaam",
    "bestandsomvang",
    "link",
    "beschrijving",
    "ontvangstdatum",
    "verzenddatum",
    "verschijningsvorm",
    "ondertekening_soort",
    "ondertekening_datum",
    "integriteit_algoritme",
    "integriteit_waarde",
    "integriteit_datum",
    "informatieobjecttype",
    "trefwoorden",
)
NOT_FOR_RECEIVED = {DocumentStatus.IN_BEWERKING, DocumentStatus.TER_VASTSTELLING}
UNSET = object()


def _snapshot(document, versie) -> dict:
    return document_data(document, versie, "", parts=[])


def _check_type(iot: InformatieObjectType, municipality_id: int | None = None) -> None:
    if iot.concept:
        raise RuleViolation(
            "informatieobjecttype",
            "not-published",
            _("Dit informatieobjecttype is nog niet gepubliceerd."),
        )
    if municipality_id is not None and iot.municipality_id != municipality_id:
        raise RuleViolation(
            "informatieobjecttype",
            "bad-url",
            _("Dit informatieobjecttype hoort bij een andere gemeente dan het document."),
        )


def _check_fields(fields: dict, document=None) -> None:
    iot = fields["informatieobjecttype"]
    if fields["bronorganisatie"] != iot.catalogus.rsin:
        raise RuleViolation(
            "bronorganisatie",
            "bronorganisatie-mismatch",
            _(
                "De bronorganisatie moet het RSIN van de gemeente van het informatieobjecttype zijn."
            ),
        )
    if fields.get("ontvangstdatum") and fields.get("status") in NOT_FOR_RECEIVED:
        raise RuleViolation(
            "status",
            "invalid_for_received",
            _("Een ontvangen document kan niet 'in bewerking' of 'ter vaststelling' zijn."),
        )
    content.check_bestandsnaam(fields.get("bestandsnaam") or "")
    clash = EnkelvoudigInformatieObject.all_municipalities.filter(
        bronorganisatie=fields["bronorganisatie"], identificatie=fields["identificatie"]
    )
    if document is not None:
        clash = clash.exclude(pk=document.pk)
    if clash.exists():
        raise RuleViolation(
            "identificatie", "identificatie-niet-uniek", _("Deze identificatie bestaat al.")
        )


def _check_indicatie(value, has_rechten: bool) -> None:
    if value and not has_rechten:
        raise RuleViolation(
            "indicatieGebruiksrecht",
            "missing-gebruiksrechten",
            _("Deze indicatie gaat vanzelf aan zodra er gebruiksrechten zijn."),
        )
    if not value and has_rechten:
        raise RuleViolation(
            "indicatieGebruiksrecht",
            "existing-gebruiksrechten",
            _("Er zijn gebruiksrechten; haal die eerst weg."),
        )


def _new_content(inhoud, fields: dict) -> tuple[bytes | None, str]:
    """Check uploaded bytes against bestandsomvang and formaat; returns (bytes, sniffed type)."""
    if inhoud is None:
        if fields.get("bestandsomvang"):
            content.check_size(fields["bestandsomvang"], "bestandsomvang")
        return None, ""
    if fields.get("bestandsomvang") is not None and fields["bestandsomvang"] != len(inhoud):
        raise RuleViolation(
            "bestandsomvang",
            "file-size",
            _("De bestandsomvang past niet bij de grootte van de inhoud."),
        )
    kind = content.checked_content(inhoud, fields.get("formaat") or "")
    fields["bestandsomvang"] = len(inhoud)
    return inhoud, kind


def _make_parts(document, size: int) -> None:
    chunk = settings.LOKET_DOCUMENT_CHUNK_SIZE
    parts, number = [], 1
    while size > 0:
        parts.append(
            BestandsDeel(
                municipality_id=document.municipality_id,
                document=document,
                volgnummer=number,
                omvang=min(chunk, size),
            )
        )
        size -= chunk
        number += 1
    BestandsDeel.objects.bulk_create(parts)


def _copy_to_document(document, versie: Versie) -> None:
    document.bronorganisatie = versie.bronorganisatie
    document.identificatie = versie.identificatie
    document.informatieobjecttype = versie.informatieobjecttype
    document.vertrouwelijkheidaanduiding = versie.vertrouwelijkheidaanduiding
    document.latest = versie


def _stored(data: bytes | None) -> str:
    return content.store_bytes(data) if data else ""


def _forget_on_failure(name: str):
    """Remove a file written for a write that then failed (nothing half-written stays)."""

    class _Guard:
        def __enter__(self):
            return self

        def __exit__(self, exc_type, exc, tb):
            if exc_type is not None:
                content.delete(name)
            return False

    return _Guard()


def _delete_after_commit(*names: str) -> None:
    names = tuple(sorted({name for name in names if name}))
    if names:
        transaction.on_commit(lambda: content.delete(*names))


# -- create ------------------------------------------------------------------------------------


def create_document(
    *,
    informatieobjecttype: InformatieObjectType,
    inhoud: bytes | None = None,
    indicatie_gebruiksrecht=None,
    actor: audit.Actor = audit.PLATFORM,
    **fields,
) -> EnkelvoudigInformatieObject:
    """A new document, version 1. Without `inhoud` but with a `bestandsomvang` above 0 it is a
    chunked upload: the document is locked and gets its bestandsdelen."""
    _check_type(informatieobjecttype)
    fields["informatieobjecttype"] = informatieobjecttype
    fields.setdefault("bronorganisatie", informatieobjecttype.catalogus.rsin)
    if not fields.get("identificatie"):
        year = timezone.localdate().year
        fields["identificatie"] = f"DOCUMENT-{year}-{secrets.token_hex(5).upper()}"
    if not fields.get("vertrouwelijkheidaanduiding"):
        fields["vertrouwelijkheidaanduiding"] = informatieobjecttype.vertrouwelijkheidaanduiding
    _check_fields(fields)
    _check_indicatie(indicatie_gebruiksrecht, has_rechten=False)
    data, kind = _new_content(inhoud, fields)
    chunked = data is None and (fields.get("bestandsomvang") or 0) > 0
    name = _stored(data)
    with (
        _forget_on_failure(name),
        transaction.atomic(),
        activate(informatieobjecttype.municipality),
    ):
        document = EnkelvoudigInformatieObject(
            municipality_id=informatieobjecttype.municipality_id,
            lock=uuid_lib.uuid4().hex if chunked else "",
        )
        versie = Versie(
            municipality_id=informatieobjecttype.municipality_id,
            versie=1,
            begin_registratie=timezone.now(),
            inhoud=name,
            content_type=kind,
            **fields,
        )
        _copy_to_document(document, versie)
        document.latest = None
        try:
            with transaction.atomic():
                document.save()
        except IntegrityError:
            raise RuleViolation(
                "identificatie", "identificatie-niet-uniek", _("Deze identificatie bestaat al.")
            ) from None
        versie.document = document
        versie.save()
        document.latest = versie
        document.save(update_fields=["latest"])
        if chunked:
            _make_parts(document, fields["bestandsomvang"])
        audit.record(
            actor=actor,
            document=document,
            actie="create",
            resource="enkelvoudiginformatieobject",
            obj=document,
            weergave=versie.titel,
            nieuw=_snapshot(document, versie),
        )
    return document


# -- lock, update, unlock ----------------------------------------------------------------------


def _locked_row(document) -> EnkelvoudigInformatieObject:
    return (
        EnkelvoudigInformatieObject.all_municipalities.select_for_update(of=("self",))
        .select_related("latest", "latest__informatieobjecttype", "informatieobjecttype")
        .get(pk=document.pk)
    )


def _check_lock(document, lock: str | None) -> None:
    if not document.lock:
        raise RuleViolation(
            "nonFieldErrors", "unlocked", _("Vergrendel het document eerst (lock).")
        )
    if lock is None:
        raise RuleViolation("nonFieldErrors", "missing-lock-id", _("Geef de lock-waarde mee."))
    if not secrets.compare_digest(str(lock), document.lock):
        raise RuleViolation(
            "nonFieldErrors", "incorrect-lock-id", _("Deze lock-waarde klopt niet.")
        )


@transaction.atomic
def lock_document(document) -> str:
    document = _locked_row(document)
    if document.lock:
        raise RuleViolation("nonFieldErrors", "existing-lock", _("Dit document is al vergrendeld."))
    document.lock = uuid_lib.uuid4().hex
    with activate(document.municipality):
        document.save(update_fields=["lock"])
    return document.lock


def update_document(
    document,
    *,
    lock: str | None,
    partial: bool,
    inhoud=UNSET,
    indicatie_gebruiksrecht=UNSET,
    actor: audit.Actor = audit.PLATFORM,
    forced: bool = False,
    **changes,
) -> EnkelvoudigInformatieObject:
    """A new version with `changes` on top of the latest; needs the document's lock."""
    with transaction.atomic():
        document = _locked_row(document)
        _check_lock(document, lock)
        previous = document.latest
        if previous.status == DocumentStatus.DEFINITIEF and not forced:
            raise ActionNotAllowed(
                _("Dit document is definitief; alleen een correctie kan het nog veranderen."),
                "document-definitief",
            )
        fields = {name: getattr(previous, name) for name in VERSION_FIELDS}
        fields.update(changes)
        if "informatieobjecttype" in changes:
            _check_type(fields["informatieobjecttype"], document.municipality_id)
        _check_fields(fields, document)
        has_rechten = Gebruiksrecht.all_municipalities.filter(document=document).exists()
        if indicatie_gebruiksrecht is not UNSET:
            _check_indicatie(indicatie_gebruiksrecht, has_rechten)
        # New content, or a new size without content (a new chunked upload), replaces the
        # parts of an upload in progress; other changes leave that upload going.
        new_size = changes.get("bestandsomvang", previous.bestandsomvang) != previous.bestandsomvang
        new_upload = inhoud is not UNSET or new_size
        data, kind, name = None, previous.content_type, previous.inhoud
        if inhoud is not UNSET:
            if "bestandsomvang" not in changes:
                fields["bestandsomvang"] = None  # the new content decides
            data, kind = _new_content(inhoud, fields)
            name = ""
        elif new_size:
            content.check_size(changes["bestandsomvang"] or 0, "bestandsomvang")
            name, kind = "", ""
        chunked = new_upload and data is None and (fields.get("bestandsomvang") or 0) > 0
    # The file is written outside the row lock's transaction only to keep it short; it is
    # removed again if the version cannot be saved.
    if data is not None:
        name = _stored(data)
    with _forget_on_failure(name if data is not None else ""), transaction.atomic():
        document = _locked_row(document)
        _check_lock(document, lock)
        before = _snapshot(document, document.latest)
        versie = Versie(
            municipality_id=document.municipality_id,
            document=document,
            versie=document.latest.versie + 1,
            begin_registratie=timezone.now(),
            inhoud=name,
            content_type=kind,
            **fields,
        )
        with activate(document.municipality):
            versie.save()
            _copy_to_document(document, versie)
            document.save()
            parts = list(BestandsDeel.all_municipalities.filter(document=document))
            if parts and new_upload:
                _delete_after_commit(*(deel.inhoud for deel in parts))
                BestandsDeel.all_municipalities.filter(document=document).delete()
            if chunked:
                _make_parts(document, fields["bestandsomvang"])
            audit.record(
                actor=actor,
                document=document,
                actie="partial_update" if partial else "update",
                resource="enkelvoudiginformatieobject",
                obj=document,
                weergave=versie.titel,
                oud=before,
                nieuw=_snapshot(document, versie),
            )
    return document


def unlock_document(document, *, lock: str = "", force: bool = False) -> None:
    """Release the lock. A finished chunked upload is assembled into the latest version's content
    first; an unfinished one refuses (or, forced, is dropped)."""
    with transaction.atomic():
        document = _locked_row(document)
        if not force and not secrets.compare_digest(str(lock or ""), document.lock):
            raise RuleViolation(
                "nonFieldErrors", "incorrect-lock-id", _("Deze lock-waarde klopt niet.")
            )
        parts = list(
            BestandsDeel.all_municipalities.filter(document=document).order_by("volgnummer")
        )
        complete = all(deel.voltooid for deel in parts)
        if parts and not complete and not force:
            raise RuleViolation(
                "nonFieldErrors",
                "incomplete-upload",
                _("Nog niet alle bestandsdelen zijn ontvangen."),
            )
        versie = document.latest
        name = ""
        if parts and complete:
            with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024) as joined:
                for deel in parts:
                    with content.open_content(deel.inhoud) as handle:
                        for block in iter(lambda h=handle: h.read(1024 * 1024), b""):
                            joined.write(block)
                size = joined.tell()
                joined.seek(0)
                head = joined.read(content.SAMPLE)

                def whole():
                    joined.seek(0)
                    return joined

                content.check_size(size)
                kind = content.sniff(head, whole) if size else "application/octet-stream"
                if size:
                    content.check_type(kind, versie.formaat)
                joined.seek(0)
                name = content.store_file(joined)
        with _forget_on_failure(name), activate(document.municipality):
            if parts:
                if complete:
                    versie.inhoud, versie.content_type, versie.bestandsomvang = name, kind, size
                else:
                    versie.bestandsomvang = None
                versie.save(update_fields=["inhoud", "content_type", "bestandsomvang"])
                _delete_after_commit(*(deel.inhoud for deel in parts))
                BestandsDeel.all_municipalities.filter(document=document).delete()
            document.lock = ""
            document.save(update_fields=["lock"])


@transaction.atomic
def upload_part(deel: BestandsDeel, *, lock: str, handle, size: int) -> BestandsDeel:
    """One part of a chunked upload: the document's lock and exactly `omvang` bytes."""
    document = _locked_row(deel.document)
    if not document.lock or not secrets.compare_digest(str(lock or ""), document.lock):
        raise RuleViolation("lock", "incorrect-lock-id", _("Deze lock-waarde klopt niet."))
    if size != deel.omvang:
        raise RuleViolation(
            "inhoud",
            "file-size",
            _("Dit bestandsdeel moet precies %(omvang)s bytes zijn.") % {"omvang": deel.omvang},
        )
    deel = BestandsDeel.all_municipalities.select_for_update().get(pk=deel.pk)
    old = deel.inhoud
    name = content.store_file(handle)
    with _forget_on_failure(name), activate(document.municipality):
        deel.inhoud = name
        deel.save(update_fields=["inhoud"])
        _delete_after_commit(old)
    return deel


# -- delete ------------------------------------------------------------------------------------


@transaction.atomic
def delete_document(document, *, actor: audit.Actor = audit.PLATFORM) -> None:
    """The document with every version, its gebruiksrechten and audit trail; not while a zaak or
    besluit still refers to it, nor while it is locked."""
    document = _locked_row(document)
    if ObjectInformatieObject.all_municipalities.filter(document=document).exists():
        raise RuleViolation(
            "nonFieldErrors",
            "pending-relations",
            _("Dit document hoort nog bij een zaak of besluit; haal die relaties eerst weg."),
        )
    if document.lock:
        raise RuleViolation(
            "nonFieldErrors", "destroy-locked", _("Een vergrendeld document kan niet weg.")
        )
    names = list(
        Versie.all_municipalities.filter(document=document).values_list("inhoud", flat=True)
    )
    names += BestandsDeel.all_municipalities.filter(document=document).values_list(
        "inhoud", flat=True
    )
    before = _snapshot(document, document.latest)
    titel = document.latest.titel
    with activate(document.municipality):
        document.latest = None
        document.save(update_fields=["latest"])
        document.delete()
        audit.record(
            actor=actor,
            document=document,
            actie="destroy",
            resource="enkelvoudiginformatieobject",
            obj=document,
            weergave=titel,
            oud=before,
            keep_document=False,
        )
    _delete_after_commit(*names)


# -- gebruiksrechten ---------------------------------------------------------------------------


def _set_indicatie(document) -> None:
    has_rechten = Gebruiksrecht.all_municipalities.filter(document=document).exists()
    document.indicatie_gebruiksrecht = True if has_rechten else None
    document.save(update_fields=["indicatie_gebruiksrecht"])


@transaction.atomic
def add_gebruiksrecht(
    document,
    *,
    startdatum: datetime.datetime,
    omschrijving_voorwaarden: str,
    einddatum: datetime.datetime | None = None,
    actor: audit.Actor = audit.PLATFORM,
) -> Gebruiksrecht:
    """Adding one sets the document's indicatieGebruiksrecht."""
    document = _locked_row(document)
    _check_period(startdatum, einddatum)
    with activate(document.municipality):
        row = Gebruiksrecht.objects.create(
            municipality_id=document.municipality_id,
            document=document,
            startdatum=startdatum,
            einddatum=einddatum,
            omschrijving_voorwaarden=omschrijving_voorwaarden,
        )
        _set_indicatie(document)
        audit.record(
            actor=actor,
            document=document,
            actie="create",
            resource="gebruiksrechten",
            obj=row,
            weergave=omschrijving_voorwaarden,
            nieuw=gebruiksrecht_data(row, ""),
        )
    return row


def _check_period(startdatum, einddatum) -> None:
    if einddatum is not None and einddatum < startdatum:
        raise RuleViolation(
            "einddatum", "einddatum-before-startdatum", _("De einddatum ligt voor de startdatum.")
        )


@transaction.atomic
def update_gebruiksrecht(
    row: Gebruiksrecht,
    *,
    partial: bool,
    actor: audit.Actor = audit.PLATFORM,
    document=None,
    **changes,
) -> Gebruiksrecht:
    if document is not None and document.pk != row.document_id:
        raise RuleViolation(
            "informatieobject", "wijzigen-niet-toegelaten", _("Dit gegeven kan niet veranderen.")
        )
    before = gebruiksrecht_data(row, "")
    for name, value in changes.items():
        setattr(row, name, value)
    _check_period(row.startdatum, row.einddatum)
    with activate(row.municipality):
        row.save()
        audit.record(
            actor=actor,
            document=row.document,
            actie="partial_update" if partial else "update",
            resource="gebruiksrechten",
            obj=row,
            weergave=row.omschrijving_voorwaarden,
            oud=before,
            nieuw=gebruiksrecht_data(row, ""),
        )
    return row


@transaction.atomic
def delete_gebruiksrecht(row: Gebruiksrecht, *, actor: audit.Actor = audit.PLATFORM) -> None:
    """Removing the last one clears the document's indicatieGebruiksrecht (null)."""
    document = _locked_row(row.document)
    before = gebruiksrecht_data(row, "")
    with activate(document.municipality):
        row.delete()
        _set_indicatie(document)
        audit.record(
            actor=actor,
            document=document,
            actie="destroy",
            resource="gebruiksrechten",
            obj=row,
            weergave=row.omschrijving_voorwaarden,
            oud=before,
        )


# -- objectinformatieobjecten (kept in step by the Zaken and Besluiten services) ---------------


def _path(object_url: str) -> str:
    return urlparse(object_url).path.rstrip("/")


def document_in(municipality_id: int, informatieobject_uuid) -> EnkelvoudigInformatieObject | None:
    return EnkelvoudigInformatieObject.all_municipalities.filter(
        uuid=informatieobject_uuid, municipality_id=municipality_id
    ).first()


@transaction.atomic
def link_object(
    informatieobject_uuid, *, object_type: str, object_url: str, municipality_id: int
) -> ObjectInformatieObject:
    """The objectinformatieobject of a zaak's or besluit's document (made once; kept if there)."""
    document = document_in(municipality_id, informatieobject_uuid)
    if document is None:
        raise RuleViolation(
            "informatieobject", "bad-url", _("Dit document bestaat niet (bij deze gemeente).")
        )
    path = _path(object_url)
    found = ObjectInformatieObject.all_municipalities.filter(document=document, object=path).first()
    if found is not None:
        return found
    with activate(document.municipality):
        return ObjectInformatieObject.objects.create(
            municipality_id=municipality_id, document=document, object_type=object_type, object=path
        )


@transaction.atomic
def unlink_object(
    informatieobject_uuid, *, object_type: str, object_url: str, municipality_id: int
) -> None:
    ObjectInformatieObject.all_municipalities.filter(
        document__uuid=informatieobject_uuid,
        municipality_id=municipality_id,
        object_type=object_type,
        object=_path(object_url),
    ).delete()


def unlink_all(*, object_type: str, object_url: str, municipality_id: int) -> None:
    """Every objectinformatieobject of one zaak or besluit, when that object itself goes."""
    ObjectInformatieObject.all_municipalities.filter(
        municipality_id=municipality_id, object_type=object_type, object=_path(object_url)
    ).delete()


@transaction.atomic
def remove_stale_link(found: ObjectInformatieObject) -> None:
    """An objectinformatieobject whose zaak no longer has the document (the API's DELETE)."""
    ObjectInformatieObject.all_municipalities.filter(pk=found.pk).delete()
