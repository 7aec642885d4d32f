"""The platform's signing keys: one active private key, and public keys by key id (rotation).

Settings (from the environment, one set per environment):
- LOKET_SIGNING_KEY_ID and LOKET_SIGNING_PRIVATE_KEY: the active key id and its Ed25519 private
  key (32 bytes, base64). New documents are signed with it.
- LOKET_SIGNING_PUBLIC_KEYS: "id=base64,id=base64": the public keys of earlier keys, so documents
  they signed still verify after a rotation.
Without a private key (development and tests only; production refuses to start, checks.py) a
development key is derived from SECRET_KEY, with an id starting "dev-".
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from django.conf import settings

DEVELOPMENT_PREFIX = "dev-"


def _b64(value: str) -> bytes:
    return base64.b64decode(value.strip() + "=" * (-len(value.strip()) % 4))


def public_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


@lru_cache(maxsize=4)
def _active(key_id: str, private: str, secret: str) -> tuple[str, Ed25519PrivateKey]:
    if private:
        return key_id, Ed25519PrivateKey.from_private_bytes(_b64(private))
    seed = hashlib.sha256(f"loket-development-signing-key:{secret}".encode()).digest()
    key = Ed25519PrivateKey.from_private_bytes(seed)
    fingerprint = hashlib.sha256(public_bytes(key.public_key())).hexdigest()[:8]
    return f"{DEVELOPMENT_PREFIX}{fingerprint}", key


def active_key() -> tuple[str, Ed25519PrivateKey]:
    """(key id, private key) that signs new documents."""
    return _active(settings.LOKET_SIGNING_KEY_ID, settings.LOKET_SIGNING_PRIVATE_KEY, settings.SECRET_KEY)


def uses_development_key() -> bool:
    return not settings.LOKET_SIGNING_PRIVATE_KEY


def public_keys() -> dict[str, Ed25519PublicKey]:
    """Every key id that may have signed a document still valid, with its public key."""
    found = {}
    for item in settings.LOKET_SIGNING_PUBLIC_KEYS:
        key_id, _, value = item.partition("=")
        if key_id and value:
            found[key_id.strip()] = Ed25519PublicKey.from_public_bytes(_b64(value))
    key_id, private = active_key()
    found[key_id] = private.public_key()
    return found
