"""JWT authentication as the ZGW standard does it.

The client signs every request with HS256 and its own secret; the payload carries `client_id`,
`iat`, `user_id` and `user_representation`. A token with another algorithm, an unknown client,
a bad signature, no `iat`, an `iat` older than the maximum age (plus a small leeway) or in the
future is refused with 403 and the standard's `Fout` body.
"""

import time

import jwt
from django.conf import settings
from rest_framework import authentication, exceptions

from .selectors import auth_context_for_client

ALGORITHM = "HS256"


def max_age() -> int:
    """settings.ZGW_JWT_MAX_AGE (env ZGW_JWT_MAX_AGE), read per request so tests can change it."""
    return int(settings.ZGW_JWT_MAX_AGE)


def leeway() -> int:
    """settings.ZGW_JWT_LEEWAY (env ZGW_JWT_LEEWAY)."""
    return int(settings.ZGW_JWT_LEEWAY)


class ApiClient:
    """The DRF `request.user` of an API call: the client application, not a person."""

    is_authenticated = True
    is_anonymous = False

    def __init__(self, client_id: str):
        self.client_id = client_id

    def __str__(self) -> str:
        return self.client_id


def _deny(detail: str, code: str) -> exceptions.AuthenticationFailed:
    return exceptions.AuthenticationFailed(detail=detail, code=code)


class ZGWJWTAuthentication(authentication.BaseAuthentication):
    def authenticate(self, request):
        header = request.META.get("HTTP_AUTHORIZATION", "")
        if not header:
            return None
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise _deny("Authorization header moet 'Bearer <JWT>' zijn.", "jwt-decode-error")
        token = token.strip()

        try:
            algorithm = jwt.get_unverified_header(token).get("alg")
            unverified = jwt.decode(token, options={"verify_signature": False})
        except jwt.PyJWTError:
            raise _deny("JWT kon niet gelezen worden.", "jwt-decode-error") from None
        if algorithm != ALGORITHM:
            raise _deny("Alleen HS256-JWTs worden geaccepteerd.", "jwt-invalidalgorithmerror")

        client_id = unverified.get("client_id")
        if not client_id or not isinstance(client_id, str):
            raise _deny("Client identifier is niet aanwezig in JWT.", "missing-client-identifier")

        found = auth_context_for_client(client_id)
        if found is None:
            raise _deny("Client identifier bestaat niet.", "invalid-client-identifier")
        secret, load_context = found

        try:
            payload = jwt.decode(
                token,
                secret,
                algorithms=[ALGORITHM],
                leeway=leeway(),
                options={"require": ["iat"]},
            )
        except jwt.InvalidSignatureError:
            raise _deny("Client credentials zijn niet geldig.", "invalid-jwt-signature") from None
        except jwt.MissingRequiredClaimError as exc:
            raise _deny(
                f"De claim '{exc.claim}' ontbreekt.", f"jwt-missing-{exc.claim}-claim"
            ) from None
        except jwt.ImmatureSignatureError:
            raise _deny(
                "De JWT is uitgegeven in de toekomst.", "jwt-immaturesignatureerror"
            ) from None
        except jwt.ExpiredSignatureError:
            raise _deny("De JWT is verlopen.", "jwt-expired") from None
        except jwt.PyJWTError as exc:
            raise _deny("JWT is niet geldig.", f"jwt-{type(exc).__name__.lower()}") from None

        try:
            issued_at = int(payload["iat"])
        except (TypeError, ValueError):
            raise _deny("De iat-claim moet een geheel getal zijn.", "jwt-invalid-iat") from None
        if time.time() - issued_at >= max_age() + leeway():
            raise _deny("De JWT is verlopen.", "jwt-expired")

        context = load_context(
            user_id=str(payload.get("user_id") or ""),
            user_representation=str(payload.get("user_representation") or ""),
        )
        return ApiClient(client_id), context

    def authenticate_header(self, request):
        # No WWW-Authenticate: the standard answers 403, never 401.
        return None
