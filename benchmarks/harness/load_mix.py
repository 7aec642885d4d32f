"""The mixed load's traffic: which requests, how often, and as whom.

Weights are per 100 requests. Loket has no separate page per municipality or per product: a
visitor who chose their municipality sees that municipality's online services and contact
details on the question pages, and a product (from search or a list) links to its place on its
question page. The "municipality" and "product" kinds ask those pages.
"""

import csv
import datetime
import http.client
import json
import random
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote_plus, urlsplit


@dataclass(frozen=True)
class Kind:
    group: str
    weight: int  # per 100 requests
    what: str


ANONYMOUS, LOGGED_IN, API_READ, API_WRITE, BRP = (
    "resident pages, anonymous",
    "resident pages, logged in",
    "ZGW API reads",
    "ZGW API writes",
    "BRP API lookups",
)

MIX: dict[str, Kind] = {
    "home": Kind(ANONYMOUS, 10, "GET / (the start page)"),
    "life_event": Kind(ANONYMOUS, 9, "GET /vragen/<question>/, no municipality chosen"),
    "municipality": Kind(
        ANONYMOUS,
        7,
        "GET /vragen/<question>/ for a visitor who chose their municipality (its services and contact details)",
    ),
    "product": Kind(ANONYMOUS, 6, "GET the question page a product links to, municipality chosen"),
    "search": Kind(
        ANONYMOUS, 8, "GET /zoeken/?q=<everyday words> (catalogue/data/search_queries.csv)"
    ),
    "mijn_loket": Kind(LOGGED_IN, 8, "GET /mijn-loket/ (the overview)"),
    "case_status": Kind(
        LOGGED_IN, 6, "GET /mijn-loket/zaken/<uuid>/ (one of the resident's cases)"
    ),
    "inbox": Kind(LOGGED_IN, 6, "GET /mijn-loket/berichten/"),
    "zaken_filtered": Kind(
        API_READ, 6, "GET /zaken/api/v1/zaken?zaaktype=<url> (first page of 100)"
    ),
    "zaken_small": Kind(API_READ, 4, "GET /zaken/api/v1/zaken?identificatie=<one> (a page of 1)"),
    "zaken_page_100": Kind(
        API_READ, 4, "GET /zaken/api/v1/zaken?page=<n> (pages of 100, half page 1, up to page 1000)"
    ),
    "zaak_detail": Kind(API_READ, 7, "GET /zaken/api/v1/zaken/<uuid>"),
    "zaaktypen": Kind(API_READ, 3, "GET /catalogi/api/v1/zaaktypen"),
    "statussen": Kind(API_READ, 4, "GET /zaken/api/v1/statussen?zaak=<url>"),
    "zaak_create": Kind(API_WRITE, 2, "POST /zaken/api/v1/zaken"),
    "status_create": Kind(
        API_WRITE,
        2,
        "POST /zaken/api/v1/statussen (the first status type again, the zaak stays open)",
    ),
    "brp_bsn": Kind(BRP, 5, "POST /haalcentraal/api/brp/personen RaadpleegMetBurgerservicenummer"),
    "brp_postcode": Kind(BRP, 3, "POST /haalcentraal/api/brp/personen ZoekMetPostcodeEnHuisnummer"),
}

WEIGHTS = {name: kind.weight for name, kind in MIX.items()}
# municipalities a visitor chooses: the five with zaken in the data set, and the resident's
VISITOR_MUNICIPALITIES = ["0344", "0307", "0363", "0599", "0518", "0772"]


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    identity: str  # anonymous, visitor, resident, zaken, statussen, brp
    ok_status: int = 200
    body: dict | None = None
    stamp: str = ""  # a body field that gets the time of sending


@dataclass
class Traffic:
    calls: dict[str, list[Call]]
    headers: dict[str, dict[str, str]]
    cookie_name: str
    cookies: dict[str, list[str]] = field(
        default_factory=dict
    )  # identity: session keys, one per thread

    def describe(self) -> dict:
        return {
            name: {
                "group": kind.group,
                "share": kind.weight / sum(WEIGHTS.values()),
                "what": kind.what,
                "variants": len(self.calls[name]),
            }
            for name, kind in MIX.items()
        }


class WrongAnswer(Exception):
    pass


# How a kept connection that the server closed while it was idle fails on the next request.
STALE_CONNECTION = (BrokenPipeError, ConnectionResetError, http.client.RemoteDisconnected)


def make_sender(traffic: Traffic, base_url: str):
    """Per driver thread: one connection per identity (kept where the server allows), its own
    session cookie, its own random picks.

    http.client, not requests: the driver shares the machine with the server, and requests
    costs about a millisecond of CPU per call more.
    """
    target = urlsplit(base_url)

    def make(index: int):
        rng = random.Random(1000 + index)  # noqa: S311 - picks pages, not secrets
        headers: dict[str, dict[str, str]] = {}
        for identity, fixed in traffic.headers.items():
            headers[identity] = {**fixed, "Host": target.netloc}
            keys = traffic.cookies.get(identity)
            if keys:
                headers[identity]["Cookie"] = f"{traffic.cookie_name}={keys[index % len(keys)]}"
        connections: dict[str, http.client.HTTPConnection] = {}

        def exchange(call: Call, payload: bytes | None, sent_headers: dict[str, str]):
            """One request and its whole answer. A kept connection the server has closed in the
            meantime (its keep-alive ran out) fails before the server saw the request; that
            request is sent once more on a new connection, as browsers and urllib3 do."""
            reused = call.identity in connections
            connection = connections.get(call.identity)
            if connection is None:
                connection = connections[call.identity] = http.client.HTTPConnection(
                    target.hostname, target.port, timeout=30
                )
            try:
                connection.request(call.method, call.path, body=payload, headers=sent_headers)
                response = connection.getresponse()
                content = response.read()
            except STALE_CONNECTION:
                connection.close()
                del connections[call.identity]
                if not reused:
                    raise
                return exchange(call, payload, sent_headers)
            except (OSError, http.client.HTTPException):
                connection.close()  # the next call opens a new one
                del connections[call.identity]
                raise
            if response.will_close:
                connection.close()
                del connections[call.identity]
            return response, content

        def send(kind: str) -> None:
            calls = traffic.calls[kind]
            call = calls[rng.randrange(len(calls))]
            body = call.body
            if call.stamp:
                body = {**(body or {}), call.stamp: datetime.datetime.now(datetime.UTC).isoformat()}
            sent_headers = headers[call.identity]
            payload = None
            if body is not None:
                payload = json.dumps(body).encode()
                sent_headers = {**sent_headers, "Content-Type": "application/json"}
            response, content = exchange(call, payload, sent_headers)
            if response.status != call.ok_status:
                text = content[:160].decode("utf-8", "replace")
                raise WrongAnswer(f"{call.method} {call.path}: {response.status} {text!r}")

        return send

    return make


def prepare(data: dict, bsn: str, base_url: str, threads: int) -> Traffic:
    """The requests of every kind over the data set, and the sessions and tokens they need (Django)."""
    from django.conf import settings

    from ..zaken.load import RSIN
    from .scenarios import BRP_FIELDS, LIST_PAGES, _brp_headers, _zaken_headers, resident_sessions

    zaken = _zaken_sample(data["zaak_uuids"])
    statussen_headers = {**_zaken_headers(), "Authorization": f"Bearer {_status_writer(zaken)}"}
    api = "/zaken/api/v1"
    zaak_url = f"{base_url}{api}/zaken/" + "{}"
    type_url = f"{base_url}/catalogi/api/v1/zaaktypen/" + "{}"
    pages = [p for p in LIST_PAGES if p <= max(1, data["zaken_at_utrecht"] // 100)]
    questions, products = _question_paths()
    calls = {
        "home": [Call("GET", "/", "anonymous")],
        "life_event": [Call("GET", path, "anonymous") for path in questions],
        "municipality": [Call("GET", path, "visitor") for path in questions],
        "product": [Call("GET", path, "visitor") for path in products],
        "search": [
            Call("GET", f"/zoeken/?q={quote_plus(q)}", "anonymous") for q in _search_queries()
        ],
        "mijn_loket": [Call("GET", "/mijn-loket/", "resident")],
        "case_status": [
            Call("GET", f"/mijn-loket/zaken/{uuid}/", "resident") for uuid in _own_zaken(bsn)
        ],
        "inbox": [Call("GET", "/mijn-loket/berichten/", "resident")],
        "zaken_filtered": [
            Call(
                "GET", f"{api}/zaken?zaaktype={quote_plus(type_url.format(z['zaaktype']))}", "zaken"
            )
            for z in zaken
        ],
        "zaken_small": [
            Call("GET", f"{api}/zaken?identificatie={z['identificatie']}", "zaken") for z in zaken
        ],
        "zaken_page_100": [
            Call("GET", f"{api}/zaken" + ("" if p == 1 else f"?page={p}"), "zaken") for p in pages
        ],
        "zaak_detail": [Call("GET", f"{api}/zaken/{z['uuid']}", "zaken") for z in zaken],
        "zaaktypen": [Call("GET", "/catalogi/api/v1/zaaktypen", "zaken")],
        "statussen": [
            Call("GET", f"{api}/statussen?zaak={quote_plus(zaak_url.format(z['uuid']))}", "zaken")
            for z in zaken
        ],
        "zaak_create": [
            Call(
                "POST",
                f"{api}/zaken",
                "zaken",
                201,
                {
                    "bronorganisatie": RSIN,
                    "verantwoordelijkeOrganisatie": RSIN,
                    "zaaktype": type_url.format(uuid),
                    "startdatum": "2026-06-01",
                    "omschrijving": "Aanvraag via de belastingtest",
                },
            )
            for uuid in data["zaaktype_uuids"][:20]
        ],  # fmt: skip
        "status_create": [
            Call(
                "POST",
                f"{api}/statussen",
                "statussen",
                201,
                {
                    "zaak": zaak_url.format(z["uuid"]),
                    "statustype": f"{base_url}/catalogi/api/v1/statustypen/{z['first_statustype']}",
                    "statustoelichting": "Belastingtest",
                },
                stamp="datumStatusGezet",
            )
            for z in zaken
        ],  # fmt: skip
        "brp_bsn": [
            Call(
                "POST",
                "/haalcentraal/api/brp/personen",
                "brp",
                200,
                {
                    "type": "RaadpleegMetBurgerservicenummer",
                    "burgerservicenummer": [b],
                    "fields": BRP_FIELDS,
                },
            )
            for b in data["bsns"]
        ],  # fmt: skip
        "brp_postcode": [
            Call(
                "POST",
                "/haalcentraal/api/brp/personen",
                "brp",
                200,
                {
                    "type": "ZoekMetPostcodeEnHuisnummer",
                    "postcode": pc,
                    "huisnummer": nr,
                    "fields": BRP_FIELDS,
                },
            )
            for pc, nr in data["addresses"]
        ],  # fmt: skip
    }
    empty = [name for name, found in calls.items() if not found]
    if empty:
        raise RuntimeError(f"mixed_load: no requests for {', '.join(empty)} in this data set")
    page_headers = {"Accept-Language": "nl"}
    return Traffic(
        calls=calls,
        headers={"anonymous": page_headers, "visitor": page_headers, "resident": page_headers,
                 "zaken": _zaken_headers(), "statussen": statussen_headers, "brp": _brp_headers(data["brp_token"])},
        cookie_name=settings.SESSION_COOKIE_NAME,
        cookies={"resident": resident_sessions(bsn, threads), "visitor": _visitor_sessions(threads)},
    )  # fmt: skip


def _zaken_sample(uuids: list[str]) -> list[dict]:
    """The sampled zaken with what the requests about them need: identificatie, zaaktype, first status type."""
    from loket.components.catalogi.models import StatusType
    from loket.components.zaken.models import Zaak

    rows = list(
        Zaak.all_municipalities.filter(uuid__in=uuids).values_list(
            "uuid", "identificatie", "zaaktype_id", "zaaktype__uuid"
        )
    )
    first = dict(
        StatusType.all_municipalities.filter(zaaktype_id__in={r[2] for r in rows})
        .order_by("zaaktype_id", "-volgnummer")
        .values_list("zaaktype_id", "uuid")
    )  # the lowest volgnummer comes last and wins: never the end status, so the zaak stays open
    return [
        {
            "uuid": str(u),
            "identificatie": i,
            "zaaktype_id": zt,
            "zaaktype": str(ztu),
            "first_statustype": str(first[zt]),
        }
        for u, i, zt, ztu in rows
    ]


def _status_writer(zaken: list[dict]) -> str:
    """A second case system at Utrecht that may add statuses on the sampled zaken' zaaktypen (the
    bench's own application may only create), so the other scenarios' authorisations stay as they were."""
    import jwt

    from loket.components.autorisaties.services import add_autorisatie, create_applicatie
    from loket.components.catalogi.models import ZaakType
    from loket.components.common import scopes as S
    from loket.components.common.constants import Component, Vertrouwelijkheid
    from loket.tenancy.models import Municipality

    from ..zaken.load import MUNICIPALITY_CODE, SECRET

    client_id = f"bench-load-{secrets.token_hex(4)}"
    applicatie = create_applicatie(
        label=f"Belastingtest statussen {client_id}",
        municipalities=[Municipality.objects.get(code=MUNICIPALITY_CODE)],
        client_id=client_id,
        secret=SECRET,
    )
    for zaaktype in ZaakType.all_municipalities.filter(pk__in={z["zaaktype_id"] for z in zaken}):
        add_autorisatie(
            applicatie,
            component=Component.ZRC,
            scopes=(S.ZAKEN_LEZEN, S.ZAKEN_STATUSSEN_TOEVOEGEN),
            zaaktype=zaaktype,
            max_vertrouwelijkheidaanduiding=Vertrouwelijkheid.ZEER_GEHEIM,
        )
    payload = {"iss": client_id, "client_id": client_id, "iat": int(time.time()), "user_id": "bench",
               "user_representation": "Belastingtest"}  # fmt: skip
    return jwt.encode(payload, SECRET, algorithm="HS256")


def _question_paths() -> tuple[list[str], list[str]]:
    from loket.catalogue import selectors as catalogue
    from loket.catalogue.models import ProductPlacement

    questions = [f"/vragen/{q.slug}/" for q in catalogue.questions()]
    products = [
        f"/vragen/{slug}/"
        for slug in ProductPlacement.objects.order_by("pk").values_list(
            "question__slug", flat=True
        )[:200]
    ]
    return questions, products


def _search_queries(limit: int = 100) -> list[str]:
    import loket.catalogue

    path = Path(loket.catalogue.__file__).parent / "data" / "search_queries.csv"
    with path.open(encoding="utf-8") as handle:
        return [row["query"] for row in csv.DictReader(handle)][:limit]


def _own_zaken(bsn: str) -> list[str]:
    from loket.components.facade.steps import open_zaken_of_person

    return [str(zaak.uuid) for zaak in open_zaken_of_person(bsn)]


def _visitor_sessions(count: int) -> list[str]:
    """Anonymous sessions in which the visitor chose a municipality, as the choice form stores it."""
    from django.conf import settings
    from django.utils.module_loading import import_string

    from loket.portal.questions.selectors import SESSION_KEY

    store_class = import_string(settings.SESSION_ENGINE + ".SessionStore")
    keys = []
    for number in range(count):
        store = store_class()
        store[SESSION_KEY] = VISITOR_MUNICIPALITIES[number % len(VISITOR_MUNICIPALITIES)]
        store.set_expiry(6 * 3600)  # these pages do not change the session, so it is never renewed
        store.create()
        keys.append(store.session_key)
    return keys
