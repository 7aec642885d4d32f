"""The Besluiten API's view of the Documenten API: find a document by URL, mirror the relation (brc-005).

Kept in one file so the rest of the component does not depend on how documents are stored.
"""

from dataclasses import dataclass
from uuid import UUID

from loket.components.common.paths import DOCUMENTEN_ROOT, uuid_from_url
from loket.components.documenten import services
from loket.components.documenten.models import EnkelvoudigInformatieObject


@dataclass(frozen=True)
class Document:
    uuid: UUID
    informatieobjecttype_id: int


def find(url: str, municipality_id: int) -> Document | None:
    """The document of this municipality at `url` (any host), or None (brc-003: "bad-url")."""
    uuid = uuid_from_url(url, DOCUMENTEN_ROOT, "enkelvoudiginformatieobjecten")
    if uuid is None:
        return None
    row = (
        EnkelvoudigInformatieObject.all_municipalities.filter(
            uuid=uuid, municipality_id=municipality_id
        )
        .values_list("uuid", "informatieobjecttype_id")
        .first()
    )
    return Document(*row) if row else None


def link(document_uuid, besluit_path: str, municipality_id: int) -> None:
    services.link_object(
        document_uuid,
        object_type="besluit",
        object_url=besluit_path,
        municipality_id=municipality_id,
    )


def unlink(document_uuid, besluit_path: str, municipality_id: int) -> None:
    services.unlink_object(
        document_uuid,
        object_type="besluit",
        object_url=besluit_path,
        municipality_id=municipality_id,
    )
