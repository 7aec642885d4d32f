"""Documenten API 1.4 endpoints: enkelvoudiginformatieobjecten (+ versions, download, lock,
unlock, _zoek, audit trail), bestandsdelen, gebruiksrechten, objectinformatieobjecten.

Lists filter by the client's autorisaties in the query (informatieobjecttype × maximum
vertrouwelijkheidaanduiding × municipality). A detail in another municipality is 404; one in the
client's municipalities that its autorisaties do not cover is 403 without any of its data.
"""

from urllib.parse import quote

from django.db.models import Q
from django.http import FileResponse, Http404
from django.utils.translation import gettext as _
from rest_framework import exceptions, status
from rest_framework.decorators import action
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.response import Response

from loket.components.catalogi.models import InformatieObjectType
from loket.components.common.api import ZGWViewSet
from loket.components.common.constants import Component
from loket.components.common.errors import RuleViolation
from loket.components.common.paths import DOCUMENTEN_VERSION, UUID_RE, ZAKEN_ROOT, uuid_from_url
from loket.components.zaken.audit import Actor

from .. import content, selectors, services
from ..models import BestandsDeel, EnkelvoudigInformatieObject, Gebruiksrecht
from ..models import ObjectInformatieObject as OIO
from ..representation import (
    audittrail_data,
    bestandsdeel_data,
    document_data,
    gebruiksrecht_data,
    objectinformatieobject_data,
)
from . import schemas
from . import serializers as s

LEZEN = "documenten.lezen"
AANMAKEN = "documenten.aanmaken"
BIJWERKEN = "documenten.bijwerken"
VERWIJDEREN = "documenten.verwijderen"
LOCK = "documenten.lock"
GEFORCEERD_UNLOCK = "documenten.geforceerd-unlock"
GEFORCEERD_BIJWERKEN = "documenten.geforceerd-bijwerken"
AUDITTRAILS_LEZEN = "audittrails.lezen"

READ = frozenset({LEZEN})
WRITE = frozenset({BIJWERKEN, GEFORCEERD_BIJWERKEN})


def represent(document, base: str) -> dict:
    return document_data(document, document.latest, base)


class DocumentenBase(ZGWViewSet):
    api_version = DOCUMENTEN_VERSION
    component = Component.DRC
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
            "informatieobjecttypen": InformatieObjectType.all_municipalities.select_related(
                "catalogus", "municipality"
            ),
            "enkelvoudiginformatieobjecten": selectors.with_latest(
                EnkelvoudigInformatieObject.all_municipalities.all()
            ),
        }
        return querysets[collection].filter(uuid=uuid, municipality_id__in=municipality_ids).first()

    def require_on(self, document, *scopes: str, versie=None) -> None:
        """403 unless the client has one of `scopes` for this document's type and confidentiality
        (and, for an older version, for that version's too)."""
        for iot_id, level in {
            (document.informatieobjecttype_id, document.vertrouwelijkheidaanduiding),
            *(
                [(versie.informatieobjecttype_id, versie.vertrouwelijkheidaanduiding)]
                if versie is not None
                else []
            ),
        }:
            if not self.auth.may_on(Component.DRC, iot_id, level, *scopes):
                raise exceptions.PermissionDenied()

    def has_on(self, document, scope: str) -> bool:
        return self.auth.may_on(
            Component.DRC,
            document.informatieobjecttype_id,
            document.vertrouwelijkheidaanduiding,
            scope,
        )

    def get_document(self, uuid) -> EnkelvoudigInformatieObject:
        document = selectors.document_in_municipalities(self.auth, uuid)
        if document is None or document.latest is None:
            raise Http404
        return document

    def validated(self, serializer_class, **kwargs):
        serializer = serializer_class(
            data=self.request.data, context=self.get_serializer_context(), **kwargs
        )
        serializer.is_valid(raise_exception=True)
        return serializer

    def created(self, data: dict) -> Response:
        return Response(data, status=status.HTTP_201_CREATED, headers={"Location": data["url"]})


def _filter_documents(queryset, params: dict):
    names = {
        "bronorganisatie": "bronorganisatie",
        "identificatie": "identificatie",
        "informatieobjecttype": "informatieobjecttype__uuid",
        "vertrouwelijkheidaanduiding": "vertrouwelijkheidaanduiding",
        "auteur": "latest__auteur",
        "titel": "latest__titel__icontains",
        "beschrijving": "latest__beschrijving__icontains",
        "creatiedatum__gte": "latest__creatiedatum__gte",
        "creatiedatum__lte": "latest__creatiedatum__lte",
    }
    conditions = Q(**{names[k]: v for k, v in params.items() if k in names})
    if "locked" in params:
        conditions &= ~Q(lock="") if params["locked"] else Q(lock="")
    oio = {}
    if "objectinformatieobjecten__object" in params:
        oio["object"] = services._path(params["objectinformatieobjecten__object"])
    if "objectinformatieobjecten__objectType" in params:
        oio["object_type"] = params["objectinformatieobjecten__objectType"]
    if oio:
        conditions &= Q(pk__in=OIO.all_municipalities.filter(**oio).values("document_id"))
    return queryset.filter(conditions)


class EnkelvoudigInformatieObjectViewSet(DocumentenBase):
    schema_request, schema_response = schemas.DocumentRequest, schemas.EnkelvoudigInformatieObject
    schema_requests = {
        "update": schemas.DocumentUpdateRequest,
        "partial_update": schemas.DocumentUpdateRequest,
        "zoek": schemas.DocumentZoek,
        "lock": None,
        "unlock": schemas.UnlockRequest,
    }
    schema_responses = {
        "create": {"201": schemas.EnkelvoudigInformatieObjectMetLock},
        "zoek": schemas.EnkelvoudigInformatieObject,
        "lock": schemas.Lock,
        "unlock": {"204": None},
        "download": {(200, "application/octet-stream"): schemas.BINARY},
    }
    schema_list_actions = ("zoek",)
    schema_parameters = {
        "retrieve": schemas.VERSION_PARAMETERS,
        "download": schemas.VERSION_PARAMETERS,
    }
    filter_serializer_class = s.DocumentFilterSerializer
    required_scopes = {
        "list": READ,
        "retrieve": READ,
        "zoek": READ,
        "download": READ,
        "create": frozenset({AANMAKEN}),
        "update": WRITE,
        "partial_update": WRITE,
        "destroy": frozenset({VERWIJDEREN}),
        "lock": frozenset({LOCK}),
        "unlock": frozenset({LOCK, GEFORCEERD_UNLOCK}),
    }

    def list(self, request):
        params = self.query_params()
        queryset = _filter_documents(selectors.visible_documents(self.auth, LEZEN), params)
        return self.paginated(queryset.order_by("-pk"), represent)

    @action(detail=False, methods=["post"], url_path="_zoek")
    def zoek(self, request):
        self.reject_unknown_query(allowed={"page"})
        body = request.data if isinstance(request.data, dict) else {}
        if not body:
            raise exceptions.ValidationError(
                {
                    "nonFieldErrors": [
                        exceptions.ErrorDetail(
                            _("Geef minstens één zoekterm."), code="empty_search_body"
                        )
                    ]
                }
            )
        self.filter_serializer_class = s.DocumentZoekSerializer
        params = self.query_params(source=body, extra_allowed=())
        queryset = selectors.visible_documents(self.auth, LEZEN).filter(
            uuid__in=params.pop("uuid__in", [])
        )
        queryset = _filter_documents(queryset, params)
        return self.paginated(queryset.order_by("-pk"), represent)

    def reject_unknown_query(self, allowed: set[str]) -> None:
        unknown = sorted(set(self.request.query_params) - allowed)
        if unknown:
            raise exceptions.ValidationError(
                {
                    name: [
                        exceptions.ErrorDetail(_("Onbekende parameter."), code="unknown-parameters")
                    ]
                    for name in unknown
                }
            )

    def _versie(self, document):
        self.filter_serializer_class = s.DocumentDetailSerializer
        params = self.query_params(extra_allowed=())
        versie = selectors.versie_of(
            document, versie=params.get("versie"), registratie_op=params.get("registratieOp")
        )
        if versie is None:
            raise Http404
        self.require_on(document, LEZEN, versie=versie)
        return versie

    def retrieve(self, request, uuid=None):
        document = self.get_document(uuid)
        versie = self._versie(document)
        return Response(document_data(document, versie, self.base_url))

    @action(detail=True, methods=["get"])
    def download(self, request, uuid=None):
        document = self.get_document(uuid)
        versie = self._versie(document)
        if not versie.inhoud:
            if versie.bestandsomvang == 0:
                return self._file(b"", versie)
            raise Http404
        return self._file(content.open_content(versie.inhoud), versie)

    @staticmethod
    def _file(handle, versie):
        import io

        if isinstance(handle, bytes):
            handle = io.BytesIO(handle)
        # The standard declares application/octet-stream; the format is in the metadata (formaat).
        response = FileResponse(handle, content_type="application/octet-stream")
        response["Content-Disposition"] = content_disposition(versie.bestandsnaam)
        response["X-Content-Type-Options"] = "nosniff"
        return response

    def create(self, request):
        serializer = self.validated(s.DocumentInputSerializer)
        fields = serializer.service_fields()
        iot = fields.pop("informatieobjecttype")
        level = fields.get("vertrouwelijkheidaanduiding") or iot.vertrouwelijkheidaanduiding
        if not self.auth.may_on(Component.DRC, iot.pk, level, AANMAKEN):
            raise exceptions.PermissionDenied()
        inhoud = fields.pop("inhoud", None)
        document = services.create_document(
            informatieobjecttype=iot,
            inhoud=content.decode_base64(inhoud) if inhoud else None,
            actor=self.actor(),
            **fields,
        )
        document = self.get_document(document.uuid)
        return self.created({**represent(document, self.base_url), "lock": document.lock})

    def _update(self, request, uuid, partial: bool):
        document = self.get_document(uuid)
        self.require_on(document, *WRITE)
        serializer = self.validated(s.DocumentUpdateSerializer, partial=partial)
        fields = serializer.service_fields()
        lock = fields.pop("lock", None)
        new_type = fields.get("informatieobjecttype")
        new_level = (
            fields.get("vertrouwelijkheidaanduiding") or document.vertrouwelijkheidaanduiding
        )
        if not self.auth.may_on(
            Component.DRC, new_type.pk if new_type else document.informatieobjecttype_id,
            new_level, *WRITE,
        ):  # fmt: skip
            raise exceptions.PermissionDenied()
        if "inhoud" in fields:
            inhoud = fields.pop("inhoud")
            fields["inhoud"] = content.decode_base64(inhoud) if inhoud else None
        services.update_document(
            document,
            lock=lock,
            partial=partial,
            actor=self.actor(),
            forced=self.has_on(document, GEFORCEERD_BIJWERKEN),
            **fields,
        )
        return Response(represent(self.get_document(uuid), self.base_url))

    def update(self, request, uuid=None):
        return self._update(request, uuid, partial=False)

    def partial_update(self, request, uuid=None):
        return self._update(request, uuid, partial=True)

    def destroy(self, request, uuid=None):
        document = self.get_document(uuid)
        self.require_on(document, VERWIJDEREN)
        services.delete_document(document, actor=self.actor())
        return Response(status=status.HTTP_204_NO_CONTENT)

    @action(detail=True, methods=["post"])
    def lock(self, request, uuid=None):
        document = self.get_document(uuid)
        self.require_on(document, LOCK)
        return Response({"lock": services.lock_document(document)})

    @action(detail=True, methods=["post"])
    def unlock(self, request, uuid=None):
        document = self.get_document(uuid)
        self.require_on(document, LOCK, GEFORCEERD_UNLOCK)
        data = self.validated(s.UnlockSerializer).validated_data
        services.unlock_document(
            document, lock=data.get("lock", ""), force=self.has_on(document, GEFORCEERD_UNLOCK)
        )
        return Response(status=status.HTTP_204_NO_CONTENT)


def content_disposition(bestandsnaam: str) -> str:
    """`attachment` with the name as RFC 6266/5987 `filename*`, plus a plain ASCII fallback."""
    name = bestandsnaam or "document"
    fallback = "".join(
        ch if ch.isascii() and ch.isprintable() and ch not in '"\\;' else "_" for ch in name
    )
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


class AuditTrailViewSet(DocumentenBase):
    """/enkelvoudiginformatieobjecten/{uuid}/audittrail: needs audittrails.lezen on the document."""

    schema_response = schemas.AuditTrail  # OpenAPI only
    etag = False  # none in the standard
    paginate = False
    required_scopes = {
        "list": frozenset({AUDITTRAILS_LEZEN}),
        "retrieve": frozenset({AUDITTRAILS_LEZEN}),
    }

    def _document(self):
        document = self.get_document(self.kwargs["enkelvoudiginformatieobject_uuid"])
        self.require_on(document, AUDITTRAILS_LEZEN)
        return document

    def list(self, request, enkelvoudiginformatieobject_uuid=None):
        self.query_params(extra_allowed=())
        rows = selectors.audittrail_of(self._document())
        return Response([audittrail_data(row, self.base_url) for row in rows])

    def retrieve(self, request, enkelvoudiginformatieobject_uuid=None, uuid=None):
        row = selectors.audittrail_of(self._document()).filter(uuid=uuid).first()
        if row is None:
            raise Http404
        return Response(audittrail_data(row, self.base_url))


class BestandsDeelViewSet(DocumentenBase):
    schema_request, schema_response = schemas.BestandsDeelRequest, schemas.BestandsDeel
    parser_classes = [MultiPartParser, FormParser]
    required_scopes = {"update": WRITE}
    http_method_names = ["put", "options"]

    def update(self, request, uuid=None):
        deel = (
            BestandsDeel.all_municipalities.filter(self.auth.municipality_q(), uuid=uuid)
            .select_related("document")
            .first()
        )
        if deel is None:
            raise Http404
        self.require_on(deel.document, *WRITE)
        data = self.validated(s.BestandsDeelSerializer).validated_data
        upload = data["inhoud"]
        with upload.open("rb") as handle:
            deel = services.upload_part(deel, lock=data["lock"], handle=handle, size=upload.size)
        return Response(bestandsdeel_data(deel, self.base_url))


class ChildViewSet(DocumentenBase):
    """Gebruiksrechten and objectinformatieobjecten: visible when their document is."""

    model = Gebruiksrecht
    paginate = False

    def filter(self, queryset, params):
        return queryset

    def list(self, request):
        params = self.query_params(extra_allowed=())
        rows = self.filter(selectors.visible_objects(self.model, self.auth, LEZEN), params)
        return Response([self.represent(row, self.base_url) for row in rows.order_by("pk")])

    def get_object(self):
        found = selectors.object_in_municipalities(self.model, self.auth, self.kwargs["uuid"])
        if found is None:
            raise Http404
        return found

    def retrieve(self, request, uuid=None):
        found = self.get_object()
        self.require_on(found.document, LEZEN)
        return Response(self.represent(found, self.base_url))


class GebruiksrechtViewSet(ChildViewSet):
    schema_request, schema_response = schemas.GebruiksrechtenRequest, schemas.Gebruiksrechten
    model = Gebruiksrecht
    represent = staticmethod(gebruiksrecht_data)
    filter_serializer_class = s.GebruiksrechtFilterSerializer
    required_scopes = {
        "list": READ,
        "retrieve": READ,
        "create": frozenset({AANMAKEN}),
        "update": frozenset({BIJWERKEN}),
        "partial_update": frozenset({BIJWERKEN}),
        "destroy": frozenset({VERWIJDEREN}),
    }

    def filter(self, queryset, params):
        names = {"informatieobject": "document__uuid"}
        return queryset.filter(**{names.get(key, key): value for key, value in params.items()})

    def create(self, request):
        data = self.validated(s.GebruiksrechtInputSerializer).validated_data
        document = data["informatieobject"]
        self.require_on(document, AANMAKEN)
        row = services.add_gebruiksrecht(
            document,
            startdatum=data["startdatum"],
            einddatum=data.get("einddatum"),
            omschrijving_voorwaarden=data["omschrijvingVoorwaarden"],
            actor=self.actor(),
        )
        return self.created(gebruiksrecht_data(row, self.base_url))

    def _update(self, partial: bool):
        row = self.get_object()
        self.require_on(row.document, BIJWERKEN)
        data = dict(self.validated(s.GebruiksrechtInputSerializer, partial=partial).validated_data)
        changes = {
            {"omschrijvingVoorwaarden": "omschrijving_voorwaarden"}.get(key, key): value
            for key, value in data.items()
            if key != "informatieobject"
        }
        row = services.update_gebruiksrecht(
            row,
            partial=partial,
            actor=self.actor(),
            document=data.get("informatieobject"),
            **changes,
        )
        return Response(gebruiksrecht_data(row, self.base_url))

    def update(self, request, uuid=None):
        return self._update(partial=False)

    def partial_update(self, request, uuid=None):
        return self._update(partial=True)

    def destroy(self, request, uuid=None):
        row = self.get_object()
        self.require_on(row.document, VERWIJDEREN)
        services.delete_gebruiksrecht(row, actor=self.actor())
        return Response(status=status.HTTP_204_NO_CONTENT)


class ObjectInformatieObjectViewSet(ChildViewSet):
    """Read-only in practice: the Zaken and Besluiten services keep these in step. POST answers
    with the relation those made (or `inconsistent-relation`); DELETE only removes a relation
    whose zaak no longer has the document."""

    schema_request = schemas.ObjectInformatieObjectRequest  # OpenAPI only
    schema_response = schemas.ObjectInformatieObject
    model = OIO
    represent = staticmethod(objectinformatieobject_data)
    filter_serializer_class = s.ObjectInformatieObjectFilterSerializer
    http_method_names = ["get", "post", "delete", "head", "options"]
    required_scopes = {
        "list": READ,
        "retrieve": READ,
        "create": frozenset({AANMAKEN}),
        "destroy": frozenset({VERWIJDEREN}),
    }

    def filter(self, queryset, params):
        if "informatieobject" in params:
            queryset = queryset.filter(document__uuid=params["informatieobject"])
        if "object" in params:
            queryset = queryset.filter(object=services._path(params["object"]))
        return queryset

    def create(self, request):
        data = self.validated(s.ObjectInformatieObjectInputSerializer).validated_data
        document = data["informatieobject"]
        self.require_on(document, AANMAKEN)
        found = (
            OIO.all_municipalities.filter(
                document=document,
                object=services._path(data["object"]),
                object_type=data["objectType"],
            )
            .select_related("document")
            .first()
        )
        if found is None:
            raise RuleViolation(
                "nonFieldErrors",
                "inconsistent-relation",
                _("De relatie tussen dit object en dit informatieobject bestaat niet."),
            )
        return self.created(objectinformatieobject_data(found, self.base_url))

    def destroy(self, request, uuid=None):
        found = self.get_object()
        self.require_on(found.document, VERWIJDEREN)
        if self._source_exists(found):
            raise RuleViolation(
                "nonFieldErrors",
                "remote-relation-exists",
                _("Het object verwijst nog naar dit informatieobject; haal die relatie eerst weg."),
            )
        services.remove_stale_link(found)
        return Response(status=status.HTTP_204_NO_CONTENT)

    @staticmethod
    def _source_exists(found) -> bool:
        if found.object_type != "zaak":
            return True  # besluiten and verzoeken: their own API removes the relation
        from loket.components.zaken.models import ZaakInformatieObject

        zaak_uuid = uuid_from_url(found.object, ZAKEN_ROOT, "zaken")
        return ZaakInformatieObject.all_municipalities.filter(
            zaak__uuid=zaak_uuid,
            informatieobject__endswith=f"/enkelvoudiginformatieobjecten/{found.document.uuid}",
        ).exists()
