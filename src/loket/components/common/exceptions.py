"""The standard's error bodies: `Fout` and `ValidatieFout` (application/problem+json).

Every error response of the ZGW APIs has `type, code, title, status, detail, instance`; a 400
also has `invalidParams: [{name, code, reason}]`, with camelCase field names and dotted paths
for nested fields (`relevanteAndereZaken.0.url`).
"""

import uuid

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions, status
from rest_framework.response import Response

from .errors import ActionNotAllowed, RuleViolation

PROBLEM_CONTENT_TYPE = "application/problem+json"


class PreconditionFailed(exceptions.APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = _("Precondition failed")
    default_code = "precondition_failed"


class UnknownParameters(exceptions.ValidationError):
    pass


def _flatten(detail, prefix: str = "") -> list[dict]:
    """DRF's nested error structure as the standard's flat invalidParams list."""
    params = []
    if isinstance(detail, dict):
        for key, value in detail.items():
            name = "nonFieldErrors" if key in ("non_field_errors",) else str(key)
            params += _flatten(value, f"{prefix}.{name}" if prefix else name)
    elif isinstance(detail, list):
        for index, value in enumerate(detail):
            if isinstance(value, dict | list):
                params += _flatten(value, f"{prefix}.{index}" if prefix else str(index))
            else:
                params += _flatten(value, prefix)
    else:
        code = getattr(detail, "code", None) or "invalid"
        params.append(
            {"name": prefix or "nonFieldErrors", "code": str(code), "reason": str(detail)}
        )
    return params


def _body(exc_name: str, code: str, title: str, status_code: int, detail: str) -> dict:
    return {
        "type": f"urn:loket:zgw:fout:{exc_name}",
        "code": code,
        "title": str(title),
        "status": status_code,
        "detail": str(detail),
        "instance": f"urn:uuid:{uuid.uuid4()}",
    }


def problem_response(body: dict, status_code: int, headers: dict | None = None) -> Response:
    response = Response(body, status=status_code, headers=headers)
    response.content_type = PROBLEM_CONTENT_TYPE
    return response


def zgw_exception_handler(exc, context):
    if isinstance(exc, RuleViolation):
        body = _body("ValidationError", "invalid", _("Invalid input."), 400, _("Invalid input."))
        body["invalidParams"] = [
            {"name": p.name, "code": p.code, "reason": p.reason} for p in exc.params
        ]
        return problem_response(body, 400)
    if isinstance(exc, ActionNotAllowed):
        exc = exceptions.PermissionDenied(detail=exc.detail, code=exc.code)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    if not isinstance(exc, exceptions.APIException):
        return None

    headers = {}
    if getattr(exc, "auth_header", None):
        headers["WWW-Authenticate"] = exc.auth_header
    if getattr(exc, "wait", None):
        headers["Retry-After"] = str(int(exc.wait))

    status_code = exc.status_code
    if isinstance(exc, exceptions.NotAuthenticated | exceptions.AuthenticationFailed):
        # The standard answers a missing or invalid token with 403, not 401.
        status_code = status.HTTP_403_FORBIDDEN

    if isinstance(exc, exceptions.ValidationError):
        body = _body(type(exc).__name__, "invalid", _("Invalid input."), 400, _("Invalid input."))
        body["invalidParams"] = _flatten(exc.detail)
        return problem_response(body, 400, headers)

    detail = exc.detail
    code = getattr(detail, "code", None) or exc.default_code
    body = _body(type(exc).__name__, str(code), exc.default_detail, status_code, detail)
    return problem_response(body, status_code, headers)
