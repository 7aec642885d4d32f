"""Zaken API 1.5 endpoints for the objects under a zaak: zaakeigenschappen (nested), zaakobjecten,
zaakinformatieobjecten, klantcontacten, zaakcontactmomenten, zaakverzoeken and the audit trail.

Lists filter by the client's autorisaties in the query (like zaken); a detail of an object in
another municipality is 404, of a zaak the client may not read 403 (zrc-006).
"""

from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response

from loket.components.common import scopes as S

from .. import object_services, selectors
from ..models import (
    KlantContact,
    ZaakContactMoment,
    ZaakEigenschap,
    ZaakInformatieObject,
    ZaakObject,
    ZaakVerzoek,
)
from ..representation import (
    audittrail_data,
    klantcontact_data,
    zaakcontactmoment_data,
    zaakeigenschap_data,
    zaakinformatieobject_data,
    zaakobject_data,
    zaakverzoek_data,
)
from . import object_serializers as s
from . import schemas
from .views import WRITE, ZaakChildViewSet, ZakenBase

READ = frozenset({S.ZAKEN_LEZEN})
ADD = frozenset({S.ZAKEN_AANMAKEN, *WRITE})
REMOVE = frozenset({S.ZAKEN_VERWIJDEREN, *WRITE})


class ObjectViewSet(ZaakChildViewSet):
    """Create, update and delete for the objects that share one pattern."""

    etag = False  # the standard gives only zaakinformatieobjecten an ETag

    def write(self, zaak, scopes):
        return self.writing(self.require_on_zaak(zaak, *scopes))

    def destroy(self, request, uuid=None):
        found = self.get_object()
        object_services.delete_object(
            found, **self.write(found.zaak, self.required_scopes["destroy"])
        )
        return Response(status=status.HTTP_204_NO_CONTENT)

    def fresh(self, found):
        return self.represent(
            selectors.object_in_municipalities(self.model, self.auth, found.uuid), self.base_url
        )


class ZaakObjectViewSet(ObjectViewSet):
    schema_request, schema_response = schemas.ZaakObjectRequest, schemas.ZaakObject  # OpenAPI
    model = ZaakObject
    represent = staticmethod(zaakobject_data)
    filter_serializer_class = s.ZaakObjectFilterSerializer
    required_scopes = {
        "list": READ,
        "retrieve": READ,
        "create": ADD,
        "update": WRITE,
        "partial_update": WRITE,
        "destroy": REMOVE,
    }

    def filter(self, queryset, params):
        names = {"zaak": "zaak__uuid", "object": "object", "objectType": "object_type"}
        return queryset.filter(**{names[key]: value for key, value in params.items()})

    def create(self, request):
        serializer = s.ZaakObjectInputSerializer(
            data=request.data, context=self.get_serializer_context()
        )
        serializer.is_valid(raise_exception=True)
        zaak = serializer.validated_data["zaak"]
        found = object_services.add_zaakobject(
            zaak, **self.write(zaak, ADD), **serializer.model_fields()
        )
        return self.created(self.fresh(found))

    def _update(self, partial: bool):
        found = self.get_object()
        writing = self.write(found.zaak, WRITE)
        serializer = s.ZaakObjectInputSerializer(
            data=self.request.data, partial=partial, context=self.get_serializer_context()
        )
        serializer.is_valid(raise_exception=True)
        if (
            "zaak" in serializer.validated_data
            and serializer.validated_data["zaak"].pk != found.zaak_id
        ):
            raise object_services.immutable("zaak")
        found = object_services.update_zaakobject(found, **writing, **serializer.model_fields())
        return Response(self.fresh(found))

    def update(self, request, uuid=None):
        return self._update(partial=False)

    def partial_update(self, request, uuid=None):
        return self._update(partial=True)


class ZaakInformatieObjectViewSet(ObjectViewSet):
    etag = True
    schema_request = schemas.ZaakInformatieObjectRequest  # OpenAPI only
    schema_response = schemas.ZaakInformatieObject
    model = ZaakInformatieObject
    represent = staticmethod(zaakinformatieobject_data)
    filter_serializer_class = s.ZaakInformatieObjectFilterSerializer
    paginate = False
    required_scopes = {
        "list": READ,
        "retrieve": READ,
        "create": ADD,
        "update": WRITE,
        "partial_update": WRITE,
        "destroy": REMOVE,
    }

    def filter(self, queryset, params):
        names = {"zaak": "zaak__uuid", "informatieobject": "informatieobject"}
        return queryset.filter(**{names[key]: value for key, value in params.items()})

    def create(self, request):
        data = self.validated(s.ZaakInformatieObjectInputSerializer)
        zaak = data.pop("zaak")
        found = object_services.add_zaakinformatieobject(zaak, **self.write(zaak, ADD), **data)
        return self.created(self.fresh(found))

    def _update(self, partial: bool):
        found = self.get_object()
        writing = self.write(found.zaak, WRITE)
        serializer = s.ZaakInformatieObjectInputSerializer(
            data=self.request.data, partial=partial, context=self.get_serializer_context()
        )
        serializer.is_valid(raise_exception=True)
        found = object_services.update_zaakinformatieobject(
            found, **writing, **serializer.validated_data
        )
        return Response(self.fresh(found))

    def update(self, request, uuid=None):
        return self._update(partial=False)

    def partial_update(self, request, uuid=None):
        return self._update(partial=True)


class KlantContactViewSet(ObjectViewSet):
    schema_request, schema_response = schemas.KlantContactRequest, schemas.KlantContact  # OAS
    model = KlantContact
    represent = staticmethod(klantcontact_data)
    filter_serializer_class = s.ZaakFilterOnlySerializer
    required_scopes = {"list": READ, "retrieve": READ, "create": WRITE}
    http_method_names = ["get", "post", "head", "options"]  # the standard has no update or delete

    def filter(self, queryset, params):
        return queryset.filter(zaak__uuid=params["zaak"]) if "zaak" in params else queryset

    def create(self, request):
        data = self.validated(s.KlantContactInputSerializer)
        zaak = data.pop("zaak")
        found = object_services.add_klantcontact(zaak, **self.write(zaak, WRITE), **data)
        return self.created(self.fresh(found))


class LinkViewSet(ObjectViewSet):
    """zaakcontactmomenten and zaakverzoeken: a zaak and a URL in another API."""

    paginate = False
    resource = ""
    field = ""
    input_serializer = s.ZaakContactMomentInputSerializer
    required_scopes = {
        "list": READ,
        "retrieve": READ,
        "create": frozenset({S.ZAKEN_BIJWERKEN}),
        "destroy": frozenset({S.ZAKEN_BIJWERKEN}),
    }

    def filter(self, queryset, params):
        names = {"zaak": "zaak__uuid", self.field: self.field}
        return queryset.filter(**{names[key]: value for key, value in params.items()})

    def create(self, request):
        data = self.validated(self.input_serializer)
        zaak = data["zaak"]
        found = object_services.add_link(
            zaak,
            self.resource,
            data[self.field],
            **self.write(zaak, self.required_scopes["create"]),
        )
        return self.created(self.fresh(found))


class ZaakContactMomentViewSet(LinkViewSet):
    schema_request = schemas.ZaakContactMomentRequest  # OpenAPI only
    schema_response = schemas.ZaakContactMoment
    model = ZaakContactMoment
    represent = staticmethod(zaakcontactmoment_data)
    filter_serializer_class = s.ZaakContactMomentFilterSerializer
    input_serializer = s.ZaakContactMomentInputSerializer
    resource, field = "zaakcontactmoment", "contactmoment"


class ZaakVerzoekViewSet(LinkViewSet):
    schema_request, schema_response = schemas.ZaakVerzoekRequest, schemas.ZaakVerzoek  # OAS
    model = ZaakVerzoek
    represent = staticmethod(zaakverzoek_data)
    filter_serializer_class = s.ZaakVerzoekFilterSerializer
    input_serializer = s.ZaakVerzoekInputSerializer
    resource, field = "zaakverzoek", "verzoek"


class NestedUnderZaak(ZakenBase):
    """/zaken/{zaak_uuid}/…: the zaak decides (404 elsewhere, 403 without the scope on it)."""

    paginate = False  # OpenAPI only: these lists are plain arrays

    def zaak(self, *scopes: str):
        zaak = selectors.zaak_in_municipalities(self.auth, self.kwargs["zaak_uuid"])
        if zaak is None:
            raise Http404
        granted = self.require_on_zaak(zaak, *scopes)
        return zaak, granted


class ZaakEigenschapViewSet(NestedUnderZaak):
    schema_request = schemas.ZaakEigenschapRequest  # OpenAPI only
    schema_response = schemas.ZaakEigenschap
    required_scopes = {
        "list": READ,
        "retrieve": READ,
        "create": WRITE,
        "update": WRITE,
        "partial_update": WRITE,
        "destroy": WRITE,
    }

    def _found(self, zaak):
        found = (
            selectors.visible_objects(ZaakEigenschap, self.auth, S.ZAKEN_LEZEN)
            .filter(zaak=zaak, uuid=self.kwargs["uuid"])
            .first()
        )
        if found is None:
            raise Http404
        return found

    def list(self, request, zaak_uuid=None):
        self.query_params(extra_allowed=())
        zaak, _ = self.zaak(S.ZAKEN_LEZEN)
        rows = selectors.visible_objects(ZaakEigenschap, self.auth, S.ZAKEN_LEZEN).filter(zaak=zaak)
        return Response([zaakeigenschap_data(row, self.base_url) for row in rows.order_by("pk")])

    def retrieve(self, request, zaak_uuid=None, uuid=None):
        zaak, _ = self.zaak(S.ZAKEN_LEZEN)
        return Response(zaakeigenschap_data(self._found(zaak), self.base_url))

    def _input(self, zaak, partial: bool) -> dict:
        serializer = s.ZaakEigenschapInputSerializer(
            data=self.request.data, partial=partial, context=self.get_serializer_context()
        )
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        if "zaak" in data and data.pop("zaak").pk != zaak.pk:
            raise exceptions.ValidationError(
                {
                    "zaak": [
                        exceptions.ErrorDetail("Dit is niet de zaak uit het pad.", code="invalid")
                    ]
                }
            )
        return data

    def create(self, request, zaak_uuid=None):
        zaak, granted = self.zaak(*WRITE)
        data = self._input(zaak, partial=False)
        found = object_services.add_zaakeigenschap(zaak, **self.writing(granted), **data)
        return self.created(zaakeigenschap_data(found, self.base_url))

    def _update(self, partial: bool):
        zaak, granted = self.zaak(*WRITE)
        found = self._found(zaak)
        data = self._input(zaak, partial=partial)
        found = object_services.update_zaakeigenschap(found, **self.writing(granted), **data)
        return Response(zaakeigenschap_data(found, self.base_url))

    def update(self, request, zaak_uuid=None, uuid=None):
        return self._update(partial=False)

    def partial_update(self, request, zaak_uuid=None, uuid=None):
        return self._update(partial=True)

    def destroy(self, request, zaak_uuid=None, uuid=None):
        zaak, granted = self.zaak(*WRITE)
        object_services.delete_object(self._found(zaak), **self.writing(granted))
        return Response(status=status.HTTP_204_NO_CONTENT)


class AuditTrailViewSet(NestedUnderZaak):
    """What happened to the zaak and everything under it; needs audittrails.lezen on the zaak."""

    schema_response = schemas.AuditTrail  # OpenAPI only
    etag = False  # none in the standard
    required_scopes = {
        "list": frozenset({S.AUDITTRAILS_LEZEN}),
        "retrieve": frozenset({S.AUDITTRAILS_LEZEN}),
    }

    def list(self, request, zaak_uuid=None):
        self.query_params(extra_allowed=())
        zaak, _ = self.zaak(S.AUDITTRAILS_LEZEN)
        return Response(
            [audittrail_data(row, self.base_url) for row in selectors.audittrail_of(zaak)]
        )

    def retrieve(self, request, zaak_uuid=None, uuid=None):
        zaak, _ = self.zaak(S.AUDITTRAILS_LEZEN)
        row = selectors.audittrail_of(zaak).filter(uuid=uuid).first()
        if row is None:
            raise Http404
        return Response(audittrail_data(row, self.base_url))
