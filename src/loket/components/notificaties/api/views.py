"""Notificaties API 1.0: /kanaal (list, detail, create), /abonnement (CRUD), /notificaties (POST).

Scopes: notificaties.consumeren for abonnementen, notificaties.publiceren for creating kanalen
and publishing; reading either needs one of both. Kanalen are platform-wide. Abonnementen belong
to the municipalities of the client that makes them (see `models.py`); another municipality's
abonnement is 404. Lists are plain arrays, as in the standard.
"""

from django.http import Http404
from rest_framework import serializers, status
from rest_framework.response import Response

from loket.components.common.api import ZGWViewSet
from loket.components.common.constants import Component
from loket.components.common.paths import NOTIFICATIES_VERSION, UUID_RE

from .. import selectors, services
from ..constants import CONSUMEREN, PUBLICEREN
from . import schemas
from .representation import abonnement_data, kanaal_data

READ = frozenset({CONSUMEREN, PUBLICEREN})


class KanaalIn(serializers.Serializer):
    naam = serializers.CharField(max_length=50)
    documentatieLink = serializers.URLField(max_length=200, required=False, allow_blank=True)
    filters = serializers.ListField(
        child=serializers.CharField(max_length=100), required=False, default=list
    )


class KanaalFilter(serializers.Serializer):
    naam = serializers.CharField(required=False)


class FilterGroupIn(serializers.Serializer):
    naam = serializers.CharField(max_length=50)
    filters = serializers.DictField(
        child=serializers.CharField(max_length=1000), required=False, default=dict
    )


class AbonnementIn(serializers.Serializer):
    callbackUrl = serializers.URLField(max_length=200)
    auth = serializers.CharField(max_length=1000, write_only=True)
    kanalen = FilterGroupIn(many=True, required=False, default=list)


class MessageIn(serializers.Serializer):
    kanaal = serializers.CharField(max_length=50)
    source = serializers.CharField(max_length=100, required=False)
    hoofdObject = serializers.URLField()
    resource = serializers.CharField(max_length=100)
    resourceUrl = serializers.URLField()
    actie = serializers.CharField(max_length=100)
    aanmaakdatum = serializers.DateTimeField()
    kenmerken = serializers.DictField(
        child=serializers.CharField(max_length=1000), required=False, default=dict
    )


class NotificatiesViewSet(ZGWViewSet):
    api_version = NOTIFICATIES_VERSION
    component = Component.NRC
    lookup_field = "uuid"
    lookup_value_regex = UUID_RE
    paginate = False  # OAS: lists are plain arrays

    def list_response(self, queryset, represent):
        return Response([represent(obj, self.base_url) for obj in queryset])


class KanaalViewSet(NotificatiesViewSet):
    schema_request, schema_response = schemas.kanaal(KanaalIn)  # OAS
    filter_serializer_class = KanaalFilter
    required_scopes = {"list": READ, "retrieve": READ, "create": frozenset({PUBLICEREN})}

    def list(self, request):
        params = self.query_params(extra_allowed=())
        queryset = selectors.kanalen()
        if "naam" in params:
            queryset = queryset.filter(naam=params["naam"])
        return self.list_response(queryset, kanaal_data)

    def retrieve(self, request, uuid=None):
        found = selectors.kanalen().filter(uuid=uuid).first()
        if found is None:
            raise Http404
        return Response(kanaal_data(found, self.base_url))

    def create(self, request):
        serializer = KanaalIn(data=request.data)
        serializer.is_valid(raise_exception=True)
        values = serializer.validated_data
        kanaal = services.create_kanaal(
            naam=values["naam"],
            documentatie_link=values.get("documentatieLink", ""),
            filters=values["filters"],
        )
        return Response(kanaal_data(kanaal, self.base_url), status=status.HTTP_201_CREATED)


class AbonnementViewSet(NotificatiesViewSet):
    schema_request, schema_response = schemas.abonnement(AbonnementIn, FilterGroupIn)  # OAS
    write = frozenset({CONSUMEREN})
    required_scopes = {
        "list": READ,
        "retrieve": READ,
        "create": write,
        "update": write,
        "partial_update": write,
        "destroy": write,
    }

    def serves_all(self) -> bool:
        if not hasattr(self, "_serves_all"):
            self._serves_all = selectors.serves_all_municipalities(self.auth)
        return self._serves_all

    def visible(self):
        return selectors.abonnementen_visible_to(self.auth, serves_all=self.serves_all())

    def get_abonnement(self, uuid):
        found = self.visible().filter(uuid=uuid).first()
        if found is None:
            raise Http404
        return found

    def changed_by(self) -> services.ChangedBy:
        return services.ChangedBy(client_id=self.auth.client_id, gebruiker_id=self.auth.user_id)

    def list(self, request):
        self.query_params(extra_allowed=())
        return self.list_response(self.visible(), abonnement_data)

    def retrieve(self, request, uuid=None):
        return Response(abonnement_data(self.get_abonnement(uuid), self.base_url))

    def create(self, request):
        abonnement = self._save(None, request.data)
        return Response(
            abonnement_data(self.get_abonnement(abonnement.uuid), self.base_url),
            status=status.HTTP_201_CREATED,
        )

    def update(self, request, uuid=None):
        self._save(self.get_abonnement(uuid), request.data)
        return Response(abonnement_data(self.get_abonnement(uuid), self.base_url))

    def partial_update(self, request, uuid=None):
        current = self.get_abonnement(uuid)
        if not isinstance(request.data, dict):
            raise serializers.ValidationError({"nonFieldErrors": ["Verwacht een object."]})
        merged = {
            **abonnement_data(current, self.base_url),
            "auth": current.auth,
            **request.data,
        }
        merged.pop("url", None)
        self._save(current, merged)
        return Response(abonnement_data(self.get_abonnement(uuid), self.base_url))

    def destroy(self, request, uuid=None):
        services.delete_abonnement(self.get_abonnement(uuid), by=self.changed_by())
        return Response(status=status.HTTP_204_NO_CONTENT)

    def _save(self, current, data):
        serializer = AbonnementIn(data=data)
        serializer.is_valid(raise_exception=True)
        values = serializer.validated_data
        return services.save_abonnement(
            current,
            callback_url=values["callbackUrl"],
            auth=values["auth"],
            kanalen=[(group["naam"], group["filters"]) for group in values["kanalen"]],
            municipality_ids=self.auth.municipality_ids,
            alle_gemeenten=self.serves_all(),
            by=self.changed_by(),
        )


class NotificatieViewSet(NotificatiesViewSet):
    schema_request, schema_response = schemas.message(MessageIn)  # OAS
    required_scopes = {"create": frozenset({PUBLICEREN})}

    def create(self, request):
        serializer = MessageIn(data=request.data)
        serializer.is_valid(raise_exception=True)
        values = dict(serializer.validated_data)
        message = {**values, "aanmaakdatum": request.data["aanmaakdatum"]}
        # A publisher serving one municipality reaches that municipality's subscribers; one
        # serving several (or all) cannot say which one a message concerns: platform-wide only.
        own = sorted(self.auth.municipality_ids)
        services.publish(message, municipality_id=own[0] if len(own) == 1 else None)
        return Response(message, status=status.HTTP_201_CREATED)
