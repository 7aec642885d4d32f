"""OpenAPI generation for the ZGW APIs (drf-spectacular).

The read path builds JSON with plain functions, so spectacular cannot infer response shapes. Each
viewset declares them instead, as class attributes read only here:

- `schema_response`: the serializer describing one resource as the API returns it (built with
  `response_serializer` from the request serializer plus the read-only fields);
- `schema_request`: the request body serializer of create/update/partial_update (and actions);
- `filter_serializer_class` (already used for validation) becomes the query parameters of `list`.

`tests/test_openapi_honest.py` checks every declared response against real API answers, so a
declared schema cannot drift from the representation functions.
"""

import copy

from drf_spectacular.extensions import (
    OpenApiAuthenticationExtension,
    OpenApiSerializerFieldExtension,
)
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import build_basic_type
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework import serializers

BODY_ACTIONS = {"create", "update", "partial_update"}
NO_BODY_RESPONSE = {"destroy"}


def response_serializer(name: str, request=None, *, drop=(), optional=(), **read_only) -> type:
    """A serializer class `name` describing a resource as the API sends it.

    The fields of `request` (minus `drop`) plus the `read_only` ones; every field is sent always
    (`required` in the document) except those named in `optional`.
    """
    fields = {}
    if request is not None:
        for field_name, field in request._declared_fields.items():
            if field_name not in drop:
                fields[field_name] = copy.deepcopy(field)
    fields.update(read_only)
    for field_name, field in fields.items():
        field.read_only = True
        field.required = field_name not in optional
    return type(name, (serializers.Serializer,), {**fields, "__module__": __name__})


# -- read-only field kinds for `response_serializer` -------------------------------------------
def url(null: bool = False):
    return serializers.URLField(allow_null=null)


def uuid():
    return serializers.UUIDField()


def text(null: bool = False):
    return serializers.CharField(allow_null=null)


def date(null: bool = False):
    return serializers.DateField(allow_null=null)


def datetime(null: bool = False):
    return serializers.DateTimeField(allow_null=null)


def boolean(null: bool = False):
    return serializers.BooleanField(allow_null=null)


def integer(null: bool = False):
    return serializers.IntegerField(allow_null=null)


def urls():
    return serializers.ListField(child=serializers.URLField())


def texts():
    return serializers.ListField(child=serializers.CharField())


def obj(null: bool = False):
    return serializers.DictField(allow_null=null)


def request_serializer(name: str, request) -> type:
    """`request` under a stable component name (`<Resource>Request`)."""
    return type(name, (request,), {"__module__": request.__module__})


class ZGWAutoSchema(AutoSchema):
    def _action(self) -> str:
        return getattr(self.view, "action", None) or ""

    def get_request_serializer(self):
        action = self._action()
        requests = getattr(self.view, "schema_requests", {})
        if action in requests:
            return requests[action]
        if action in BODY_ACTIONS:
            return getattr(self.view, "schema_request", None)
        return None

    def get_response_serializers(self):
        action = self._action()
        if action in NO_BODY_RESPONSE:
            return {"204": None}
        responses = getattr(self.view, "schema_responses", {})
        if action in responses:
            return responses[action]
        response = getattr(self.view, "schema_response", None)
        if action == "create":
            return {"201": response}
        return response

    def _is_list_view(self, serializer=None) -> bool:
        return self._action() in ("list", *getattr(self.view, "schema_list_actions", ()))

    def _get_paginator(self):
        if not getattr(self.view, "paginate", True):
            return None
        return super()._get_paginator()

    def get_override_parameters(self):
        action = self._action()
        parameters = []
        filters = getattr(self.view, "filter_serializer_class", None)
        if action == "list" and filters is not None:
            parameters.append(filters)
        parameters.extend(getattr(self.view, "schema_parameters", {}).get(action, ()))
        if getattr(self.view, "uses_crs", False):
            if self.method in ("POST", "PUT", "PATCH"):
                parameters.append(crs_header("Content-Crs"))
            if self.method != "DELETE":
                parameters.append(crs_header("Accept-Crs"))
        uses_etag = getattr(self.view, "uses_etag", None)
        if self.method == "GET" and uses_etag is not None and uses_etag():
            parameters += [IF_NONE_MATCH, ETAG]
        return parameters

    def get_tags(self) -> list[str]:
        return [self.path.strip("/").split("/")[0]]


IF_NONE_MATCH = OpenApiParameter(
    "If-None-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description=(
        "Vraag het antwoord alleen op als het veranderd is. Geef de ETag-waarde(s) die je al "
        "hebt, tussen dubbele aanhalingstekens en gescheiden door komma's. Komt de huidige "
        "ETag daarin voor, dan is het antwoord 304 Not Modified zonder inhoud."
    ),
)
ETAG = OpenApiParameter(
    "ETag",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    response=["200"],
    description=(
        "Een sterke ETag, berekend uit de JSON van het antwoord: verandert het antwoord, dan "
        "verandert de ETag. Geef hem mee in If-None-Match om een bewaarde kopie te hergebruiken."
    ),
)


def add_head_operations(result, generator, request, public):
    """drf-spectacular leaves HEAD out; the standard documents one next to every GET with an ETag.

    Same headers as the GET (no query parameters such as `expand`), a 200 without body.
    """
    for item in result.get("paths", {}).values():
        get = item.get("get")
        if get is None or not any(
            parameter.get("in") == "header" and parameter.get("name") == "If-None-Match"
            for parameter in get.get("parameters", [])
        ):
            continue
        ok = get["responses"]["200"]
        item["head"] = {
            "operationId": get["operationId"].removesuffix("_retrieve") + "_head",
            "description": "De headers die een GET van deze resource zou geven, zonder inhoud.",
            "parameters": [p for p in get.get("parameters", []) if p.get("in") != "query"],
            **{key: get[key] for key in ("tags", "security") if key in get},
            "responses": {
                "200": {"headers": ok.get("headers", {}), "description": "No response body"}
            },
        }
    return result


def crs_header(name: str) -> OpenApiParameter:
    return OpenApiParameter(
        name, OpenApiTypes.STR, OpenApiParameter.HEADER, required=True, enum=["EPSG:4326"]
    )


def query(name: str, kind=OpenApiTypes.STR, description: str = "") -> OpenApiParameter:
    return OpenApiParameter(name, kind, OpenApiParameter.QUERY, description=description)


# -- the project's own fields ------------------------------------------------------------------
class ResourceURLFieldExtension(OpenApiSerializerFieldExtension):
    target_class = "loket.components.common.fields.ResourceURLField"

    def map_serializer_field(self, auto_schema, direction):
        return {"type": "string", "format": "uri", "maxLength": 1000}


class URLRefFilterFieldExtension(ResourceURLFieldExtension):
    target_class = "loket.components.common.fields.URLRefFilterField"


class ISODurationFieldExtension(OpenApiSerializerFieldExtension):
    target_class = "loket.components.common.fields.ISODurationField"

    def map_serializer_field(self, auto_schema, direction):
        return {"type": "string", "format": "duration"}


class CommaListFieldExtension(OpenApiSerializerFieldExtension):
    target_class = "loket.components.common.fields.CommaListField"

    def map_serializer_field(self, auto_schema, direction):
        return build_basic_type(OpenApiTypes.STR)


class ZGWJWTAuthenticationExtension(OpenApiAuthenticationExtension):
    """The standard's scheme name: a JWT (HS256) in the Authorization header."""

    target_class = "loket.components.autorisaties.jwt_auth.ZGWJWTAuthentication"
    name = "JWT-Claims"

    def get_security_definition(self, auto_schema):
        return {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}

    def get_security_requirement(self, auto_schema):
        """The scopes the operation needs, written as the standard does: `(a | b)` for one of."""
        scopes_for_action = getattr(auto_schema.view, "scopes_for_action", None)
        scopes = sorted(scopes_for_action()) if scopes_for_action else []
        if not scopes:
            return {self.name: []}
        return {self.name: [scopes[0] if len(scopes) == 1 else f"({' | '.join(scopes)})"]}
