"""Shared machinery of the ZGW API views: JWT auth, scope checks, errors, pagination, query params,
CRS, ETag."""

import functools
import hashlib

from django.http import HttpResponseNotModified
from django.utils.http import parse_etags
from rest_framework import exceptions, serializers
from rest_framework.pagination import PageNumberPagination
from rest_framework.permissions import BasePermission
from rest_framework.viewsets import GenericViewSet

from loket.components.autorisaties.context import AuthContext
from loket.components.autorisaties.jwt_auth import ZGWJWTAuthentication
from loket.core.parsers import BoundedJSONParser, reject_nul_in_query

from .constants import Component
from .exceptions import PreconditionFailed, zgw_exception_handler
from .renderers import ZGWJSONRenderer
from .schema import ZGWAutoSchema

CRS = "EPSG:4326"
# The standard gives the detail resources of these components an ETag, If-None-Match and HEAD.
ETAG_COMPONENTS = frozenset({Component.ZRC, Component.ZTC, Component.DRC, Component.BRC})


@functools.cache
def filters_nothing_when_empty(serializer_class) -> bool:
    """Whether this filter serializer, given no parameters, always validates to no filters.

    True when it has no validation of its own that could run on empty input (`validate`,
    `validate_<field>`, its own `__init__`) and its defaults are all empty (None or "").
    """
    if (
        serializer_class.validate is not serializers.Serializer.validate
        or serializer_class.__init__ is not serializers.Serializer.__init__
        or any(
            name.startswith("validate_") and not hasattr(serializers.Serializer, name)
            for name in dir(serializer_class)
        )
    ):
        return False
    serializer = serializer_class(data={})
    if not serializer.is_valid():
        return False
    return all(value in (None, "") for value in serializer.validated_data.values())


class ZGWPagination(PageNumberPagination):
    page_size = 100
    page_query_param = "page"


class ClientHasScope(BasePermission):
    """The client is known and has, somewhere, one of the scopes this action needs.

    Per-object rules (zaaktype × vertrouwelijkheidaanduiding) are checked by the view on the
    object itself; lists filter in the query.
    """

    def has_permission(self, request, view):
        if not isinstance(request.auth, AuthContext):
            raise exceptions.NotAuthenticated()
        needed = view.scopes_for_action()
        if not needed:
            return True
        if not view.client_has_scope(request.auth, needed):
            raise exceptions.PermissionDenied()
        return True


class ZGWViewSet(GenericViewSet):
    schema = ZGWAutoSchema()  # OpenAPI only; see common/schema.py
    authentication_classes = [ZGWJWTAuthentication]
    permission_classes = [ClientHasScope]
    parser_classes = [BoundedJSONParser]
    renderer_classes = [ZGWJSONRenderer]
    pagination_class = ZGWPagination
    api_version = ""
    component = ""
    # action -> set of scopes of which the client needs one
    required_scopes: dict[str, frozenset[str]] = {}
    filter_serializer_class: type[serializers.Serializer] | None = None
    uses_crs = False
    # None: as the component does (ETAG_COMPONENTS); False for a resource the standard gives none.
    etag: bool | None = None

    def get_exception_handler(self):
        return zgw_exception_handler

    def scopes_for_action(self) -> frozenset[str]:
        return self.required_scopes.get(self.action, frozenset())

    def uses_etag(self) -> bool:
        """This action answers one resource with an ETag (and honours If-None-Match and HEAD)."""
        enabled = self.component in ETAG_COMPONENTS if self.etag is None else self.etag
        return enabled and getattr(self, "action", None) == "retrieve"

    def client_has_scope(self, auth: AuthContext, needed: frozenset[str]) -> bool:
        return auth.has_any_scope(self.component, needed)

    @property
    def auth(self) -> AuthContext:
        return self.request.auth

    @property
    def base_url(self) -> str:
        return f"{self.request.scheme}://{self.request.get_host()}"

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        reject_nul_in_query(request)
        if self.uses_crs:
            self._negotiate_crs(request)

    def _negotiate_crs(self, request):
        method = request.method.lower()
        if method in ("post", "put", "patch"):
            content_crs = request.META.get("HTTP_CONTENT_CRS")
            if content_crs is None:
                raise PreconditionFailed(detail="'Content-Crs' header ontbreekt")
            if content_crs != CRS:
                raise exceptions.NotAcceptable(detail=f"CRS '{content_crs}' is niet ondersteund")
        if method == "delete":
            return
        accept_crs = request.META.get("HTTP_ACCEPT_CRS")
        if accept_crs is None:
            raise PreconditionFailed(detail="'Accept-Crs' header ontbreekt")
        if accept_crs != CRS:
            raise exceptions.NotAcceptable(detail=f"CRS '{accept_crs}' is niet ondersteund")

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if self.api_version:
            response["API-version"] = self.api_version
        if self.uses_crs and response.status_code < 400 and request.method != "DELETE":
            response["Content-Crs"] = CRS
        if response.status_code == 200 and request.method in ("GET", "HEAD") and self.uses_etag():
            response = self._with_etag(request, response)
        return response

    def _with_etag(self, request, response):
        """The ETag of the body as sent (already filtered for this client, so it tells nothing more).

        A strong ETag, as in the standard's examples. If-None-Match uses the weak comparison
        (RFC 9110 13.1.2), so `W/"…"` of the same body also matches.
        """
        response.render()
        etag = f'"{hashlib.sha256(response.content).hexdigest()}"'
        response["ETag"] = etag
        if request.method == "HEAD":
            response["Content-Length"] = str(len(response.content))
            response.content = b""
        cached = parse_etags(request.META.get("HTTP_IF_NONE_MATCH", ""))
        if "*" in cached or any(tag.removeprefix("W/") == etag for tag in cached):
            not_modified = HttpResponseNotModified()
            for header in ("ETag", "API-version", "Content-Crs"):
                if header in response:
                    not_modified[header] = response[header]
            return not_modified
        return response

    # -- query parameters ---------------------------------------------------------------------
    def query_params(self, source=None, extra_allowed=("page",)) -> dict:
        """Validated filter values; unknown or invalid parameters are a 400 (as the standard asks)."""
        data = source if source is not None else self.request.query_params
        serializer_class = self.filter_serializer_class
        if hasattr(data, "dict"):
            data = data.dict()
        if (
            serializer_class is not None
            and isinstance(data, dict)
            and set(data) <= set(extra_allowed)
            and filters_nothing_when_empty(serializer_class)
        ):
            return {}  # no filter given: skip building ~50 fields (most list requests)
        serializer = None
        if serializer_class is None:
            allowed = set(extra_allowed)
        else:
            # One instance for both the names and the validation (building its fields is costly).
            serializer = serializer_class(data=data, context=self.get_serializer_context())
            allowed = set(serializer.fields) | set(extra_allowed)
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise exceptions.ValidationError(
                {
                    name: [
                        exceptions.ErrorDetail("Onbekende parameter.", code="unknown-parameters")
                    ]
                    for name in unknown
                }
            )
        if serializer is None:
            return {}
        serializer.is_valid(raise_exception=True)
        return {
            key: value
            for key, value in serializer.validated_data.items()
            if value not in (None, "", [])  # an empty filter filters nothing (`?x__in=`)
        }

    def paginated(self, queryset, represent):
        page = self.paginate_queryset(queryset)
        return self.get_paginated_response([represent(obj, self.base_url) for obj in page])
