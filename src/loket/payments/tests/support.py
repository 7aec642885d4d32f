"""A test fulfiller whose 'document' is a SignedDocument row titled with the order's uuid."""

import uuid

from loket.payments.fulfilment import register_fulfiller
from loket.tenancy.models import Municipality
from loket.verification.models import SignedDocument

KIND = "test.document"


def make_document(order) -> dict:
    row = SignedDocument.objects.create(
        code=uuid.uuid4().hex[:14], key_id="test", sha256="0" * 64, signature="x", title=str(order.uuid),
        municipality=order.municipality,
    )
    return {"document": row.pk}


def documents_of(order) -> int:
    return SignedDocument.objects.filter(title=str(order.uuid)).count()


def municipality() -> Municipality:
    found, _ = Municipality.objects.get_or_create(
        code="0344", defaults={"name": "Utrecht", "official_name": "Gemeente Utrecht", "province_code": "PV26",
                               "province": "Utrecht"}
    )
    return found


register_fulfiller(KIND, make_document)
