"""Who calls, and for which purpose.

The client authenticates with its token: `Authorization: Bearer <token>` or `X-Api-Key: <token>`
(the header the Haal Centraal test environment uses). The purpose (doelbinding) comes in
`x-doelbinding` and must be registered for the client; `x-verwerking` (the processing activity)
and `x-gebruiker` (the person at the client's side) are recorded in the processing log, as
municipal BRP gateways do.
"""

from __future__ import annotations

from dataclasses import dataclass

from rest_framework.authentication import BaseAuthentication
from rest_framework.permissions import BasePermission

from .models import BrpApiClient, BrpApiPurpose
from .problems import forbidden, not_authenticated
from .tokens import hash_token

HEADER_PURPOSE = "x-doelbinding"
HEADER_PROCESSING = "x-verwerking"
HEADER_USER = "x-gebruiker"


@dataclass(frozen=True)
class CallContext:
    """What the processing log needs to know about a call."""

    client: BrpApiClient
    purpose: BrpApiPurpose
    processing: str
    user: str


def _token(request) -> str:
    header = request.META.get("HTTP_AUTHORIZATION", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.META.get("HTTP_X_API_KEY", "").strip()


class ApiClientAuthentication(BaseAuthentication):
    def authenticate(self, request):
        token = _token(request)
        if not token:
            raise not_authenticated()
        client = BrpApiClient.objects.filter(token_hash=hash_token(token), is_active=True).first()
        if client is None:
            raise not_authenticated()
        return (None, client)

    def authenticate_header(self, request):
        return 'Bearer realm="BRP API Personen"'


class HasRegisteredPurpose(BasePermission):
    """The purpose in x-doelbinding is one the client is registered for. Sets `request.call`."""

    def has_permission(self, request, view):
        client = request.auth
        if not isinstance(client, BrpApiClient):
            raise not_authenticated()
        code = request.headers.get(HEADER_PURPOSE, "").strip()
        if not code:
            raise forbidden("Geef het doel van de bevraging mee in de x-doelbinding header.")
        purpose = client.purposes.filter(code=code).first()
        if purpose is None:
            raise forbidden(
                "Deze client is niet geregistreerd voor het doel in de x-doelbinding header."
            )
        request.call = CallContext(
            client=client,
            purpose=purpose,
            processing=request.headers.get(HEADER_PROCESSING, "").strip()[:200],
            user=request.headers.get(HEADER_USER, "").strip()[:100],
        )
        return True
