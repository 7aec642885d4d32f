"""Catalogi API 1.3 read endpoints: catalogussen, zaaktypen, statustypen, resultaattypen, roltypen.

ztc-014: zaken.lezen and documenten.lezen also give read access to the catalogi.
"""

from django.http import Http404
from rest_framework import serializers
from rest_framework.response import Response

from loket.components.common import scopes as S
from loket.components.common.api import ZGWViewSet
from loket.components.common.constants import Component, RolOmschrijving
from loket.components.common.fields import CommaListField, URLRefFilterField
from loket.components.common.paths import CATALOGI_ROOT, CATALOGI_VERSION

from .. import selectors
from ..models import ResultaatType, RolType, StatusType
from ..representation import (
    catalogus_data,
    resultaattype_data,
    roltype_data,
    statustype_data,
    zaaktype_data,
)

READ = frozenset({S.CATALOGI_LEZEN})
STATUS_CHOICES = ["alles", "concept", "definitief"]


class CatalogiBase(ZGWViewSet):
    api_version = CATALOGI_VERSION
    component = Component.ZTC
    lookup_field = "uuid"
    lookup_value_regex = "[0-9a-fA-F-]{36}"
    required_scopes = {"list": READ, "retrieve": READ}
    represent = None

    def client_has_scope(self, auth, needed):
        return (
            auth.has_any_scope(Component.ZTC, needed)
            or auth.has_any_scope(Component.ZRC, frozenset({S.ZAKEN_LEZEN}))
            or auth.has_any_scope(Component.DRC, frozenset({S.DOCUMENTEN_LEZEN}))
        )

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
    filter_serializer_class = ZaakTypeFilter
    represent = staticmethod(zaaktype_data)
    required_scopes = {
        "list": READ | {S.ZAKEN_LEZEN, S.DOCUMENTEN_LEZEN},
        "retrieve": READ | {S.ZAKEN_LEZEN, S.DOCUMENTEN_LEZEN},
    }

    def base_queryset(self):
        return selectors.zaaktypen(self.auth.municipality_ids)

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
    model = StatusType
    represent = staticmethod(statustype_data)


class RolTypeFilter(TypeFilter):
    omschrijvingGeneriek = serializers.ChoiceField(choices=RolOmschrijving.values, required=False)


class RolTypeViewSet(TypeViewSet):
    model = RolType
    filter_serializer_class = RolTypeFilter
    represent = staticmethod(roltype_data)


class ResultaatTypeFilter(serializers.Serializer):
    # This endpoint's parameters are snake_case in the standard's OAS.
    zaaktype = URLRefFilterField(CATALOGI_ROOT, "zaaktypen", required=False)
    zaaktype_identificatie = serializers.CharField(required=False)
    status = serializers.ChoiceField(choices=STATUS_CHOICES, required=False)
    datum_geldigheid = serializers.DateField(required=False)


class ResultaatTypeViewSet(TypeViewSet):
    model = ResultaatType
    filter_serializer_class = ResultaatTypeFilter
    identificatie_param = "zaaktype_identificatie"
    datum_param = "datum_geldigheid"
    represent = staticmethod(resultaattype_data)
