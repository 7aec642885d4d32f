"""The service modules' pages and the back office, for residents and staff (see module_world.py).

Resident pages: the status pages of a move, a death declaration and an extract order, the
consent page, the answer page of an information request and the downloads of the extract and
the death certificate. Staff pages: the modules' queues and case pages, the departures
("Vertrokken inwoners") and deaths elsewhere, and the back office (/medewerker/).

Undertaker pages (a business logged in with eHerkenning): what the death module offers a
business, which is all a business can reach: the declaration form, looking someone up on it by
BSN (refused before anything is stored), and a case's page, read and with a statement uploaded.
The module has no overview of a company's cases and no download for businesses.
"""

from __future__ import annotations

import datetime
import html
import re
from urllib.parse import urlencode

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test.client import encode_multipart

from .endpoints import Endpoint, Request, _get
from .world import PDF

FORM = "application/x-www-form-urlencoded"
STAFF_ZAAK_KINDS = (
    "zaak",
    "verhuizen_zaak",
    "overlijden_zaak",
    "uittreksels_zaak",
    "informatieverzoek",
)


DESTINATION_RE = re.compile(r'<td class="departure-destination">([^<]*)</td>')


def departures_are_own(world, actor, shown: str) -> None:
    """ "Vertrokken inwoners" lists the residents who left this municipality, and no one else."""
    listed = [html.unescape(name) for name in DESTINATION_RE.findall(shown)]
    expected = world.departures[actor.municipality.pk]
    assert sorted(listed) == sorted(expected), (
        f"{actor.label}: departures page lists {listed}, but its residents left for {expected}"
    )


def _form(path: str, data: dict):
    return lambda t: Request("POST", path.format(t=t), urlencode(data), FORM)


def module_resident_endpoints() -> list[Endpoint]:
    addressed = [
        ("verhuizing", "/diensten/verhuizen/ontvangen/{t.uuid}/"),
        ("toestemming", "/diensten/verhuizen/toestemming/{t.uuid}/"),
        ("overlijden", "/diensten/overlijden/ontvangen/{t.uuid}/"),
        ("bestelling", "/diensten/uittreksels/bestelling/{t.uuid}/"),
        ("bestelling", "/diensten/uittreksels/bestelling/{t.uuid}/status/"),
        ("uittreksel", "/mijn-loket/documenten/{t.uuid}/download/"),
        ("akte", "/mijn-loket/documenten/{t.uuid}/download/"),
        ("informatieverzoek", "/mijn-loket/zaken/{t.uuid}/informatie/"),
        ("verhuizing", "/mijn-loket/zaken/{t.uuid}/"),
        ("overlijden", "/mijn-loket/zaken/{t.uuid}/"),
    ]
    found = [
        Endpoint(
            f"GET {path.replace('{t.uuid}', f'<{kind}>')}",
            "resident",
            (kind,),
            _get(path),
            addressed=True,
        )
        for kind, path in addressed
    ]
    writes = [
        ("toestemming", "/diensten/verhuizen/toestemming/{t.uuid}/", {"antwoord": "nee"}),
        ("bestelling", "/diensten/uittreksels/bestelling/{t.uuid}/", {}),
        (
            "informatieverzoek",
            "/mijn-loket/zaken/{t.uuid}/informatie/",
            {"antwoord": "Hierbij mijn antwoord."},
        ),
        ("overlijden", "/diensten/overlijden/ontvangen/{t.uuid}/", {}),
    ]
    found += [
        Endpoint(
            f"POST {path.replace('{t.uuid}', f'<{kind}>')}",
            "resident",
            (kind,),
            _form(path, data),
            addressed=True,
            write=True,
        )
        for kind, path, data in writes
    ]
    for path in ("/diensten/verhuizen/", "/diensten/overlijden/", "/diensten/uittreksels/"):
        found.append(Endpoint(f"GET {path}", "resident", (), _get(path)))
    return found


CASE_RE = re.compile(r"<dt>Zaaknummer</dt><dd>([^<]*)</dd>\s*<dt>Gemeente</dt><dd>([^<]*)</dd>")
BOUNDARY = "IsolationUndertaker"


def own_case_only(world, actor, shown: str) -> None:
    """An undertaker's case page (2xx) shows one of the company's own cases (zaak numbers count
    per municipality, so the number and the municipality)."""
    cases = {(number, html.unescape(place)) for number, place in CASE_RE.findall(shown)}
    own = world.case_numbers.get(actor.kvk, set())
    assert cases and cases <= own, (
        f"{actor.label}: case page shows {cases}, its own are {sorted(own)}"
    )


def business_form(world, actor, shown: str) -> None:
    """The declaration form as a business gets it (no question about the relation): the session's
    identity is the business, as eHerkenning leaves it."""
    assert 'name="death_municipality"' in shown and 'name="relation"' not in shown, (
        f"{actor.label}: /diensten/overlijden/ is not the business form"
    )


def _multipart(path: str, fields: dict) -> Request:
    statement = SimpleUploadedFile("verklaring.pdf", PDF, content_type="application/pdf")
    body = encode_multipart(BOUNDARY, {**fields, "statement": statement})
    return Request("POST", path, body, f"multipart/form-data; boundary={BOUNDARY}")


def _look_up(target) -> Request:
    """Someone's BSN on the declaration form, refused on the funeral date (nothing stored)."""
    died = datetime.date.today() - datetime.timedelta(days=1)
    return _multipart(
        "/diensten/overlijden/",
        {
            "deceased_bsn": target.uuid,
            "death_date": died.isoformat(),
            "death_time": "09:00",
            "death_municipality": "Amsterdam",
            "funeral_kind": "begraven",
            "funeral_date": (died - datetime.timedelta(days=1)).isoformat(),
        },
    )


def module_undertaker_endpoints() -> list[Endpoint]:
    received = "/diensten/overlijden/ontvangen/{t.uuid}/"
    return [
        Endpoint(
            "GET /diensten/overlijden/ (business)",
            "undertaker",
            (),
            _get("/diensten/overlijden/"),
            check=business_form,
        ),
        Endpoint(
            "POST /diensten/overlijden/ deceased_bsn=<person>", "undertaker", ("person",), _look_up
        ),
        Endpoint(
            "GET /diensten/overlijden/ontvangen/<overlijden>/ (business)",
            "undertaker",
            ("overlijden",),
            _get(received),
            addressed=True,
            check=own_case_only,
        ),
        Endpoint(
            "POST /diensten/overlijden/ontvangen/<overlijden>/ statement (business)",
            "undertaker",
            ("overlijden",),
            lambda t: _multipart(received.format(t=t), {}),
            addressed=True,
            write=True,
            check=own_case_only,
        ),
    ]


def module_staff_endpoints() -> list[Endpoint]:
    addressed = [
        (("verhuizen_zaak",), "/medewerkers/diensten/verhuizen/{t.uuid}/"),
        (("overlijden_zaak",), "/medewerkers/diensten/overlijden/{t.uuid}/"),
        (STAFF_ZAAK_KINDS, "/medewerker/zaken/{t.uuid}/"),
    ]
    found = [
        Endpoint(
            f"GET {path.replace('{t.uuid}', '<' + '|'.join(kinds) + '>')}",
            "staff",
            kinds,
            _get(path),
            addressed=True,
        )
        for kinds, path in addressed
    ]
    found.append(
        Endpoint(
            "GET /medewerker/zaken/<zaak>/documenten/<document>/",
            "staff",
            ("document", "uittreksel", "akte"),
            lambda t: Request("GET", f"/medewerker/zaken/{t.extra['zaak']}/documenten/{t.uuid}/"),
            addressed=True,
        )
    )
    writes = [
        (
            ("verhuizen_zaak",),
            "/medewerkers/diensten/verhuizen/{t.uuid}/",
            {"besluit": "weigeren", "reden": "Onjuist."},
        ),
        (
            ("overlijden_zaak",),
            "/medewerkers/diensten/overlijden/{t.uuid}/",
            {"decision": "refuse", "explanation": "Nee."},
        ),
        (
            STAFF_ZAAK_KINDS,
            "/medewerker/zaken/{t.uuid}/notitie/",
            {"notitie": "Gebeld met de inwoner."},
        ),
        (
            STAFF_ZAAK_KINDS,
            "/medewerker/zaken/{t.uuid}/informatie-vragen/",
            {"vraag": "Stuur uw paspoort.", "antwoord_voor": "2099-01-01"},
        ),
    ]
    found += [
        Endpoint(
            f"POST {path.replace('{t.uuid}', '<' + '|'.join(kinds) + '>')}",
            "staff",
            kinds,
            _form(path, data),
            addressed=True,
            write=True,
        )
        for kinds, path, data in writes
    ]
    found.append(
        Endpoint(
            "GET /medewerkers/diensten/verhuizen/vertrokken/",
            "staff",
            (),
            _get("/medewerkers/diensten/verhuizen/vertrokken/"),
            check=departures_are_own,
        )
    )
    for path in (
        "/medewerkers/diensten/verhuizen/",
        "/medewerkers/diensten/overlijden/",
        "/medewerkers/diensten/overlijden/elders-overleden/",
        "/medewerkers/modules/verhuizen/",
        "/medewerkers/modules/overlijden/",
        "/medewerkers/modules/uittreksels/",
        "/medewerker/",
        "/medewerker/werkvoorraad/",
        "/medewerker/medewerkers/",
        "/medewerker/landelijk/",
    ):
        found.append(Endpoint(f"GET {path}", "staff", (), _get(path)))
    return found
