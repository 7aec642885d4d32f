"""A ZGW JWT as a client signs it (HS256, client_id and iat)."""

import time

import jwt


def jwt_for(client_id: str, secret: str) -> str:
    payload = {
        "iss": client_id,
        "client_id": client_id,
        "iat": int(time.time()),
        "user_id": "isolatietest",
        "user_representation": "Isolatietest",
    }
    return jwt.encode(payload, secret, algorithm="HS256")
