"""What the Autorisaties API answers, for the OpenAPI document (see common/schema.py).

Bodies are built by `api.representation`; checked against real answers by
zaken/tests/test_openapi_honest.py. The request serializers live in views.py, which passes them in.
"""

from loket.components.common import schema as k
from loket.components.common.schema import request_serializer, response_serializer

OPTIONAL_IN_AUTORISATIE = (
    "zaaktype",
    "informatieobjecttype",
    "besluittype",
    "maxVertrouwelijkheidaanduiding",
)


def applicatie(applicatie_in, autorisatie_in) -> tuple[type, type]:
    """(request, response) serializers of an applicatie."""
    autorisatie = response_serializer(
        "Autorisatie",
        autorisatie_in,
        optional=OPTIONAL_IN_AUTORISATIE,
        componentWeergave=k.text(),
    )
    response = response_serializer(
        "Applicatie", applicatie_in, url=k.url(), autorisaties=autorisatie(many=True)
    )
    return request_serializer("ApplicatieRequest", applicatie_in), response
