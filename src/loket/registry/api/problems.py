"""The standard's error bodies (RFC 7807 `Foutbericht`, `BadRequestFoutbericht` with invalidParams).

Texts follow RvIG's BRP API where they fit the patterns of the OpenAPI file (e.g. `detail` may not
contain a colon, an invalidParam `name` no brackets), so a client that validates responses
against the specification accepts every error we send.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from rest_framework import exceptions, status
from rest_framework.response import Response

PROBLEM_CONTENT_TYPE = "application/problem+json"

TYPE_BAD_REQUEST = "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.1"
TYPE_UNAUTHORIZED = "https://datatracker.ietf.org/doc/html/rfc7235#section-3.1"
TYPE_FORBIDDEN = "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.3"
TYPE_NOT_FOUND = "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.4"
TYPE_METHOD = "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.5"
TYPE_NOT_ACCEPTABLE = "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.6"
TYPE_UNSUPPORTED = "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.13"
TYPE_TOO_MANY = "https://datatracker.ietf.org/doc/html/rfc6585#section-4"
TYPE_SERVER_ERROR = "https://datatracker.ietf.org/doc/html/rfc7231#section-6.6.1"
TYPE_VALIDATION = "https://www.vng.nl/realisatie/api/validaties/"

logger = logging.getLogger(__name__)

TITLE_REQUIRED = "Minimale combinatie van parameters moet worden opgegeven."
TITLE_INVALID = "Een of meerdere parameters zijn niet correct."


@dataclass(frozen=True)
class InvalidParam:
    name: str
    code: str
    reason: str

    def as_json(self) -> dict:
        return {
            "type": TYPE_VALIDATION + self.code,
            "name": self.name,
            "code": self.code,
            "reason": self.reason,
        }


class ProblemError(exceptions.APIException):
    """Raised anywhere in the API to answer with a problem body."""

    def __init__(
        self, status_code: int, type_: str, title: str, code: str, detail: str, invalid_params=()
    ):
        super().__init__(detail=detail, code=code)
        self.status_code = status_code
        self.problem = {
            "type": type_,
            "title": title,
            "status": status_code,
            "detail": detail,
            "code": code,
        }
        self.invalid_params = list(invalid_params)


def bad_request(invalid_params: list[InvalidParam]) -> ProblemError:
    """400 for one or more invalid parameters; missing required ones take precedence, as in RvIG's API."""
    required = [p for p in invalid_params if p.code == "required"]
    shown = required or invalid_params
    names = ", ".join(dict.fromkeys(p.name for p in shown))
    return ProblemError(
        status.HTTP_400_BAD_REQUEST,
        TYPE_BAD_REQUEST,
        TITLE_REQUIRED if required else TITLE_INVALID,
        "paramsCombination" if required else "paramsValidation",
        f"De foutieve parameter(s) zijn {names}.",
        shown,
    )


def not_authenticated() -> ProblemError:
    return ProblemError(
        status.HTTP_401_UNAUTHORIZED,
        TYPE_UNAUTHORIZED,
        "Niet correct geauthenticeerd.",
        "authentication",
        "Geef een geldig token mee in de Authorization header (Bearer) of de X-Api-Key header.",
    )


def forbidden(detail: str) -> ProblemError:
    return ProblemError(
        status.HTTP_403_FORBIDDEN,
        TYPE_FORBIDDEN,
        "U bent niet geautoriseerd voor deze operatie.",
        "autorisation",
        detail,
    )


_DRF_PROBLEMS = {
    exceptions.NotAuthenticated: lambda exc: not_authenticated(),
    exceptions.AuthenticationFailed: lambda exc: not_authenticated(),
    exceptions.PermissionDenied: lambda exc: forbidden("De server weigert deze aanvraag."),
    exceptions.MethodNotAllowed: lambda exc: ProblemError(
        405, TYPE_METHOD, "Methode niet toegestaan.", "methodNotAllowed", "Gebruik POST."
    ),
    exceptions.NotAcceptable: lambda exc: ProblemError(
        406,
        TYPE_NOT_ACCEPTABLE,
        "Gevraagde contenttype wordt niet ondersteund.",
        "notAcceptable",
        "Dit antwoord is alleen beschikbaar als JSON.",
    ),
    exceptions.UnsupportedMediaType: lambda exc: ProblemError(
        415,
        TYPE_UNSUPPORTED,
        "Unsupported Media Type",
        "unsupported",
        "Stuur de vraag als JSON.",
    ),
    exceptions.ParseError: lambda exc: ProblemError(
        400,
        TYPE_BAD_REQUEST,
        TITLE_INVALID,
        "paramsValidation",
        "De vraag is geen geldige JSON.",
    ),
    exceptions.Throttled: lambda exc: ProblemError(
        429, TYPE_TOO_MANY, "Too many request", "tooManyRequests", "Te veel vragen in korte tijd."
    ),
    exceptions.NotFound: lambda exc: ProblemError(
        404,
        TYPE_NOT_FOUND,
        "Opgevraagde resource bestaat niet.",
        "notFound",
        "Deze resource bestaat niet.",
    ),
}


def problem_response(problem: ProblemError, instance: str) -> Response:
    body = {**problem.problem, "instance": instance}
    if problem.invalid_params:
        body["invalidParams"] = [p.as_json() for p in problem.invalid_params]
    response = Response(body, status=problem.status_code, content_type=PROBLEM_CONTENT_TYPE)
    if problem.status_code == status.HTTP_401_UNAUTHORIZED:
        response["WWW-Authenticate"] = 'Bearer realm="BRP API Personen"'
    return response


def exception_handler(exc, context):
    """DRF exception handler of the BRP API: every error answers with a problem body."""
    request = context["request"]
    instance = request.build_absolute_uri(request.path)
    if isinstance(exc, ProblemError):
        return problem_response(exc, instance)
    for kind, make in _DRF_PROBLEMS.items():
        if isinstance(exc, kind):
            response = problem_response(make(exc), instance)
            if isinstance(exc, exceptions.MethodNotAllowed):
                response["Allow"] = "POST"
            return response
    logger.exception("BRP API: unexpected error")
    return problem_response(
        ProblemError(
            500,
            TYPE_SERVER_ERROR,
            "Interne server fout.",
            "serverError",
            "Er ging iets mis bij ons.",
        ),
        instance,
    )
