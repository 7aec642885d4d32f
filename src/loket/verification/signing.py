"""What is signed, and how the signature travels inside the PDF.

The signed message binds the key id, the short code, the SHA-256 of the PDF as rendered and the
SHA-256 of what the document states. The signature is appended to the PDF as one PDF comment
line after the end of the file, which PDF readers ignore:

    %LOKET-SIGNATURE <key id> <code> <base64 signature>

So the file itself can be checked (change one byte and it fails), and the record on /verify/
says what it states.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature

from .keys import active_key, public_keys

MARKER = b"\n%LOKET-SIGNATURE "


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def statements_digest(title: str, statements: list) -> str:
    canonical = json.dumps([title, statements], ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return sha256(canonical.encode())


def message(key_id: str, code: str, body_sha256: str, statements_sha256: str) -> bytes:
    return f"loket-document/1\n{key_id}\n{code}\n{body_sha256}\n{statements_sha256}".encode()


def sign(code: str, body_sha256: str, statements_sha256: str) -> tuple[str, str]:
    """(key id, base64 signature) with the active key."""
    key_id, key = active_key()
    signature = key.sign(message(key_id, code, body_sha256, statements_sha256))
    return key_id, base64.b64encode(signature).decode()


def is_valid(key_id: str, signature: str, code: str, body_sha256: str, statements_sha256: str) -> bool:
    key = public_keys().get(key_id)
    if key is None:
        return False
    try:
        raw = base64.b64decode(signature, validate=True)
        key.verify(raw, message(key_id, code, body_sha256, statements_sha256))
    except (InvalidSignature, ValueError):
        return False
    return True


def embed(pdf: bytes, key_id: str, code: str, signature: str) -> bytes:
    return pdf + MARKER + f"{key_id} {code} {signature}".encode() + b"\n"


@dataclass(frozen=True)
class Embedded:
    body: bytes
    key_id: str
    code: str
    signature: str


def extract(data: bytes) -> Embedded | None:
    """The signature line of a signed PDF and the bytes it covers; None when there is none."""
    position = data.rfind(MARKER)
    if position < 0:
        return None
    line = data[position + len(MARKER) :].strip()
    parts = line.split(b" ")
    if len(parts) != 3:
        return None
    try:
        key_id, code, signature = (part.decode("ascii") for part in parts)
    except UnicodeDecodeError:
        return None
    return Embedded(body=data[:position], key_id=key_id, code=code, signature=signature)
