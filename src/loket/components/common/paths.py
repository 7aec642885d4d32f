"""Where each ZGW resource lives. API roots as in Open Zaak; one place, so URLs in and out agree."""

import re
import uuid as uuid_lib
from urllib.parse import urlparse

ZAKEN_ROOT = "/zaken/api/v1"
CATALOGI_ROOT = "/catalogi/api/v1"
AUTORISATIES_ROOT = "/autorisaties/api/v1"
DOCUMENTEN_ROOT = "/documenten/api/v1"
BESLUITEN_ROOT = "/besluiten/api/v1"
NOTIFICATIES_ROOT = "/notificaties/api/v1"

ZAKEN_VERSION = "1.5.1"
CATALOGI_VERSION = "1.3.1"
DOCUMENTEN_VERSION = "1.4.2"
BESLUITEN_VERSION = "1.1.0"
NOTIFICATIES_VERSION = "1.0.0"

# A canonical UUID (8-4-4-4-12 hex digits): anything else in a resource URL is a 404, never a 500.
UUID_RE = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_UUID = rf"(?P<uuid>{UUID_RE})"

# The resources of the token APIs: under a root, except the documentation pages (`schema/`).
TOKEN_API_ROOTS = (
    ZAKEN_ROOT,
    CATALOGI_ROOT,
    AUTORISATIES_ROOT,
    DOCUMENTEN_ROOT,
    BESLUITEN_ROOT,
    NOTIFICATIES_ROOT,
)
_TOKEN_API = re.compile(f"(?:{'|'.join(map(re.escape, TOKEN_API_ROOTS))})/(?!schema/)")


def is_token_api_path(path: str) -> bool:
    """A ZGW API resource: authenticated by a JWT per request, never by a cookie."""
    return _TOKEN_API.match(path) is not None


def resource_path(root: str, collection: str, uuid) -> str:
    return f"{root}/{collection}/{uuid}"


def uuid_from_url(url: str, root: str, collection: str) -> uuid_lib.UUID | None:
    """The uuid in a resource URL of ours, or None if the URL is not one (any host is accepted)."""
    try:
        path = urlparse(url).path
    except ValueError:
        return None
    match = re.fullmatch(rf"{re.escape(root)}/{re.escape(collection)}/{_UUID}/?", path or "")
    if not match:
        return None
    try:
        return uuid_lib.UUID(match["uuid"])
    except ValueError:
        return None
