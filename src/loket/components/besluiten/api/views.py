"""Besluiten API 1.1 endpoints: besluiten, besluitinformatieobjecten and the audit trail per besluit.

Lists filter by the client's municipalities and besluittypen in the query; a detail in another
municipality is 404, one whose besluittype the client has no autorisatie for 403 (as Open Zaak).
"""

from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response

from loket.components.catalogi.models import BesluitType
from loket.components.common import scopes as ZS
from loket.components.common.api import ZGWViewSet
from loket.components.common.constants import Component
from loket.components.common.paths import BESLUITEN_VERSION, UUID_RE
from loket.components.zaken.audit import Actor
from loket.components.zaken.models import Zaak

from .. import scopes as S
from .. import selectors, services
from ..models import Besluit
from ..representation import audittrail_data, besluit_data, besluitinformatieobject_data
from . import schemas
from . import serializers as s


class BesluitenBase(ZGWViewSet):
    api_version = BESLUITEN_VERSION
    component = Component.BRC
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
        querysets = {
            "besluittypen": BesluitType.all_municipalities.select_related("municipality"),
            "zaken": Zaak.all_municipalities.select_related("zaaktype"),
            "besluiten": Besluit.all_municipalities.select_related(
                "besluittype", "zaak", "municipality"
            ),
        }
        return querysets[collection].filter(self.auth.municipality_q(), uuid=uuid).first()

    def require(self, besluittype_id: int, *scopes: str) -> None:
        """403 unless the client has one of `scopes` for this besluittype."""
        if not self.auth.may_on(Component.BRC, besluittype_id, None, *scopes):
            raise exceptions.PermissionDenied()

    def forced(self, *zaken) -> bool:
        """May the client change besluiten of these zaken when closed (zaken.geforceerd-bijwerken)?"""
        return all(
            self.auth.may_on_zaak(
                zaak.zaaktype_id, zaak.vertrouwelijkheidaanduiding, ZS.ZAKEN_GEFORCEERD_BIJWERKEN
            )
            for zaak in zaken
            if zaak is not None
        )

    def validated(self, serializer_class, partial: bool = False):
        serializer = serializer_class(
            data=self.request.data, partial=partial, context=self.get_serializer_context()
        )
        serializer.is_valid(raise_exception=True)
        return serializer

    def created(self, data: dict) -> Response:
        return Response(data, status=status.HTTP_201_CREATED, headers={"Location": data["url"]})


class BesluitViewSet(BesluitenBase):
    schema_request, schema_response = schemas.BesluitRequest, schemas.Besluit  # OpenAPI only
    filter_serializer_class = s.BesluitFilterSerializer
    required_scopes = {
        "list": frozenset({S.BESLUITEN_LEZEN}),
        "retrieve": frozenset({S.BESLUITEN_LEZEN}),
        "create": frozenset({S.BESLUITEN_AANMAKEN}),
        "update": frozenset({S.BESLUITEN_BIJWERKEN}),
        "partial_update": frozenset({S.BESLUITEN_BIJWERKEN}),
        "destroy": frozenset({S.BESLUITEN_VERWIJDEREN}),
    }

    def get_object(self) -> Besluit:
        found = selectors.besluit_in_municipalities(self.auth, self.kwargs["uuid"])
        if found is None:
            raise Http404
        return found

    def list(self, request):
        params = self.query_params()
        queryset = selectors.filter_besluiten(
            selectors.visible_besluiten(self.auth, S.BESLUITEN_LEZEN), params
        ).order_by("-pk")
        return self.paginated(queryset, besluit_data)

    def retrieve(self, request, uuid=None):
        besluit = self.get_object()
        self.require(besluit.besluittype_id, S.BESLUITEN_LEZEN)
        return Response(besluit_data(besluit, self.base_url))

    def create(self, request):
        fields = self.validated(s.BesluitInputSerializer).model_fields()
        besluittype = fields.pop("besluittype")
        self.require(besluittype.pk, S.BESLUITEN_AANMAKEN)
        besluit = services.create_besluit(
            besluittype=besluittype,
            actor=self.actor(),
            forced=self.forced(fields.get("zaak")),
            **fields,
        )
        return self.created(besluit_data(besluit, self.base_url))

    def _update(self, partial: bool):
        besluit = self.get_object()
        self.require(besluit.besluittype_id, S.BESLUITEN_BIJWERKEN)
        changes = self.validated(s.BesluitInputSerializer, partial=partial).model_fields()
        besluit = services.update_besluit(
            besluit,
            actor=self.actor(),
            forced=self.forced(besluit.zaak, changes.get("zaak")),
            partial=partial,
            **changes,
        )
        return Response(besluit_data(self.get_object(), self.base_url))

    def update(self, request, uuid=None):
        return self._update(partial=False)

    def partial_update(self, request, uuid=None):
        return self._update(partial=True)

    def destroy(self, request, uuid=None):
        besluit = self.get_object()
        self.require(besluit.besluittype_id, S.BESLUITEN_VERWIJDEREN)
        services.delete_besluit(besluit, actor=self.actor(), forced=self.forced(besluit.zaak))
        return Response(status=status.HTTP_204_NO_CONTENT)


class BesluitInformatieObjectViewSet(BesluitenBase):
    schema_request = schemas.BesluitInformatieObjectRequest  # OpenAPI only
    schema_response = schemas.BesluitInformatieObject
    filter_serializer_class = s.BesluitInformatieObjectFilterSerializer
    paginate = False  # the standard's list is a plain array
    required_scopes = {
        "list": frozenset({S.BESLUITEN_LEZEN}),
        "retrieve": frozenset({S.BESLUITEN_LEZEN}),
        "create": frozenset({S.BESLUITEN_AANMAKEN}),
        "destroy": frozenset({S.BESLUITEN_VERWIJDEREN}),
    }

    def get_object(self):
        found = selectors.besluitinformatieobject_in_municipalities(self.auth, self.kwargs["uuid"])
        if found is None:
            raise Http404
        return found

    def list(self, request):
        params = self.query_params(extra_allowed=())
        queryset = selectors.visible_besluitinformatieobjecten(self.auth, S.BESLUITEN_LEZEN)
        if "besluit" in params:
            queryset = queryset.filter(besluit__uuid=params["besluit"])
        if "informatieobject" in params:
            queryset = queryset.filter(informatieobject=params["informatieobject"])
        return Response(
            [besluitinformatieobject_data(bio, self.base_url) for bio in queryset.order_by("pk")]
        )

    def retrieve(self, request, uuid=None):
        bio = self.get_object()
        self.require(bio.besluit.besluittype_id, S.BESLUITEN_LEZEN)
        return Response(besluitinformatieobject_data(bio, self.base_url))

    def create(self, request):
        data = self.validated(s.BesluitInformatieObjectInputSerializer).validated_data
        besluit = data["besluit"]
        self.require(besluit.besluittype_id, S.BESLUITEN_AANMAKEN)
        bio = services.add_besluitinformatieobject(
            besluit, informatieobject=data["informatieobject"], actor=self.actor()
        )
        return self.created(besluitinformatieobject_data(bio, self.base_url))

    def destroy(self, request, uuid=None):
        bio = self.get_object()
        self.require(bio.besluit.besluittype_id, S.BESLUITEN_VERWIJDEREN)
        services.delete_besluitinformatieobject(bio, actor=self.actor())
        return Response(status=status.HTTP_204_NO_CONTENT)


class BesluitAuditTrailViewSet(BesluitenBase):
    """What happened to the besluit and its documents; needs audittrails.lezen on its besluittype."""

    schema_response = schemas.AuditTrail  # OpenAPI only
    etag = False  # none in the standard
    paginate = False
    required_scopes = {
        "list": frozenset({S.AUDITTRAILS_LEZEN}),
        "retrieve": frozenset({S.AUDITTRAILS_LEZEN}),
    }

    def besluit(self) -> Besluit:
        found = selectors.besluit_in_municipalities(self.auth, self.kwargs["besluit_uuid"])
        if found is None:
            raise Http404
        self.require(found.besluittype_id, S.AUDITTRAILS_LEZEN)
        return found

    def list(self, request, besluit_uuid=None):
        self.query_params(extra_allowed=())
        rows = selectors.audittrail_of(self.besluit())
        return Response([audittrail_data(row, self.base_url) for row in rows])

    def retrieve(self, request, besluit_uuid=None, uuid=None):
        row = selectors.audittrail_of(self.besluit()).filter(uuid=uuid).first()
        if row is None:
            raise Http404
        return Response(audittrail_data(row, self.base_url))
