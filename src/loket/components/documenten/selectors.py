"""Reads of documents: what a client may see (authorisation in the query), versions, a resident's documents."""

import datetime

from django.db.models import Prefetch, QuerySet

from loket.components.autorisaties.context import AuthContext
from loket.components.common.constants import Component, Vertrouwelijkheid
from loket.components.common.paths import ZAKEN_ROOT

from .models import (
    AuditTrail,
    BestandsDeel,
    EnkelvoudigInformatieObject,
    ObjectInformatieObject,
    Versie,
)


def with_latest(queryset: QuerySet) -> QuerySet:
    # The reverse manager would be tenant-scoped (and raise): name the unscoped one.
    parts = BestandsDeel.all_municipalities.order_by("volgnummer")
    return queryset.select_related("latest", "latest__informatieobjecttype").prefetch_related(
        Prefetch("bestandsdelen", queryset=parts)
    )


def visible_documents(auth: AuthContext, scope: str) -> QuerySet:
    """Documents of the client's municipalities it may see with `scope`: informatieobjecttype ×
    at most the granted vertrouwelijkheidaanduiding, in the WHERE clause."""
    return with_latest(
        EnkelvoudigInformatieObject.all_municipalities.filter(auth.typed_q(Component.DRC, scope))
    )


def document_in_municipalities(auth: AuthContext, uuid) -> EnkelvoudigInformatieObject | None:
    """The document if it is in one of the client's municipalities (else None: a 404)."""
    return (
        with_latest(EnkelvoudigInformatieObject.all_municipalities.filter(auth.municipality_q()))
        .filter(uuid=uuid)
        .first()
    )


def visible_objects(model, auth: AuthContext, scope: str) -> QuerySet:
    """Gebruiksrechten or objectinformatieobjecten whose document the client may see."""
    return model.all_municipalities.filter(
        auth.typed_q(Component.DRC, scope, "document__")
    ).select_related("document")


def object_in_municipalities(model, auth: AuthContext, uuid):
    return (
        model.all_municipalities.filter(auth.municipality_q(), uuid=uuid)
        .select_related("document", "document__latest", "document__informatieobjecttype")
        .first()
    )


def versie_of(
    document, *, versie: int | None = None, registratie_op: datetime.datetime | None = None
) -> Versie | None:
    """The latest version, or the one asked for by number or by moment of registration."""
    if versie is None and registratie_op is None:
        return document.latest
    rows = Versie.all_municipalities.filter(document=document).select_related(
        "informatieobjecttype"
    )
    if versie is not None:
        rows = rows.filter(versie=versie)
    if registratie_op is not None:
        rows = rows.filter(begin_registratie__lte=registratie_op)
    return rows.order_by("-versie").first()


def audittrail_of(document) -> QuerySet:
    return AuditTrail.all_municipalities.filter(document=document).order_by("aanmaakdatum", "pk")


def resident_documents(bsn: str, max_level: int) -> list[tuple]:
    """(document, zaak) pairs for the zaken where `bsn` has a rol, at most `max_level` confidential."""
    from loket.components.zaken.models import Rol, Zaak

    zaak_ids = Rol.all_municipalities.filter(inp_bsn=bsn).values("zaak_id")
    zaken = {
        f"{ZAKEN_ROOT}/zaken/{zaak.uuid}": zaak
        for zaak in Zaak.all_municipalities.filter(pk__in=zaak_ids).select_related("municipality")
    }
    if not zaken:
        return []
    links = (
        ObjectInformatieObject.all_municipalities.filter(
            object__in=list(zaken),
            object_type="zaak",
            document__vertrouwelijkheidaanduiding__lte=max_level,
        )
        .select_related("document", "document__latest")
        .order_by("-document__latest__begin_registratie", "pk")
    )
    found, seen = [], set()
    for link in links:
        zaak = zaken[link.object]
        if link.document.municipality_id != zaak.municipality_id or link.document_id in seen:
            continue
        seen.add(link.document_id)
        found.append((link.document, zaak))
    return found


def resident_max_level(setting: str) -> int:
    return int(Vertrouwelijkheid.from_api(setting))
