"""Zaken API 1.5 endpoints: zaken (+ _zoek), statussen, rollen, resultaten."""

from django.db.models import F
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.decorators import action
from rest_framework.response import Response

from loket.components.catalogi.models import (
    Eigenschap,
    ResultaatType,
    RolType,
    StatusType,
    ZaakType,
)
from loket.components.common import scopes as S
from loket.components.common.api import ZGWViewSet
from loket.components.common.constants import Component
from loket.components.common.pagination import IdsFirstPagination
from loket.components.common.paths import UUID_RE, ZAKEN_VERSION
from loket.components.common.renderers import mark_plain_json, orjson_writes_as_drf

from .. import expand, geometry, selectors, services
from ..audit import Actor
from ..models import Resultaat, Rol, Status, Zaak
from ..representation import (
    JSON_COLUMNS,
    resultaat_data,
    rol_data,
    status_data,
    zaak_data,
    zaak_data_from_values,
)
from . import schemas
from . import serializers as s

WRITE = frozenset({S.ZAKEN_BIJWERKEN, S.ZAKEN_GEFORCEERD_BIJWERKEN})


class ZakenBase(ZGWViewSet):
    api_version = ZAKEN_VERSION
    component = Component.ZRC
    lookup_field = "uuid"
    lookup_value_regex = UUID_RE

    def actor(self) -> Actor:
        auth = self.auth
        return Actor(
            applicatie_id=auth.applicatie_uuid,
            applicatie_weergave=auth.applicatie_label,
            gebruikers_id=auth.user_id,
            gebruikers_weergave=auth.user_representation,
            toelichting=self.request.headers.get("X-Audit-Toelichting", ""),
        )

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["resolve"] = self.resolve
        return context

    def resolve(self, collection: str, uuid):
        municipality_ids = sorted(self.auth.municipality_ids)
        querysets = {
            "zaaktypen": ZaakType.all_municipalities.select_related("catalogus", "municipality"),
            "statustypen": StatusType.all_municipalities.all(),
            "roltypen": RolType.all_municipalities.all(),
            "resultaattypen": ResultaatType.all_municipalities.all(),
            "zaken": Zaak.all_municipalities.select_related("zaaktype", "municipality", "status"),
            "rollen": Rol.all_municipalities.all(),
            "statussen": Status.all_municipalities.all(),
            "eigenschappen": Eigenschap.all_municipalities.all(),
        }
        return querysets[collection].filter(uuid=uuid, municipality_id__in=municipality_ids).first()

    def require_on_zaak(self, zaak: Zaak, *scopes: str) -> frozenset[str] | None:
        """403 unless the client has one of `scopes` for this zaak's zaaktype and vertrouwelijkheid."""
        if not self.auth.may_on_zaak(zaak.zaaktype_id, zaak.vertrouwelijkheidaanduiding, *scopes):
            raise exceptions.PermissionDenied()
        return self.auth.zaak_scopes(zaak.zaaktype_id, zaak.vertrouwelijkheidaanduiding)

    @staticmethod
    def reject_unknown(params, allowed: set[str]) -> None:
        unknown = set(params) - allowed
        if unknown:
            raise exceptions.ValidationError(
                {
                    name: [
                        exceptions.ErrorDetail("Onbekende parameter.", code="unknown-parameters")
                    ]
                    for name in sorted(unknown)
                }
            )

    @staticmethod
    def has(granted: frozenset[str] | None, scope: str) -> bool:
        return granted is None or scope in granted

    def writing(self, granted: frozenset[str] | None) -> dict:
        """Who writes, and whether a closed zaak may still change (zaken.geforceerd-bijwerken)."""
        return {"actor": self.actor(), "forced": self.has(granted, S.ZAKEN_GEFORCEERD_BIJWERKEN)}

    def created(self, data: dict) -> Response:
        return Response(data, status=status.HTTP_201_CREATED, headers={"Location": data["url"]})


class ZaakViewSet(ZakenBase):
    schema_request, schema_response = schemas.ZaakRequest, schemas.Zaak  # OpenAPI only
    schema_requests = {"zoek": schemas.ZaakZoek}
    schema_responses = {"zoek": schemas.Zaak}
    schema_list_actions = ("zoek",)
    schema_parameters = {
        "list": [schemas.EXPAND],
        "retrieve": [schemas.EXPAND],
        "zoek": [schemas.EXPAND],
    }
    uses_crs = True
    pagination_class = IdsFirstPagination
    filter_serializer_class = s.ZaakFilterSerializer
    required_scopes = {
        "list": frozenset({S.ZAKEN_LEZEN}),
        "retrieve": frozenset({S.ZAKEN_LEZEN}),
        "zoek": frozenset({S.ZAKEN_LEZEN}),
        "create": frozenset({S.ZAKEN_AANMAKEN}),
        "update": WRITE,
        "partial_update": WRITE,
        "destroy": frozenset({S.ZAKEN_VERWIJDEREN}),
    }

    def zaken_page(self, queryset, tree: dict) -> Response:
        """A page of zaken: the uuids under them in one query, then `expand` per requested field.

        Without `expand` the page is read as plain rows of the columns the JSON needs (no model
        instances); `expand` walks related objects and so works on instances.
        """
        if tree:
            page = selectors.attach_children(self.paginate_queryset(queryset))
            data = [zaak_data(zaak, self.base_url) for zaak in page]
            expand.expand_zaken(self.auth, self.base_url, page, data, tree)
            return self.get_paginated_response(data)
        rows = self.paginator.paginate_queryset(
            queryset, self.request, self, read=selectors.zaak_list_rows
        )
        under = selectors.children_by_zaak([row["pk"] for row in rows])
        base = self.base_url
        none = selectors.NO_CHILDREN
        data = [zaak_data_from_values(row, base, under.get(row["pk"], none)) for row in rows]
        response = self.get_paginated_response(data)
        if all(orjson_writes_as_drf(row[name]) for row in rows for name in JSON_COLUMNS if row[name]):
            mark_plain_json(response)
        return response

    def represent_zaak(self, zaak: Zaak, tree: dict | None = None) -> dict:
        selectors.attach_children([zaak])
        data = zaak_data(zaak, self.base_url)
        expand.expand_zaken(self.auth, self.base_url, [zaak], [data], tree or {})
        return data

    def list(self, request):
        params = self.query_params(extra_allowed=("page", "expand"))
        tree = expand.parse(request.query_params.get("expand"))
        queryset = selectors.filter_zaken(selectors.visible_zaken(self.auth, S.ZAKEN_LEZEN), params)
        return self.zaken_page(queryset, tree)

    @action(detail=False, methods=["post"], url_path="_zoek")
    def zoek(self, request):
        self.filter_serializer_class = s.ZaakZoekSerializer
        body = request.data if isinstance(request.data, dict) else {}
        within = None
        if body.get("zaakgeometrie") is not None:
            within = geometry.parse_within(body["zaakgeometrie"])
        tree = expand.parse(body.get("expand"), request.query_params.get("expand"))
        params = self.query_params(
            source={k: v for k, v in body.items() if k not in ("zaakgeometrie", "expand")},
            extra_allowed=(),
        )
        self.reject_unknown(request.query_params, allowed={"page", "expand"})
        queryset = selectors.filter_zaken(selectors.visible_zaken(self.auth, S.ZAKEN_LEZEN), params)
        if within is not None:
            queryset = geometry.filter_within(queryset, within)
        return self.zaken_page(queryset, tree)

    def _get_zaak(self, uuid) -> Zaak:
        zaak = selectors.zaak_in_municipalities(self.auth, uuid)
        if zaak is None:
            raise Http404
        return zaak

    def retrieve(self, request, uuid=None):
        self.reject_unknown(request.query_params, allowed={"expand"})
        tree = expand.parse(request.query_params.get("expand"))
        zaak = self._get_zaak(uuid)
        self.require_on_zaak(zaak, S.ZAKEN_LEZEN)
        return Response(self.represent_zaak(zaak, tree))

    def create(self, request):
        serializer = s.ZaakInputSerializer(data=request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        fields = serializer.model_fields()
        zaaktype = fields.pop("zaaktype")
        level = fields.get("vertrouwelijkheidaanduiding") or zaaktype.vertrouwelijkheidaanduiding
        if not self.auth.may_on_zaak(zaaktype.pk, level, S.ZAKEN_AANMAKEN):
            raise exceptions.PermissionDenied()
        zaak = services.create_zaak(zaaktype=zaaktype, actor=self.actor(), **fields)
        return self.created(zaak_data(zaak, self.base_url))

    def _update(self, request, uuid, partial: bool):
        zaak = self._get_zaak(uuid)
        granted = self.require_on_zaak(zaak, *WRITE)
        serializer = s.ZaakInputSerializer(
            data=request.data, partial=partial, context=self.get_serializer_context()
        )
        serializer.is_valid(raise_exception=True)
        changes = serializer.model_fields()
        new_type = changes.get("zaaktype", zaak.zaaktype)
        new_level = changes.get("vertrouwelijkheidaanduiding") or zaak.vertrouwelijkheidaanduiding
        if not self.auth.may_on_zaak(new_type.pk, new_level, *WRITE):
            raise exceptions.PermissionDenied()
        zaak = services.update_zaak(
            zaak,
            **self.writing(granted),
            **changes,
        )
        return Response(self.represent_zaak(selectors.zaak_in_municipalities(self.auth, zaak.uuid)))

    def update(self, request, uuid=None):
        return self._update(request, uuid, partial=False)

    def partial_update(self, request, uuid=None):
        return self._update(request, uuid, partial=True)

    def destroy(self, request, uuid=None):
        zaak = self._get_zaak(uuid)
        granted = self.require_on_zaak(zaak, S.ZAKEN_VERWIJDEREN)
        services.delete_zaak(zaak, **self.writing(granted))
        return Response(status=status.HTTP_204_NO_CONTENT)


class ZaakChildViewSet(ZakenBase):
    """Statussen, rollen and resultaten: visible when their zaak is."""

    model: type = Status
    represent = staticmethod(status_data)

    paginate = True

    def list(self, request):
        params = self.query_params(extra_allowed=("page",) if self.paginate else ())
        queryset = self.filter(
            selectors.visible_objects(self.model, self.auth, S.ZAKEN_LEZEN), params
        ).order_by("pk")
        if not self.paginate:
            return Response([self.represent(obj, self.base_url) for obj in queryset])
        return self.paginated(queryset, self.represent)

    def filter(self, queryset, params):
        return queryset

    def get_object(self):
        found = selectors.object_in_municipalities(self.model, self.auth, self.kwargs["uuid"])
        if found is None:
            raise Http404
        return found

    def retrieve(self, request, uuid=None):
        found = self.get_object()
        self.require_on_zaak(found.zaak, S.ZAKEN_LEZEN)
        return Response(self.represent(found, self.base_url))

    def validated(self, serializer_class):
        serializer = serializer_class(data=self.request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data


class StatusViewSet(ZaakChildViewSet):
    schema_request, schema_response = schemas.StatusRequest, schemas.Status  # OpenAPI only
    model = Status
    represent = staticmethod(status_data)
    filter_serializer_class = s.StatusFilterSerializer
    required_scopes = {
        "list": frozenset({S.ZAKEN_LEZEN}),
        "retrieve": frozenset({S.ZAKEN_LEZEN}),
        "create": frozenset({S.ZAKEN_AANMAKEN, S.ZAKEN_STATUSSEN_TOEVOEGEN, S.ZAKEN_HEROPENEN}),
    }

    def filter(self, queryset, params):
        if "zaak" in params:
            queryset = queryset.filter(zaak__uuid=params["zaak"])
        if "statustype" in params:
            queryset = queryset.filter(statustype__uuid=params["statustype"])
        if params.get("indicatieLaatstGezetteStatus") is True:
            queryset = queryset.filter(zaak__status=F("pk"))
        elif params.get("indicatieLaatstGezetteStatus") is False:
            queryset = queryset.exclude(zaak__status=F("pk"))
        return queryset

    def create(self, request):
        data = self.validated(s.StatusInputSerializer)
        zaak = data["zaak"]
        granted = self.require_on_zaak(
            zaak,
            S.ZAKEN_AANMAKEN,
            S.ZAKEN_STATUSSEN_TOEVOEGEN,
            S.ZAKEN_HEROPENEN,
            S.ZAKEN_GEFORCEERD_BIJWERKEN,
        )
        new = services.set_status(
            zaak,
            statustype=data["statustype"],
            datum_status_gezet=data["datumStatusGezet"],
            statustoelichting=data.get("statustoelichting", ""),
            gezetdoor=data.get("gezetdoor"),
            actor=self.actor(),
            may_reopen=self.has(granted, S.ZAKEN_HEROPENEN)
            or self.has(granted, S.ZAKEN_GEFORCEERD_BIJWERKEN),
            may_add=self.has(granted, S.ZAKEN_STATUSSEN_TOEVOEGEN)
            or self.has(granted, S.ZAKEN_HEROPENEN)
            or self.has(granted, S.ZAKEN_GEFORCEERD_BIJWERKEN),
        )
        new = selectors.object_in_municipalities(Status, self.auth, new.uuid)
        return self.created(status_data(new, self.base_url))


class RolViewSet(ZaakChildViewSet):
    schema_request, schema_response = schemas.RolRequest, schemas.Rol  # OpenAPI only
    model = Rol
    represent = staticmethod(rol_data)
    filter_serializer_class = s.RolFilterSerializer
    required_scopes = {
        "list": frozenset({S.ZAKEN_LEZEN}),
        "retrieve": frozenset({S.ZAKEN_LEZEN}),
        "create": WRITE,
        "destroy": WRITE,
    }

    def filter(self, queryset, params):
        names = {"zaak": "zaak__uuid", "roltype": "roltype__uuid", "omschrijving": "omschrijving"}
        queryset = queryset.filter(
            **{names[key]: value for key, value in params.items() if key in names}
        )
        identificatie = selectors.rol_lookups_for(params)
        return queryset if identificatie is None else queryset.filter(identificatie)

    def create(self, request):
        data = self.validated(s.RolInputSerializer)
        zaak = data["zaak"]
        granted = self.require_on_zaak(zaak, *WRITE)
        rol = services.add_rol(
            zaak,
            roltype=data["roltype"],
            betrokkene_type=data["betrokkeneType"],
            betrokkene=data.get("betrokkene", ""),
            betrokkene_identificatie=data.get("betrokkeneIdentificatie"),
            roltoelichting=data.get("roltoelichting", ""),
            afwijkende_naam_betrokkene=data.get("afwijkendeNaamBetrokkene", ""),
            indicatie_machtiging=data.get("indicatieMachtiging", ""),
            **self.writing(granted),
        )
        return self.created(rol_data(rol, self.base_url))

    def destroy(self, request, uuid=None):
        rol = self.get_object()
        granted = self.require_on_zaak(rol.zaak, *WRITE)
        services.delete_rol(rol, **self.writing(granted))
        return Response(status=status.HTTP_204_NO_CONTENT)


class ResultaatViewSet(ZaakChildViewSet):
    schema_request, schema_response = schemas.ResultaatRequest, schemas.Resultaat  # OpenAPI
    model = Resultaat
    represent = staticmethod(resultaat_data)
    filter_serializer_class = s.ResultaatFilterSerializer
    required_scopes = {
        "list": frozenset({S.ZAKEN_LEZEN}),
        "retrieve": frozenset({S.ZAKEN_LEZEN}),
        "create": WRITE,
        "update": WRITE,
        "partial_update": WRITE,
        "destroy": WRITE,
    }

    def filter(self, queryset, params):
        names = {"zaak": "zaak__uuid", "resultaattype": "resultaattype__uuid"}
        return queryset.filter(**{names[key]: value for key, value in params.items()})

    def create(self, request):
        data = self.validated(s.ResultaatInputSerializer)
        zaak = data["zaak"]
        granted = self.require_on_zaak(zaak, *WRITE)
        resultaat = services.set_result(
            zaak,
            resultaattype=data["resultaattype"],
            toelichting=data.get("toelichting", ""),
            **self.writing(granted),
        )
        return self.created(resultaat_data(resultaat, self.base_url))

    def _update(self, partial: bool):
        resultaat = self.get_object()
        granted = self.require_on_zaak(resultaat.zaak, *WRITE)
        serializer = s.ResultaatInputSerializer(
            data=self.request.data, partial=partial, context=self.get_serializer_context()
        )
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        if "zaak" in data and data["zaak"].pk != resultaat.zaak_id:
            raise exceptions.ValidationError(
                {
                    "zaak": [
                        exceptions.ErrorDetail(
                            "De zaak kan niet veranderen.", code="wijzigen-niet-toegelaten"
                        )
                    ]
                }
            )
        resultaat = services.update_result(
            resultaat,
            **self.writing(granted),
            resultaattype=data.get("resultaattype"),
            toelichting=data.get("toelichting"),
        )
        return Response(resultaat_data(resultaat, self.base_url))

    def update(self, request, uuid=None):
        return self._update(partial=False)

    def partial_update(self, request, uuid=None):
        return self._update(partial=True)

    def destroy(self, request, uuid=None):
        resultaat = self.get_object()
        granted = self.require_on_zaak(resultaat.zaak, *WRITE)
        services.delete_result(resultaat, **self.writing(granted))
        return Response(status=status.HTTP_204_NO_CONTENT)
