"""Autorisaties API 1.0: /applicaties (CRUD) and /applicaties/consumer?clientId=….

A client with `autorisaties.lezen` / `autorisaties.bijwerken` administers the applicaties whose
municipalities are all its own, and may only hand out its own municipalities; another
municipality's applicatie is 404. The platform's national administration application
(`beheert_alle_gemeenten`) administers all of them. Loket extension: `gemeenten` (CBS codes).
"""

from django.http import Http404
from rest_framework import serializers, status
from rest_framework.decorators import action
from rest_framework.response import Response

from loket.components.catalogi.models import BesluitType, InformatieObjectType, ZaakType
from loket.components.common.api import ZGWViewSet
from loket.components.common.constants import Component
from loket.components.common.errors import RuleViolation
from loket.components.common.fields import VertrouwelijkheidField
from loket.components.common.paths import CATALOGI_ROOT, UUID_RE, uuid_from_url
from loket.tenancy.models import Municipality

from .. import services
from ..selectors import applicaties_visible_to
from . import schemas
from .representation import AUTORISATIES_VERSION, applicatie_data, applicatie_input

READ = frozenset({services.AUTORISATIES_LEZEN})
WRITE = frozenset({services.AUTORISATIES_BIJWERKEN})
TYPE_COLLECTIONS = {
    "zaaktype": (ZaakType, "zaaktypen"),
    "informatieobjecttype": (InformatieObjectType, "informatieobjecttypen"),
    "besluittype": (BesluitType, "besluittypen"),
}


class AutorisatieIn(serializers.Serializer):
    component = serializers.ChoiceField(choices=Component.values)
    scopes = serializers.ListField(child=serializers.CharField(max_length=100, min_length=1))
    zaaktype = serializers.CharField(max_length=1000, required=False, allow_blank=True)
    informatieobjecttype = serializers.CharField(max_length=1000, required=False, allow_blank=True)
    besluittype = serializers.CharField(max_length=1000, required=False, allow_blank=True)
    maxVertrouwelijkheidaanduiding = VertrouwelijkheidField(required=False, allow_null=True)


class ApplicatieIn(serializers.Serializer):
    clientIds = serializers.ListField(child=serializers.CharField(max_length=50, min_length=1))
    label = serializers.CharField(max_length=100)
    heeftAlleAutorisaties = serializers.BooleanField(required=False, default=False)
    autorisaties = AutorisatieIn(many=True, required=False, default=list)
    gemeenten = serializers.ListField(child=serializers.CharField(max_length=6), required=False)


class ConsumerFilter(serializers.Serializer):
    clientId = serializers.CharField()


class ListFilter(serializers.Serializer):
    clientIds = serializers.CharField(required=False)


class ApplicatieViewSet(ZGWViewSet):
    schema_request, schema_response = schemas.applicatie(ApplicatieIn, AutorisatieIn)  # OAS
    api_version = AUTORISATIES_VERSION
    component = Component.AC
    lookup_field = "uuid"
    lookup_value_regex = UUID_RE
    filter_serializer_class = ListFilter
    required_scopes = {
        "list": READ,
        "retrieve": READ,
        "consumer": READ,
        "create": WRITE,
        "update": WRITE,
        "partial_update": WRITE,
        "destroy": WRITE,
    }

    # -- reads --------------------------------------------------------------------------------
    def visible(self):
        return applicaties_visible_to(self.auth)

    def get_applicatie(self, uuid):
        found = self.visible().filter(uuid=uuid).first()
        if found is None:
            raise Http404
        return found

    def represent(self, applicatie, base):
        return applicatie_data(applicatie, base)

    def list(self, request):
        params = self.query_params()
        queryset = self.visible()
        if "clientIds" in params:
            queryset = queryset.filter(secrets__identifier=params["clientIds"]).distinct()
        return self.paginated(queryset, self.represent)

    def retrieve(self, request, uuid=None):
        return Response(applicatie_data(self.get_applicatie(uuid), self.base_url))

    @action(detail=False, methods=["get"], url_path="consumer")
    def consumer(self, request):
        self.filter_serializer_class = ConsumerFilter
        params = self.query_params(extra_allowed=())
        found = self.visible().filter(secrets__identifier=params["clientId"]).first()
        if found is None:
            raise Http404
        return Response(applicatie_data(found, self.base_url))

    # -- writes -------------------------------------------------------------------------------
    def create(self, request):
        applicatie = self._save(None, request.data)
        return Response(
            applicatie_data(self.get_applicatie(applicatie.uuid), self.base_url),
            status=status.HTTP_201_CREATED,
        )

    def update(self, request, uuid=None):
        current = self.get_applicatie(uuid)
        self._save(current, request.data)
        return Response(applicatie_data(self.get_applicatie(uuid), self.base_url))

    def partial_update(self, request, uuid=None):
        current = self.get_applicatie(uuid)
        if not isinstance(request.data, dict):
            raise serializers.ValidationError({"nonFieldErrors": ["Verwacht een object."]})
        merged = {**applicatie_input(current, self.base_url), **request.data}
        self._save(current, merged)
        return Response(applicatie_data(self.get_applicatie(uuid), self.base_url))

    def destroy(self, request, uuid=None):
        services.delete_applicatie(self.get_applicatie(uuid), by=self.changed_by())
        return Response(status=status.HTTP_204_NO_CONTENT)

    # -- helpers ------------------------------------------------------------------------------
    def changed_by(self) -> services.ChangedBy:
        auth = self.auth
        return services.ChangedBy(
            applicatie=auth.applicatie_label,
            client_id=auth.client_id,
            gebruiker_id=auth.user_id,
            gebruiker_weergave=auth.user_representation,
        )

    def assignable(self) -> frozenset[int] | None:
        return None if self.auth.beheert_alle_gemeenten else frozenset(self.auth.municipality_ids)

    def _save(self, current, data):
        serializer = ApplicatieIn(data=data)
        serializer.is_valid(raise_exception=True)
        values = serializer.validated_data
        municipalities = self._municipalities(current, values.get("gemeenten"))
        specs = [self._spec(index, item) for index, item in enumerate(values["autorisaties"])]
        return services.save_applicatie(
            current,
            label=values["label"],
            client_ids=values["clientIds"],
            heeft_alle_autorisaties=values["heeftAlleAutorisaties"],
            autorisaties=specs,
            municipalities=municipalities,
            by=self.changed_by(),
            assignable_municipality_ids=self.assignable(),
        )

    def _municipalities(self, current, codes):
        if codes is None:
            if current is not None:
                return list(current.municipalities.all())
            if self.auth.beheert_alle_gemeenten:
                raise RuleViolation(
                    "gemeenten", "required", "Geef de gemeenten van deze applicatie op."
                )
            return list(Municipality.objects.filter(pk__in=sorted(self.auth.municipality_ids)))
        wanted = {code.upper().removeprefix("GM") for code in codes}
        found = list(Municipality.objects.filter(code__in=sorted(wanted)))
        if len(found) != len(wanted):
            raise RuleViolation("gemeenten", "invalid", "Onbekende gemeentecode.")
        return found

    def _spec(self, index: int, item: dict) -> services.AutorisatieSpec:
        resolved = {}
        for field, (model, collection) in TYPE_COLLECTIONS.items():
            url = item.get(field) or ""
            if not url:
                resolved[field] = None
                continue
            uuid = uuid_from_url(url, CATALOGI_ROOT, collection)
            queryset = (
                model.all_municipalities.filter(uuid=uuid)
                if uuid
                else model.all_municipalities.none()
            )
            if not self.auth.beheert_alle_gemeenten:
                queryset = queryset.filter(municipality_id__in=sorted(self.auth.municipality_ids))
            resolved[field] = queryset.first()
            if resolved[field] is None:
                raise RuleViolation(
                    f"autorisaties.{index}.{field}",
                    "bad-url",
                    "De URL verwijst niet naar een bestaand object.",
                )
        return services.AutorisatieSpec(
            component=item["component"],
            scopes=item["scopes"],
            max_vertrouwelijkheidaanduiding=item.get("maxVertrouwelijkheidaanduiding"),
            **resolved,
        )
