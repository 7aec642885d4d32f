"""What the Catalogi API answers, for the OpenAPI document (see common/schema.py).

The bodies are built by `catalogi.representation`; these declarations describe them and are
checked against real answers by zaken/tests/test_openapi_honest.py.
"""

from loket.components.common import schema as k
from loket.components.common.schema import request_serializer, response_serializer

from . import serializers as b


def geldigheid():
    """The zaaktype's validity, repeated on every type under it."""
    return {
        "catalogus": k.url(),
        "zaaktypeIdentificatie": k.text(),
        "beginGeldigheid": k.date(),
        "eindeGeldigheid": k.date(null=True),
        "beginObject": k.date(null=True),
        "eindeObject": k.date(null=True),
    }


Catalogus = response_serializer(
    "Catalogus",
    url=k.url(),
    domein=k.text(),
    rsin=k.text(),
    contactpersoonBeheerNaam=k.text(),
    contactpersoonBeheerTelefoonnummer=k.text(),
    contactpersoonBeheerEmailadres=k.text(),
    zaaktypen=k.urls(),
    besluittypen=k.urls(),
    informatieobjecttypen=k.urls(),
    naam=k.text(),
    versie=k.text(null=True),
    begindatumVersie=k.date(null=True),
)

ZaakType = response_serializer(
    "ZaakType",
    b.ZaakTypeIn,
    url=k.url(),
    zaakobjecttypen=k.urls(),
    statustypen=k.urls(),
    resultaattypen=k.urls(),
    eigenschappen=k.urls(),
    informatieobjecttypen=k.urls(),
    roltypen=k.urls(),
    concept=k.boolean(),
)
ZaakTypeRequest = request_serializer("ZaakTypeRequest", b.ZaakTypeIn)

StatusType = response_serializer(
    "StatusType",
    b.StatusTypeIn,
    url=k.url(),
    isEindstatus=k.boolean(),
    zaakobjecttypen=k.urls(),
    **geldigheid(),
)
StatusTypeRequest = request_serializer("StatusTypeRequest", b.StatusTypeIn)

RolType = response_serializer("RolType", b.RolTypeIn, url=k.url(), **geldigheid())
RolTypeRequest = request_serializer("RolTypeRequest", b.RolTypeIn)

ResultaatType = response_serializer(
    "ResultaatType",
    b.ResultaatTypeIn,
    url=k.url(),
    omschrijvingGeneriek=k.text(),
    besluittypeOmschrijving=k.texts(),
    informatieobjecttypeOmschrijving=k.texts(),
    **geldigheid(),
)
ResultaatTypeRequest = request_serializer("ResultaatTypeRequest", b.ResultaatTypeIn)

Eigenschap = response_serializer("Eigenschap", b.EigenschapIn, url=k.url(), **geldigheid())
EigenschapRequest = request_serializer("EigenschapRequest", b.EigenschapIn)

InformatieObjectType = response_serializer(
    "InformatieObjectType",
    b.InformatieObjectTypeIn,
    url=k.url(),
    concept=k.boolean(),
    zaaktypen=k.urls(),
    besluittypen=k.urls(),
)
InformatieObjectTypeRequest = request_serializer(
    "InformatieObjectTypeRequest", b.InformatieObjectTypeIn
)

BesluitType = response_serializer(
    "BesluitType",
    b.BesluitTypeIn,
    url=k.url(),
    zaaktypen=k.urls(),
    concept=k.boolean(),
    resultaattypen=k.urls(),
    resultaattypenOmschrijving=k.texts(),
    vastgelegdIn=k.texts(),
)
BesluitTypeRequest = request_serializer("BesluitTypeRequest", b.BesluitTypeIn)

ZaakTypeInformatieObjectType = response_serializer(
    "ZaakTypeInformatieObjectType",
    b.ZaakTypeInformatieObjectTypeIn,
    url=k.url(),
    zaaktypeIdentificatie=k.text(),
    catalogus=k.url(),
)
ZaakTypeInformatieObjectTypeRequest = request_serializer(
    "ZaakTypeInformatieObjectTypeRequest", b.ZaakTypeInformatieObjectTypeIn
)

ZaakObjectType = response_serializer(
    "ZaakObjectType",
    b.ZaakObjectTypeIn,
    url=k.url(),
    zaaktypeIdentificatie=k.text(),
    resultaattypen=k.urls(),
    catalogus=k.url(),
    # Begin and end of this zaakobjecttype's own geldigheid (as Open Zaak sends them).
    beginObject=k.date(null=True),
    eindeObject=k.date(null=True),
)
ZaakObjectTypeRequest = request_serializer("ZaakObjectTypeRequest", b.ZaakObjectTypeIn)
