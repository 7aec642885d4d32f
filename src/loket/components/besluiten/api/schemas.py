"""What the Besluiten API answers, for the OpenAPI document (see common/schema.py).

The bodies are built by `besluiten.representation`; these declarations describe them and are
checked against real answers by zaken/tests/test_openapi_honest.py.
"""

from drf_spectacular.extensions import OpenApiSerializerFieldExtension

from loket.components.common import schema as k
from loket.components.common.schema import request_serializer, response_serializer

from . import serializers as s

Besluit = response_serializer(
    "Besluit",
    s.BesluitInputSerializer,
    url=k.url(),
    vervalredenWeergave=k.text(),
)
BesluitRequest = request_serializer("BesluitRequest", s.BesluitInputSerializer)

BesluitInformatieObject = response_serializer(
    "BesluitInformatieObject", s.BesluitInformatieObjectInputSerializer, url=k.url()
)
BesluitInformatieObjectRequest = request_serializer(
    "BesluitInformatieObjectRequest", s.BesluitInformatieObjectInputSerializer
)

AuditTrail = response_serializer(
    "AuditTrail",
    uuid=k.uuid(),
    bron=k.text(),
    applicatieId=k.text(),
    applicatieWeergave=k.text(),
    gebruikersId=k.text(),
    gebruikersWeergave=k.text(),
    actie=k.text(),
    actieWeergave=k.text(),
    resultaat=k.integer(),
    hoofdObject=k.url(),
    resource=k.text(),
    resourceUrl=k.url(),
    toelichting=k.text(),
    resourceWeergave=k.text(),
    aanmaakdatum=k.datetime(),
    wijzigingen=k.obj(),
)


class DocumentURLFieldExtension(OpenApiSerializerFieldExtension):
    target_class = "loket.components.besluiten.api.serializers.DocumentURLField"

    def map_serializer_field(self, auto_schema, direction):
        return {"type": "string", "format": "uri", "maxLength": 1000}


class OptionalResourceURLFieldExtension(OpenApiSerializerFieldExtension):
    """A URL or "" (a besluit without zaak answers `"zaak": ""`, which is not a URI)."""

    target_class = "loket.components.besluiten.api.serializers.OptionalResourceURLField"

    def map_serializer_field(self, auto_schema, direction):
        return {
            "oneOf": [
                {"type": "string", "format": "uri", "maxLength": 1000},
                {"type": "string", "maxLength": 0},
            ]
        }
