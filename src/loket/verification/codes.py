"""Short codes people can type: 12 characters of Crockford base32 (no I, L, O, U), 60 random bits."""

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def normalise(value: str) -> str:
    """What someone typed ("abcd efgh jkmn", "ABCD-EFGH-JKMN", with O for 0) in the stored form."""
    raw = "".join(ch for ch in (value or "").upper() if ch.isalnum()).translate(_CONFUSABLE)
    if len(raw) != 12 or any(ch not in ALPHABET for ch in raw):
        return ""
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
