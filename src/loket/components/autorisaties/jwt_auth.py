"""JWT authentication as the ZGW standard does it.

The client signs every request with HS256 and its own secret; the payload carries `client_id`,
`iat`, `user_id` and `user_representation`. A token with another algorithm, an unknown client,
a bad signature, no `iat`, an `iat` older than the maximum age (plus a small leeway) or in the
future is refused with 403 and the standard's `Fout` body.
"""

import binascii
import json
import re
import time

import jwt
from django.conf import settings
from jwt.utils import base64url_decode
from rest_framework import authentication, exceptions

from .client_cache import cached_client_credentials

ALGORITHM = "HS256"
# A base64url segment, as PyJWT accepts it (at most two '=' of padding).
SEGMENT = re.compile(rb"[A-Za-z0-9_-]*={0,2}")


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


def _unverified_header_and_claims(token: str) -> tuple[dict, dict]:
    """Header and payload of a compact JWS, unverified: only to find the client's secret.

    Every check that matters is made by the one verifying `jwt.decode` that follows.
    """
    try:
        header, payload, signature = segments = token.encode("ascii").split(b".")
        if not all(SEGMENT.fullmatch(segment) for segment in segments):
            raise ValueError
        found = json.loads(base64url_decode(header)), json.loads(base64url_decode(payload))
        base64url_decode(signature)
    except (ValueError, binascii.Error):  # also UnicodeError and json's JSONDecodeError
        raise _deny("JWT kon niet gelezen worden.", "jwt-decode-error") from None
    if not all(isinstance(part, dict) for part in found):
        raise _deny("JWT kon niet gelezen worden.", "jwt-decode-error")
    return found


class ZGWJWTAuthentication(authentication.BaseAuthentication):
    def authenticate(self, request):
        header = request.META.get("HTTP_AUTHORIZATION", "")
        if not header:
            return None
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise _deny("Authorization header moet 'Bearer <JWT>' zijn.", "jwt-decode-error")
        token = token.strip()

        jose_header, unverified = _unverified_header_and_claims(token)
        if jose_header.get("alg") != ALGORITHM:
            raise _deny("Alleen HS256-JWTs worden geaccepteerd.", "jwt-invalidalgorithmerror")

        client_id = unverified.get("client_id")
        if not client_id or not isinstance(client_id, str):
            raise _deny("Client identifier is niet aanwezig in JWT.", "missing-client-identifier")

        credentials = cached_client_credentials(client_id)
        if credentials is None:
            raise _deny("Client identifier bestaat niet.", "invalid-client-identifier")

        try:
            payload = jwt.decode(
                token,
                credentials.secret,
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
        except jwt.DecodeError:
            raise _deny("JWT kon niet gelezen worden.", "jwt-decode-error") from None
        except jwt.PyJWTError as exc:
            raise _deny("JWT is niet geldig.", f"jwt-{type(exc).__name__.lower()}") from None

        try:
            issued_at = int(payload["iat"])
        except (TypeError, ValueError):
            raise _deny("De iat-claim moet een geheel getal zijn.", "jwt-invalid-iat") from None
        if time.time() - issued_at >= max_age() + leeway():
            raise _deny("De JWT is verlopen.", "jwt-expired")

        context = credentials.context(
            user_id=str(payload.get("user_id") or ""),
            user_representation=str(payload.get("user_representation") or ""),
        )
        return ApiClient(client_id), context

    def authenticate_header(self, request):
        # No WWW-Authenticate: the standard answers 403, never 401.
        return None
