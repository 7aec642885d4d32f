"""The documentation page and the committed OpenAPI document of each ZGW component.

A plain server-rendered page (strict CSP: no script, no inline style): every operation with its
parameters and the fields of its request and response, read from the committed openapi.yaml.
"""

from functools import lru_cache

from django.http import FileResponse, Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from . import openapi
from .openapi_diff import METHODS, Document


@lru_cache(maxsize=8)
def _document(name: str) -> dict:
    return openapi.load(openapi.components()[name].document_path)


def _component(name: str) -> openapi.ComponentAPI:
    api = openapi.components().get(name)
    if api is None or not api.document_path.exists():
        raise Http404
    return api


def _fields(document: Document, schema: dict) -> list[dict]:
    required = set(schema.get("required", []))
    return [
        {"name": name, "kind": document.kind(value), "required": name in required}
        for name, value in schema.get("properties", {}).items()
    ]


def operations(data: dict) -> list[dict]:
    document = Document(data)
    found = []
    for path, item in data.get("paths", {}).items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            found.append(
                {
                    "id": operation.get("operationId", f"{method}-{path}"),
                    "method": method.upper(),
                    "path": path,
                    "parameters": sorted(document.parameters(operation)),
                    "request": _fields(document, document.request_body(operation)),
                    "response": _fields(document, document.response_body(operation)),
                }
            )
    return found


@require_GET
def documentation(request, component: str):
    api = _component(component)
    data = _document(component)
    return render(
        request,
        "components/openapi.html",
        {"api": api, "info": data.get("info", {}), "operations": operations(data)},
    )


@require_GET
def document(request, component: str):
    api = _component(component)
    return FileResponse(
        open(api.document_path, "rb"), content_type="application/vnd.oai.openapi; charset=utf-8"
    )
