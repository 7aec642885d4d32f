"""Registering BRP API clients. The only way to create or change them besides the admin."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from loket.tenancy.models import Municipality

from .models import BrpApiClient, BrpApiPurpose
from .tokens import hash_token, new_token


@dataclass(frozen=True)
class PurposeSpec:
    code: str
    description: str
    legal_basis: str


@transaction.atomic
def register_client(
    name: str,
    purposes: list[PurposeSpec],
    *,
    municipalities: list[Municipality] | None = None,
    oin: str = "",
) -> tuple[BrpApiClient, str]:
    """Create a client with its purposes. Returns the client and its token; the token is not stored."""
    if not purposes:
        raise ValueError("A BRP API client needs at least one purpose (doelbinding).")
    token = new_token()
    client = BrpApiClient.objects.create(
        name=name, token_hash=hash_token(token), token_hint=token[:8], oin=oin
    )
    BrpApiPurpose.objects.bulk_create(
        BrpApiPurpose(
            client=client, code=p.code, description=p.description, legal_basis=p.legal_basis
        )
        for p in purposes
    )
    if municipalities:
        client.municipalities.set(municipalities)
    return client, token


@transaction.atomic
def rotate_token(client: BrpApiClient) -> str:
    token = new_token()
    client.token_hash = hash_token(token)
    client.token_hint = token[:8]
    client.save(update_fields=["token_hash", "token_hint"])
    return token
