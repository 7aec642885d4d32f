"""What the Zaken API answers, for the OpenAPI document (see common/schema.py).

The bodies are built by `zaken.representation`; these declarations describe them and are checked
against real answers by tests/test_openapi_honest.py.
"""

from rest_framework import serializers

from loket.components.common import schema as k
from loket.components.common.schema import query, request_serializer, response_serializer

from . import object_serializers as o
from . import serializers as s

Zaak = response_serializer(
    "Zaak",
    s.ZaakInputSerializer,
    url=k.url(),
    uuid=k.uuid(),
    einddatum=k.date(null=True),
    betalingsindicatieWeergave=k.text(),
    deelzaken=k.urls(),
    eigenschappen=k.urls(),
    rollen=k.urls(),
    status=k.url(null=True),
    zaakinformatieobjecten=k.urls(),
    zaakobjecten=k.urls(),
    resultaat=k.url(null=True),
    processobject=k.obj(null=True),
)
ZaakRequest = request_serializer("ZaakRequest", s.ZaakInputSerializer)
ZaakZoek = type(
    "ZaakZoek",
    (s.ZaakZoekSerializer,),
    {
        "expand": serializers.ListField(child=serializers.CharField(), required=False),
        "zaakgeometrie": type(
            "GeoWithin",
            (serializers.Serializer,),
            {"within": serializers.DictField(required=False), "__module__": __name__},
        )(required=False),
        "__module__": __name__,
    },
)
EXPAND = query("expand", description="Kommagescheiden paden om mee te sturen in `_expand`.")

Status = response_serializer(
    "Status",
    s.StatusInputSerializer,
    url=k.url(),
    uuid=k.uuid(),
    indicatieLaatstGezetteStatus=k.boolean(),
    zaakinformatieobjecten=k.urls(),
)
StatusRequest = request_serializer("StatusRequest", s.StatusInputSerializer)

Rol = response_serializer(
    "Rol",
    s.RolInputSerializer,
    url=k.url(),
    uuid=k.uuid(),
    omschrijving=k.text(),
    omschrijvingGeneriek=k.text(),
    registratiedatum=k.datetime(),
    contactpersoonRol=k.obj(null=True),
    statussen=k.urls(),
)
RolRequest = request_serializer("RolRequest", s.RolInputSerializer)

Resultaat = response_serializer("Resultaat", s.ResultaatInputSerializer, url=k.url(), uuid=k.uuid())
ResultaatRequest = request_serializer("ResultaatRequest", s.ResultaatInputSerializer)

ZaakObject = response_serializer(
    "ZaakObject",
    o.ZaakObjectInputSerializer,
    optional=("objectIdentificatie",),
    url=k.url(),
    uuid=k.uuid(),
)
ZaakObjectRequest = request_serializer("ZaakObjectRequest", o.ZaakObjectInputSerializer)

ZaakInformatieObject = response_serializer(
    "ZaakInformatieObject",
    o.ZaakInformatieObjectInputSerializer,
    url=k.url(),
    uuid=k.uuid(),
    aardRelatieWeergave=k.text(),
    registratiedatum=k.datetime(),
)
ZaakInformatieObjectRequest = request_serializer(
    "ZaakInformatieObjectRequest", o.ZaakInformatieObjectInputSerializer
)

KlantContact = response_serializer(
    "KlantContact", o.KlantContactInputSerializer, url=k.url(), uuid=k.uuid()
)
KlantContactRequest = request_serializer("KlantContactRequest", o.KlantContactInputSerializer)

ZaakContactMoment = response_serializer(
    "ZaakContactMoment", o.ZaakContactMomentInputSerializer, url=k.url(), uuid=k.uuid()
)
ZaakContactMomentRequest = request_serializer(
    "ZaakContactMomentRequest", o.ZaakContactMomentInputSerializer
)

ZaakVerzoek = response_serializer(
    "ZaakVerzoek", o.ZaakVerzoekInputSerializer, url=k.url(), uuid=k.uuid()
)
ZaakVerzoekRequest = request_serializer("ZaakVerzoekRequest", o.ZaakVerzoekInputSerializer)

ZaakEigenschap = response_serializer(
    "ZaakEigenschap", o.ZaakEigenschapInputSerializer, url=k.url(), uuid=k.uuid(), naam=k.text()
)
ZaakEigenschapRequest = request_serializer("ZaakEigenschapRequest", o.ZaakEigenschapInputSerializer)

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
