"""Catalogi API 1.3: catalogussen (read), zaaktypen, statustypen, resultaattypen, roltypen,
eigenschappen, informatieobjecttypen, besluittypen, zaaktype-informatieobjecttypen and
zaakobjecttypen (read and write), and publishing. The rules live in `catalogi.editing`.

ztc-014: zaken.lezen and documenten.lezen also give read access to the catalogi.
"""

from django.http import Http404
from rest_framework import serializers, status
from rest_framework.decorators import action
from rest_framework.response import Response

from loket.components.common import scopes as S
from loket.components.common.api import ZGWViewSet
from loket.components.common.constants import Component, RolOmschrijving
from loket.components.common.fields import CommaListField, URLRefFilterField
from loket.components.common.paths import CATALOGI_ROOT, CATALOGI_VERSION, UUID_RE, uuid_from_url

from .. import editing, selectors
from ..models import (
    BesluitType,
    Catalogus,
    Eigenschap,
    InformatieObjectType,
    ResultaatType,
    RolType,
    StatusType,
    ZaakObjectType,
    ZaakType,
    ZaakTypeInformatieObjectType,
)
from ..representation import (
    besluittype_data,
    catalogus_data,
    eigenschap_data,
    informatieobjecttype_data,
    resultaattype_data,
    roltype_data,
    statustype_data,
    zaakobjecttype_data,
    zaaktype_data,
    zaaktypeinformatieobjecttype_data,
)
from . import schemas
from . import serializers as bodies

READ = frozenset({S.CATALOGI_LEZEN})
WRITE = frozenset({S.CATALOGI_SCHRIJVEN})
WRITE_OR_FORCED = frozenset({S.CATALOGI_SCHRIJVEN, S.CATALOGI_GEFORCEERD_SCHRIJVEN})
DELETE_OR_FORCED = frozenset({S.CATALOGI_SCHRIJVEN, S.CATALOGI_GEFORCEERD_VERWIJDEREN})
STATUS_CHOICES = ["alles", "concept", "definitief"]
COLLECTIONS = {
    "catalogussen": Catalogus,
    "zaaktypen": ZaakType,
    "statustypen": StatusType,
    "informatieobjecttypen": InformatieObjectType,
    "besluittypen": BesluitType,
}
# Types that hang under a zaaktype may be created as a correction on a published one.
SUBTYPE_SCOPES = {
    "list": READ,
    "retrieve": READ,
    "create": WRITE_OR_FORCED,
    "update": WRITE_OR_FORCED,
    "partial_update": WRITE_OR_FORCED,
    "destroy": DELETE_OR_FORCED,
}
# Zaaktypen, informatieobjecttypen, besluittypen: created (and published) with schrijven only.
TOP_SCOPES = {**SUBTYPE_SCOPES, "create": WRITE, "publish": WRITE}


class CatalogiBase(ZGWViewSet):
    api_version = CATALOGI_VERSION
    component = Component.ZTC
    lookup_field = "uuid"
    lookup_value_regex = UUID_RE
    required_scopes = {"list": READ, "retrieve": READ}
    represent = None
    write_body = None  # the request serializer of a writable resource
    m2m_fields: tuple[str, ...] = ()

    def client_has_scope(self, auth, needed):
        if auth.has_any_scope(Component.ZTC, needed):
            return True
        if self.action not in ("list", "retrieve"):
            return False
        return auth.has_any_scope(Component.ZRC, frozenset({S.ZAKEN_LEZEN})) or auth.has_any_scope(
            Component.DRC, frozenset({S.DOCUMENTEN_LEZEN})
        )

    # -- writes -------------------------------------------------------------------------------
    def force(self) -> editing.Force:
        return editing.Force(
            write=self.auth.has_any_scope(
                Component.ZTC, frozenset({S.CATALOGI_GEFORCEERD_SCHRIJVEN})
            ),
            delete=self.auth.has_any_scope(
                Component.ZTC, frozenset({S.CATALOGI_GEFORCEERD_VERWIJDEREN})
            ),
        )

    def get_serializer_context(self):
        municipality_ids = sorted(self.auth.municipality_ids)

        def resolve(collection, uuid):
            model = COLLECTIONS.get(collection)
            if model is None or uuid is None:
                return None
            return (
                model.all_municipalities.filter(municipality_id__in=municipality_ids, uuid=uuid)
                .select_related(*(["catalogus"] if hasattr(model, "catalogus") else []))
                .first()
            )

        def resolve_omschrijving(omschrijving):
            zaaktype = self._body_zaaktype()
            if zaaktype is None:
                return None
            return (
                InformatieObjectType.all_municipalities.filter(
                    catalogus_id=zaaktype.catalogus_id, omschrijving=omschrijving
                )
                .order_by("-begin_geldigheid", "-pk")
                .first()
            )

        return {"resolve": resolve, "resolve_omschrijving": resolve_omschrijving}

    def _body_zaaktype(self):
        value = self.request.data.get("zaaktype") if isinstance(self.request.data, dict) else None
        uuid = uuid_from_url(value, CATALOGI_ROOT, "zaaktypen") if isinstance(value, str) else None
        if uuid is None:
            found = getattr(self, "_current", None)
            return getattr(found, "zaaktype", None)
        return ZaakType.all_municipalities.filter(
            municipality_id__in=sorted(self.auth.municipality_ids), uuid=uuid
        ).first()

    def _values(self, serializer):
        model = self.base_queryset().model
        values = bodies.flatten(serializer.validated_data)
        m2m = {name: values.pop(name) for name in self.m2m_fields if name in values}
        concrete = {f.name for f in model._meta.concrete_fields}
        return {k: v for k, v in values.items() if k in concrete}, m2m

    def _get(self, uuid):
        found = self.base_queryset().filter(uuid=uuid).first()
        if found is None:
            raise Http404
        return found

    def _reloaded(self, obj):
        return type(self).represent(self.base_queryset().get(pk=obj.pk), self.base_url)

    def create(self, request):
        serializer = self.write_body(data=request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        values, m2m = self._values(serializer)
        model = self.base_queryset().model
        obj = editing.create(model, values=values, m2m=m2m, force=self.force())
        return Response(self._reloaded(obj), status=status.HTTP_201_CREATED)

    def _update(self, request, uuid, partial):
        self._current = current = self._get(uuid)
        serializer = self.write_body(
            current, data=request.data, partial=partial, context=self.get_serializer_context()
        )
        serializer.is_valid(raise_exception=True)
        values, m2m = self._values(serializer)
        obj = editing.update(current, values=values, m2m=m2m, partial=partial, force=self.force())
        return Response(self._reloaded(obj))

    def update(self, request, uuid=None):
        return self._update(request, uuid, partial=False)

    def partial_update(self, request, uuid=None):
        return self._update(request, uuid, partial=True)

    def destroy(self, request, uuid=None):
        editing.delete(self._get(uuid), force=self.force())
        return Response(status=status.HTTP_204_NO_CONTENT)

    def _publish(self, uuid):
        obj = editing.publish(self._get(uuid))
        return Response(self._reloaded(obj))

    def base_queryset(self):
        raise NotImplementedError

    def filter(self, queryset, params):
        return queryset

    def list(self, request):
        params = self.query_params()
        return self.paginated(self.filter(self.base_queryset(), params), type(self).represent)

    def retrieve(self, request, uuid=None):
        found = self.base_queryset().filter(uuid=uuid).first()
        if found is None:
            raise Http404
        return Response(type(self).represent(found, self.base_url))


class CatalogusFilter(serializers.Serializer):
    domein = serializers.CharField(required=False)
    domein__in = CommaListField(serializers.CharField(), required=False)
    rsin = serializers.CharField(required=False)
    rsin__in = CommaListField(serializers.CharField(), required=False)


class CatalogusViewSet(CatalogiBase):
    schema_response = schemas.Catalogus  # OpenAPI only
    http_method_names = ["get", "head", "options"]
    filter_serializer_class = CatalogusFilter
    represent = staticmethod(catalogus_data)

    def base_queryset(self):
        return selectors.catalogussen(self.auth.municipality_ids)

    def filter(self, queryset, params):
        return queryset.filter(**params)


class ZaakTypeFilter(serializers.Serializer):
    catalogus = URLRefFilterField(CATALOGI_ROOT, "catalogussen", required=False)
    identificatie = serializers.CharField(required=False)
    trefwoorden = CommaListField(serializers.CharField(), required=False)
    status = serializers.ChoiceField(choices=STATUS_CHOICES, required=False)
    datumGeldigheid = serializers.DateField(required=False)


class ZaakTypeViewSet(CatalogiBase):
    schema_response = schemas.ZaakType  # OpenAPI only
    schema_request = schemas.ZaakTypeRequest
    filter_serializer_class = ZaakTypeFilter
    represent = staticmethod(zaaktype_data)
    write_body = bodies.ZaakTypeIn
    m2m_fields = ("besluittypen",)
    required_scopes = {
        **TOP_SCOPES,
        "list": READ | {S.ZAKEN_LEZEN, S.DOCUMENTEN_LEZEN},
        "retrieve": READ | {S.ZAKEN_LEZEN, S.DOCUMENTEN_LEZEN},
    }

    @action(detail=True, methods=["post"])
    def publish(self, request, uuid=None):
        return self._publish(uuid)

    def base_queryset(self):
        return selectors.zaaktypen(self.auth.municipality_ids)

    def paginated(self, queryset, represent):
        page = selectors.with_parts(self.paginate_queryset(queryset))
        return self.get_paginated_response([represent(obj, self.base_url) for obj in page])

    def filter(self, queryset, params):
        queryset = selectors.by_concept_status(queryset, params.get("status"))
        if "catalogus" in params:
            queryset = queryset.filter(catalogus__uuid=params["catalogus"])
        if "identificatie" in params:
            queryset = queryset.filter(identificatie=params["identificatie"])
        if "datumGeldigheid" in params:
            queryset = selectors.geldig_op(queryset, params["datumGeldigheid"])
        result = queryset
        for word in params.get("trefwoorden", []):
            # JSON containment is not portable to SQLite; trefwoorden lists are short, so filter in Python.
            result = [z for z in result if word in (z.trefwoorden or [])]
        return result


class TypeFilter(serializers.Serializer):
    zaaktype = URLRefFilterField(CATALOGI_ROOT, "zaaktypen", required=False)
    zaaktypeIdentificatie = serializers.CharField(required=False)
    status = serializers.ChoiceField(choices=STATUS_CHOICES, required=False)
    datumGeldigheid = serializers.DateField(required=False)


class TypeViewSet(CatalogiBase):
    model = StatusType
    filter_serializer_class = TypeFilter
    required_scopes = SUBTYPE_SCOPES
    identificatie_param = "zaaktypeIdentificatie"
    datum_param = "datumGeldigheid"

    def base_queryset(self):
        return selectors.types_of(self.model, self.auth.municipality_ids)

    def filter(self, queryset, params):
        queryset = selectors.by_concept_status(queryset, params.get("status"), prefix="zaaktype__")
        if "zaaktype" in params:
            queryset = queryset.filter(zaaktype__uuid=params["zaaktype"])
        if self.identificatie_param in params:
            queryset = queryset.filter(zaaktype__identificatie=params[self.identificatie_param])
        if self.datum_param in params:
            queryset = selectors.geldig_op(queryset, params[self.datum_param], prefix="zaaktype__")
        if "omschrijvingGeneriek" in params:
            queryset = queryset.filter(omschrijving_generiek=params["omschrijvingGeneriek"])
        return queryset


class StatusTypeViewSet(TypeViewSet):
    schema_response = schemas.StatusType  # OpenAPI only
    schema_request = schemas.StatusTypeRequest
    model = StatusType
    represent = staticmethod(statustype_data)
    write_body = bodies.StatusTypeIn


class RolTypeFilter(TypeFilter):
    omschrijvingGeneriek = serializers.ChoiceField(choices=RolOmschrijving.values, required=False)


class RolTypeViewSet(TypeViewSet):
    schema_response = schemas.RolType  # OpenAPI only
    schema_request = schemas.RolTypeRequest
    model = RolType
    filter_serializer_class = RolTypeFilter
    represent = staticmethod(roltype_data)
    write_body = bodies.RolTypeIn


class ResultaatTypeFilter(serializers.Serializer):
    # This endpoint's parameters are snake_case in the standard's OAS.
    zaaktype = URLRefFilterField(CATALOGI_ROOT, "zaaktypen", required=False)
    zaaktype_identificatie = serializers.CharField(required=False)
    status = serializers.ChoiceField(choices=STATUS_CHOICES, required=False)
    datum_geldigheid = serializers.DateField(required=False)


class ResultaatTypeViewSet(TypeViewSet):
    schema_response = schemas.ResultaatType  # OpenAPI only
    schema_request = schemas.ResultaatTypeRequest
    model = ResultaatType
    filter_serializer_class = ResultaatTypeFilter
    identificatie_param = "zaaktype_identificatie"
    datum_param = "datum_geldigheid"
    represent = staticmethod(resultaattype_data)
    write_body = bodies.ResultaatTypeIn


class EigenschapViewSet(TypeViewSet):
    schema_response = schemas.Eigenschap  # OpenAPI only
    schema_request = schemas.EigenschapRequest
    model = Eigenschap
    represent = staticmethod(eigenschap_data)
    write_body = bodies.EigenschapIn


class ZaakTypeInformatieObjectTypeFilter(serializers.Serializer):
    zaaktype = URLRefFilterField(CATALOGI_ROOT, "zaaktypen", required=False)
    informatieobjecttype = URLRefFilterField(CATALOGI_ROOT, "informatieobjecttypen", required=False)
    richting = serializers.ChoiceField(choices=["inkomend", "intern", "uitgaand"], required=False)
    status = serializers.ChoiceField(choices=STATUS_CHOICES, required=False)


class ZaakTypeInformatieObjectTypeViewSet(TypeViewSet):
    schema_response = schemas.ZaakTypeInformatieObjectType  # OpenAPI only
    schema_request = schemas.ZaakTypeInformatieObjectTypeRequest
    model = ZaakTypeInformatieObjectType
    filter_serializer_class = ZaakTypeInformatieObjectTypeFilter
    represent = staticmethod(zaaktypeinformatieobjecttype_data)
    write_body = bodies.ZaakTypeInformatieObjectTypeIn

    def filter(self, queryset, params):
        queryset = super().filter(queryset, params)
        if "informatieobjecttype" in params:
            queryset = queryset.filter(informatieobjecttype__uuid=params["informatieobjecttype"])
        if "richting" in params:
            queryset = queryset.filter(richting=params["richting"])
        return queryset


class ZaakObjectTypeFilter(serializers.Serializer):
    anderObjecttype = serializers.BooleanField(required=False)
    catalogus = URLRefFilterField(CATALOGI_ROOT, "catalogussen", required=False)
    datumBeginGeldigheid = serializers.DateField(required=False)
    datumEindeGeldigheid = serializers.DateField(required=False)
    datumGeldigheid = serializers.DateField(required=False)
    objecttype = serializers.URLField(required=False)
    relatieOmschrijving = serializers.CharField(required=False)
    status = serializers.ChoiceField(choices=STATUS_CHOICES, required=False)
    zaaktype = URLRefFilterField(CATALOGI_ROOT, "zaaktypen", required=False)
    zaaktypeIdentificatie = serializers.CharField(required=False)


class ZaakObjectTypeViewSet(TypeViewSet):
    """Zaakobjecttypen have their own geldigheid: the date filters read it, not the zaaktype's."""

    schema_response = schemas.ZaakObjectType  # OpenAPI only
    schema_request = schemas.ZaakObjectTypeRequest
    model = ZaakObjectType
    filter_serializer_class = ZaakObjectTypeFilter
    represent = staticmethod(zaakobjecttype_data)
    write_body = bodies.ZaakObjectTypeIn

    def filter(self, queryset, params):
        queryset = selectors.by_concept_status(queryset, params.get("status"), prefix="zaaktype__")
        exact = {
            "anderObjecttype": "ander_objecttype",
            "catalogus": "zaaktype__catalogus__uuid",
            "datumBeginGeldigheid": "begin_geldigheid",
            "datumEindeGeldigheid": "einde_geldigheid",
            "objecttype": "objecttype",
            "relatieOmschrijving": "relatie_omschrijving",
            "zaaktype": "zaaktype__uuid",
            "zaaktypeIdentificatie": "zaaktype__identificatie",
        }
        queryset = queryset.filter(
            **{column: params[name] for name, column in exact.items() if name in params}
        )
        if "datumGeldigheid" in params:
            queryset = selectors.valid_on_own_dates(queryset, params["datumGeldigheid"])
        return queryset


class CatalogusTypeFilter(serializers.Serializer):
    catalogus = URLRefFilterField(CATALOGI_ROOT, "catalogussen", required=False)
    status = serializers.ChoiceField(choices=STATUS_CHOICES, required=False)
    datumGeldigheid = serializers.DateField(required=False)
    omschrijving = serializers.CharField(required=False)


class InformatieObjectTypeViewSet(CatalogiBase):
    schema_response = schemas.InformatieObjectType  # OpenAPI only
    schema_request = schemas.InformatieObjectTypeRequest
    filter_serializer_class = CatalogusTypeFilter
    represent = staticmethod(informatieobjecttype_data)
    write_body = bodies.InformatieObjectTypeIn
    required_scopes = TOP_SCOPES

    def base_queryset(self):
        return selectors.informatieobjecttypen(self.auth.municipality_ids)

    def filter(self, queryset, params):
        queryset = selectors.by_concept_status(queryset, params.get("status"))
        if "catalogus" in params:
            queryset = queryset.filter(catalogus__uuid=params["catalogus"])
        if "omschrijving" in params:
            queryset = queryset.filter(omschrijving=params["omschrijving"])
        if "datumGeldigheid" in params:
            queryset = selectors.geldig_op(queryset, params["datumGeldigheid"])
        return queryset

    @action(detail=True, methods=["post"])
    def publish(self, request, uuid=None):
        return self._publish(uuid)


class BesluitTypeFilter(CatalogusTypeFilter):
    zaaktypen = URLRefFilterField(CATALOGI_ROOT, "zaaktypen", required=False)
    informatieobjecttypen = URLRefFilterField(
        CATALOGI_ROOT, "informatieobjecttypen", required=False
    )


class BesluitTypeViewSet(InformatieObjectTypeViewSet):
    schema_response = schemas.BesluitType  # OpenAPI only
    schema_request = schemas.BesluitTypeRequest
    filter_serializer_class = BesluitTypeFilter
    represent = staticmethod(besluittype_data)
    write_body = bodies.BesluitTypeIn
    m2m_fields = ("informatieobjecttypen",)

    def base_queryset(self):
        return selectors.besluittypen(self.auth.municipality_ids)

    def filter(self, queryset, params):
        queryset = super().filter(queryset, params)
        if "zaaktypen" in params:
            queryset = queryset.filter(zaaktypen__uuid=params["zaaktypen"])
        if "informatieobjecttypen" in params:
            queryset = queryset.filter(informatieobjecttypen__uuid=params["informatieobjecttypen"])
        return queryset.distinct()
