"""What the Documenten API answers, for the OpenAPI document (see common/schema.py).

The bodies are built by `documenten.representation`; tests/test_openapi_honest.py (in zaken)
checks these declarations against real answers.
"""

from drf_spectacular.types import OpenApiTypes
from rest_framework import serializers

from loket.components.common import schema as k
from loket.components.common.schema import query, request_serializer, response_serializer

from . import serializers as s

BINARY = OpenApiTypes.BINARY

VERSION_PARAMETERS = [
    query("versie", OpenApiTypes.INT, "Het (automatische) versienummer van het INFORMATIEOBJECT."),
    query(
        "registratieOp",
        OpenApiTypes.STR,
        "De versie van het INFORMATIEOBJECT die op dit moment (ISO 8601) geldig was.",
    ),
]

BestandsDeel = response_serializer(
    "BestandsDeel",
    url=k.url(),
    volgnummer=k.integer(),
    omvang=k.integer(),
    voltooid=k.boolean(),
    lock=k.text(),
)
BestandsDeelRequest = request_serializer("BestandsDeelRequest", s.BestandsDeelSerializer)


def _document(name: str, **extra):
    return response_serializer(
        name,
        s.DocumentInputSerializer,
        optional=("identificatie",),
        url=k.url(),
        inhoud=k.url(null=True),
        versie=k.integer(),
        beginRegistratie=k.datetime(),
        locked=k.boolean(),
        bestandsdelen=serializers.ListField(child=BestandsDeel()),
        ondertekening=k.obj(null=True),
        integriteit=k.obj(null=True),
        **extra,
    )


EnkelvoudigInformatieObject = _document("EnkelvoudigInformatieObject")
EnkelvoudigInformatieObjectMetLock = _document("EnkelvoudigInformatieObjectMetLock", lock=k.text())
DocumentRequest = request_serializer(
    "EnkelvoudigInformatieObjectRequest", s.DocumentInputSerializer
)
DocumentUpdateRequest = request_serializer(
    "EnkelvoudigInformatieObjectWithLockRequest", s.DocumentUpdateSerializer
)
DocumentZoek = request_serializer("EIOZoek", s.DocumentZoekSerializer)
UnlockRequest = request_serializer("UnlockEnkelvoudigInformatieObjectRequest", s.UnlockSerializer)
Lock = response_serializer("LockEnkelvoudigInformatieObject", lock=k.text())

Gebruiksrechten = response_serializer(
    "Gebruiksrechten", s.GebruiksrechtInputSerializer, url=k.url(), einddatum=k.datetime(null=True)
)
GebruiksrechtenRequest = request_serializer(
    "GebruiksrechtenRequest", s.GebruiksrechtInputSerializer
)

ObjectInformatieObject = response_serializer(
    "ObjectInformatieObject", s.ObjectInformatieObjectInputSerializer, url=k.url()
)
ObjectInformatieObjectRequest = request_serializer(
    "ObjectInformatieObjectRequest", s.ObjectInformatieObjectInputSerializer
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
