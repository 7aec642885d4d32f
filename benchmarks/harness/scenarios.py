"""The HTTP scenarios: what each one asks, with which credentials, and which status means success.

A scenario is a list of request variants (method, path, JSON body); every client picks one at
random per request. The same variants are captured in-process once (the SQL Django issues, after
a warm-up request) so the raw limit replays exactly those statements.
"""

import time
from dataclasses import dataclass, field

from ..zaken.load import CLIENT_ID, RSIN, SECRET
from .dataset import PURPOSE

# Half the list requests ask page 1 (a case system's inbox), the rest go deeper.
LIST_PAGES = [1] * 10 + [2, 3, 4, 5, 10, 20, 50, 100, 500, 1000]
BRP_FIELDS = ["burgerservicenummer", "naam", "geboorte"]


@dataclass
class Request:
    method: str
    path: str
    body: dict | None = None


@dataclass
class Scenario:
    name: str
    title: str
    variants: list[Request]
    headers: dict[str, str]
    ok_status: int
    writes: bool  # the raw replay rolls its transaction back (the same statements, run again)
    # one cookie per client (a logged-in resident has a session of their own per browser)
    cookies: list[dict[str, str]] = field(default_factory=list)


def zaken_token() -> str:
    import jwt

    payload = {
        "iss": CLIENT_ID,
        "client_id": CLIENT_ID,
        "iat": int(time.time()),
        "user_id": "bench",
        "user_representation": "Benchmark",
    }
    return jwt.encode(payload, SECRET, algorithm="HS256")


def _zaken_headers() -> dict[str, str]:
    return {
        "Authorization": f"Bearer {zaken_token()}",
        "Accept-Crs": "EPSG:4326",
        "Content-Crs": "EPSG:4326",
        "Content-Type": "application/json",
    }


def _brp_headers(token: str) -> dict[str, str]:
    return {
        "Authorization": f"Bearer {token}",
        "x-doelbinding": PURPOSE,
        "x-verwerking": "Benchmark",
        "x-gebruiker": "bench",
        "Content-Type": "application/json",
    }


def build(data: dict, base_url: str) -> dict[str, Scenario]:
    """Every HTTP scenario over the data set (`data`: samples, the BRP token, sessions, zaaktypen)."""
    pages = [p for p in LIST_PAGES if p <= max(1, data["zaken_at_utrecht"] // 100)]
    zaaktypen = data["zaaktype_uuids"][:20]
    create_body = [
        {
            "bronorganisatie": RSIN,
            "verantwoordelijkeOrganisatie": RSIN,
            "zaaktype": f"{base_url}/catalogi/api/v1/zaaktypen/{uuid}",
            "startdatum": "2026-06-01",
            "omschrijving": "Aanvraag via de benchmark",
        }
        for uuid in zaaktypen
    ]
    return {
        "zaken_list": Scenario(
            "zaken_list",
            "ZGW zaken list, page of 100",
            [Request("GET", "/zaken/api/v1/zaken" + ("" if p == 1 else f"?page={p}")) for p in pages],
            _zaken_headers(),
            200,
            writes=False,
        ),
        "zaken_detail": Scenario(
            "zaken_detail",
            "ZGW zaak detail",
            [Request("GET", f"/zaken/api/v1/zaken/{uuid}") for uuid in data["zaak_uuids"]],
            _zaken_headers(),
            200,
            writes=False,
        ),
        "zaken_create": Scenario(
            "zaken_create",
            "ZGW zaak create",
            [Request("POST", "/zaken/api/v1/zaken", body) for body in create_body],
            _zaken_headers(),
            201,
            writes=True,
        ),
        "brp_bsn": Scenario(
            "brp_bsn",
            "Haal Centraal BRP: RaadpleegMetBurgerservicenummer",
            [
                Request(
                    "POST",
                    "/haalcentraal/api/brp/personen",
                    {"type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": [bsn], "fields": BRP_FIELDS},
                )
                for bsn in data["bsns"]
            ],
            _brp_headers(data["brp_token"]),
            200,
            writes=True,  # every read is written to the processing log
        ),
        "brp_postcode": Scenario(
            "brp_postcode",
            "Haal Centraal BRP: ZoekMetPostcodeEnHuisnummer",
            [
                Request(
                    "POST",
                    "/haalcentraal/api/brp/personen",
                    {"type": "ZoekMetPostcodeEnHuisnummer", "postcode": pc, "huisnummer": nr, "fields": BRP_FIELDS},
                )
                for pc, nr in data["addresses"]
            ],
            _brp_headers(data["brp_token"]),
            200,
            writes=True,
        ),
        "portal_overview": Scenario(
            "portal_overview",
            "Mijn Loket overview of a logged-in resident",
            [Request("GET", "/mijn-loket/")],
            {},
            200,
            writes=True,  # the session's last-seen time is saved on every request
            cookies=[{data["session_cookie"]: key} for key in data["session_keys"]],
        ),
    }


def resident_sessions(bsn: str, count: int) -> list[str]:
    """Logged-in resident sessions, stored as the DigiD login stores them (cache and database)."""
    from dataclasses import asdict

    from django.conf import settings
    from django.utils.module_loading import import_string

    from loket.authentication.identity import LAST_SEEN_KEY, SESSION_KEY, Identity

    store_class = import_string(settings.SESSION_ENGINE + ".SessionStore")
    keys = []
    for _ in range(count):
        store = store_class()
        store[SESSION_KEY] = asdict(
            Identity(kind="resident", identifier=bsn, plugin="digid", level_of_assurance="substantieel")
        )
        store[LAST_SEEN_KEY] = time.time() + 3600  # stays fresh for the whole run
        store.create()
        keys.append(store.session_key)
    return keys
