"""API tokens: random, shown once, stored only as a SHA-256 hash.

A token has 256 bits of randomness, so a fast hash is enough: nobody can try all tokens the way
one can try all nine-digit BSNs or short passwords.
"""

import hashlib
import secrets

TOKEN_BYTES = 32


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
