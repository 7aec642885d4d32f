"""What a visitor without a session can ask: /verify/, and every resident and staff page.

/verify/ is public by design: whoever holds a document's code (or the PDF) learns that it is
authentic and what it states, the facts printed on it (name, birth, address), and nothing more:
no BSN, no case, order or document number of the system, nothing of anyone else.
Every other resident or staff page answers a visitor without a session with a login redirect or
404, never with data; and the same for an undertaker (a business logged in with eHerkenning):
its session is no resident's and no staff member's.
"""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlencode

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test.client import encode_multipart

from .endpoints import Endpoint, Request
from .module_endpoints import FORM

# Pages anyone may read: they show no data of a person or a municipality's cases.
PUBLIC_PATHS = ("/", "/vragen/", "/zoeken/", "/menu/")


def verify_endpoints() -> list[Endpoint]:
    return [
        Endpoint(
            "GET /verify/?code=<controlecode>",
            "anonymous",
            ("controlecode",),
            lambda t: Request("GET", f"/verify/?code={t.uuid}"),
            shows_printed=True,
        ),
        Endpoint(
            "POST /verify/ code",
            "anonymous",
            ("controlecode",),
            lambda t: Request(
                "POST", "/verify/", urlencode({"c-code": t.uuid, "check": "code"}), FORM
            ),
            shows_printed=True,
        ),
        Endpoint("POST /verify/ PDF", "anonymous", ("controlecode",), _upload, shows_printed=True),
    ]


UPLOAD_BOUNDARY = "IsolationUpload"


def _upload(target) -> Request:
    """The signed PDF itself, as a visitor uploads it on /verify/."""
    pdf = SimpleUploadedFile("uittreksel.pdf", target.extra["pdf"], content_type="application/pdf")
    body = encode_multipart(UPLOAD_BOUNDARY, {"check": "file", "f-document": pdf})
    return Request("POST", "/verify/", body, f"multipart/form-data; boundary={UPLOAD_BOUNDARY}")


def _is_public(endpoint: Endpoint) -> bool:
    path = endpoint.name.split(" ", 1)[1]
    return any(path == p or path.startswith(p + "?") for p in PUBLIC_PATHS)


def undertaker_elsewhere_endpoints(
    resident: list[Endpoint], staff: list[Endpoint]
) -> list[Endpoint]:
    """The resident and staff requests, sent by a business (its own pages are in module_endpoints.py)."""
    return [
        replace(
            e,
            name=f"undertaker {e.name}",
            actor_kind="undertaker",
            public=_is_public(e),
            closed=not _is_public(e),
        )
        for e in resident + staff
        if not e.name.split(" ", 1)[1].startswith("/diensten/overlijden/")
    ]


def anonymous_endpoints(resident: list[Endpoint], staff: list[Endpoint]) -> list[Endpoint]:
    """The same requests, sent without a session."""
    return [
        replace(e, name=f"anonymous {e.name}", actor_kind="anonymous", public=_is_public(e))
        for e in resident + staff
    ] + verify_endpoints()
