"""Every way an actor can ask for an object: API resources, portal pages, staff pages, downloads,
search, `_zoek`, `expand`, exports and the BRP API; the modules' and back office's pages (and the
undertaker's) are in module_endpoints.py, /verify/, the visitor without a session and the
undertaker on every resident and staff page in public_endpoints.py.

An endpoint knows which actor kind calls it, which target kinds it aims at (none for a plain
list or page) and how to turn (target) into a request. `addressed` endpoints name the target
in their URL: for a target of another municipality they must answer 404.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from .world import Target

HOST = "http://testserver"
ZRC = "/zaken/api/v1"
ZTC = "/catalogi/api/v1"
DRC = "/documenten/api/v1"
BRC = "/besluiten/api/v1"
NRC = "/notificaties/api/v1"

DETAIL_PATHS = {
    "zaak": f"{ZRC}/zaken/{{}}",
    "rol": f"{ZRC}/rollen/{{}}",
    "status": f"{ZRC}/statussen/{{}}",
    "resultaat": f"{ZRC}/resultaten/{{}}",
    "zaakinformatieobject": f"{ZRC}/zaakinformatieobjecten/{{}}",
    "document": f"{DRC}/enkelvoudiginformatieobjecten/{{}}",
    "objectinformatieobject": f"{DRC}/objectinformatieobjecten/{{}}",
    "besluit": f"{BRC}/besluiten/{{}}",
    "zaaktype": f"{ZTC}/zaaktypen/{{}}",
    "besluittype": f"{ZTC}/besluittypen/{{}}",
    "catalogus": f"{ZTC}/catalogussen/{{}}",
    "statustype": f"{ZTC}/statustypen/{{}}",
    "roltype": f"{ZTC}/roltypen/{{}}",
    "resultaattype": f"{ZTC}/resultaattypen/{{}}",
    "informatieobjecttype": f"{ZTC}/informatieobjecttypen/{{}}",
    "abonnement": f"{NRC}/abonnement/{{}}",
}
EXPAND = "rollen,status,resultaat,zaakinformatieobjecten,zaakobjecten,eigenschappen,zaaktype,hoofdzaak,deelzaken,relevanteAndereZaken"


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    data: str | bytes = ""  # bytes: a file upload (multipart)
    content_type: str = "application/json"


def shown_data(request: Request) -> str:
    return request.data if isinstance(request.data, str) else "<file upload>"


@dataclass(frozen=True)
class Endpoint:
    name: str
    actor_kind: str
    target_kinds: tuple[str, ...]
    build: Callable[[Target | None], Request]
    addressed: bool = False  # the target is in the URL: another municipality's gives 404
    write: bool = False
    public: bool = False  # a visitor without a session may read it (it shows nobody's data)
    shows_printed: bool = False  # may show what the target's document itself states (/verify/)
    # Not for this actor at all (a business on a resident's or staff page): a login redirect or
    # 401/403/404/405, never a BSN, as for a visitor without a session.
    closed: bool = False
    # A page whose rows carry no markers: check(world, actor, shown text) asserts what it lists.
    check: Callable[..., None] | None = None


def url(kind: str, uuid: str) -> str:
    return HOST + DETAIL_PATHS[kind].format(uuid)


def _get(path: str) -> Callable[[Target | None], Request]:
    return lambda target: Request("GET", path.format(t=target))


def _post(path: str, body: Callable[[Target], dict]) -> Callable[[Target | None], Request]:
    return lambda target: Request("POST", path, json.dumps(body(target)))


def api_endpoints() -> list[Endpoint]:
    found = []
    for kind, path in DETAIL_PATHS.items():
        found.append(
            Endpoint(
                f"GET {path}",
                "api",
                (kind,),
                lambda t, p=path: Request("GET", p.format(t.uuid)),
                addressed=True,
            )
        )
        found.append(
            Endpoint(
                f"HEAD {path}",
                "api",
                (kind,),
                lambda t, p=path: Request("HEAD", p.format(t.uuid)),
                addressed=True,
            )
        )
    nested = {
        "zaak": ("audittrail", "zaakeigenschappen", "besluiten"),
        "document": ("audittrail", "download"),
        "besluit": ("audittrail",),
    }
    for kind, tails in nested.items():
        for tail in tails:
            path = DETAIL_PATHS[kind] + "/" + tail
            found.append(
                Endpoint(
                    f"GET {path}",
                    "api",
                    (kind,),
                    lambda t, p=path: Request("GET", p.format(t.uuid)),
                    addressed=True,
                )
            )
    found.append(
        Endpoint(
            f"GET {ZRC}/zaken/{{}}?expand",
            "api",
            ("zaak",),
            lambda t: Request("GET", f"{ZRC}/zaken/{t.uuid}?expand={EXPAND}"),
            addressed=True,
        )
    )
    filtered = [
        ("zaak", f"{ZRC}/rollen?zaak={{}}"),
        ("zaak", f"{ZRC}/statussen?zaak={{}}"),
        ("zaak", f"{ZRC}/resultaten?zaak={{}}"),
        ("zaak", f"{ZRC}/zaakinformatieobjecten?zaak={{}}"),
        ("zaak", f"{BRC}/besluiten?zaak={{}}"),
        ("zaak", f"{DRC}/objectinformatieobjecten?object={{}}"),
        ("document", f"{ZRC}/zaakinformatieobjecten?informatieobject={{}}"),
        ("document", f"{DRC}/objectinformatieobjecten?informatieobject={{}}"),
        ("document", f"{DRC}/gebruiksrechten?informatieobject={{}}"),
        ("besluit", f"{BRC}/besluitinformatieobjecten?besluit={{}}"),
        ("zaaktype", f"{ZRC}/zaken?zaaktype={{}}"),
        ("zaaktype", f"{ZRC}/zaken?zaaktype={{}}&expand=" + EXPAND),
        ("zaaktype", f"{ZTC}/statustypen?zaaktype={{}}"),
        ("besluittype", f"{BRC}/besluiten?besluittype={{}}"),
        ("informatieobjecttype", f"{DRC}/enkelvoudiginformatieobjecten?informatieobjecttype={{}}"),
        ("catalogus", f"{ZTC}/zaaktypen?catalogus={{}}"),
    ]
    for kind, path in filtered:
        found.append(
            Endpoint(
                "GET " + path.replace("{}", "<" + kind + ">"),
                "api",
                (kind,),
                lambda t, p=path, k=kind: Request("GET", p.format(url(k, t.uuid))),
            )
        )
    found.append(
        Endpoint(
            f"GET {ZRC}/zaken?identificatie=",
            "api",
            ("zaak",),
            lambda t: Request("GET", f"{ZRC}/zaken?identificatie={t.extra['identificatie']}"),
        )
    )
    found += [
        Endpoint(
            f"POST {ZRC}/zaken/_zoek uuid__in",
            "api",
            ("zaak",),
            _post(f"{ZRC}/zaken/_zoek", lambda t: {"uuid__in": [t.uuid]}),
        ),
        Endpoint(
            f"POST {ZRC}/zaken/_zoek zaaktype__in",
            "api",
            ("zaaktype",),
            _post(f"{ZRC}/zaken/_zoek", lambda t: {"zaaktype__in": [url("zaaktype", t.uuid)]}),
        ),
        Endpoint(
            f"POST {ZRC}/zaken/_zoek?expand",
            "api",
            ("zaak",),
            lambda t: Request(
                "POST", f"{ZRC}/zaken/_zoek?expand={EXPAND}", json.dumps({"uuid__in": [t.uuid]})
            ),
        ),
        Endpoint(
            f"POST {DRC}/enkelvoudiginformatieobjecten/_zoek",
            "api",
            ("document",),
            _post(f"{DRC}/enkelvoudiginformatieobjecten/_zoek", lambda t: {"uuid__in": [t.uuid]}),
        ),
    ]
    for path in (
        f"{ZRC}/zaken",
        f"{ZRC}/zaken?expand={EXPAND}",
        f"{ZRC}/rollen",
        f"{ZRC}/statussen",
        f"{ZRC}/resultaten",
        f"{ZRC}/zaakinformatieobjecten",
        f"{DRC}/enkelvoudiginformatieobjecten",
        f"{DRC}/objectinformatieobjecten",
        f"{DRC}/gebruiksrechten",
        f"{BRC}/besluiten",
        f"{BRC}/besluitinformatieobjecten",
        f"{ZTC}/catalogussen",
        f"{ZTC}/zaaktypen",
        f"{ZTC}/besluittypen",
        f"{ZTC}/informatieobjecttypen",
        f"{ZTC}/statustypen",
        f"{ZTC}/roltypen",
        f"{ZTC}/resultaattypen",
        f"{NRC}/abonnement",
        f"{NRC}/kanaal",
        "/autorisaties/api/v1/applicaties",
    ):
        found.append(Endpoint(f"GET {path}", "api", (), _get(path)))
    # Writes aimed at another municipality's objects: refused, and nothing of it shown.
    found += [
        Endpoint(
            f"PATCH {ZRC}/zaken/{{}}",
            "api",
            ("zaak",),
            lambda t: Request(
                "PATCH", f"{ZRC}/zaken/{t.uuid}", json.dumps({"toelichting": "gewijzigd"})
            ),
            addressed=True,
            write=True,
        ),
        Endpoint(
            f"DELETE {ZRC}/rollen/{{}}",
            "api",
            ("rol",),
            lambda t: Request("DELETE", f"{ZRC}/rollen/{t.uuid}"),
            addressed=True,
            write=True,
        ),
        Endpoint(
            f"POST {ZRC}/statussen on a zaak",
            "api",
            ("zaak",),
            _post(
                f"{ZRC}/statussen",
                lambda t: {
                    "zaak": url("zaak", t.uuid),
                    "statustype": "",
                    "datumStatusGezet": "2026-03-01T10:00:00Z",
                },
            ),
            write=True,
        ),
        Endpoint(
            f"POST {ZRC}/rollen on a zaak",
            "api",
            ("zaak",),
            _post(
                f"{ZRC}/rollen",
                lambda t: {
                    "zaak": url("zaak", t.uuid),
                    "betrokkeneType": "natuurlijk_persoon",
                    "roltype": "",
                    "roltoelichting": "x",
                    "betrokkeneIdentificatie": {"inpBsn": "999990019"},
                },
            ),
            write=True,
        ),
        Endpoint(
            f"POST {ZRC}/zaakinformatieobjecten with a document",
            "api",
            ("document",),
            _post(
                f"{ZRC}/zaakinformatieobjecten",
                lambda t: {"informatieobject": url("document", t.uuid), "zaak": ""},
            ),
            write=True,
        ),
        Endpoint(
            f"POST {DRC}/enkelvoudiginformatieobjecten/{{}}/lock",
            "api",
            ("document",),
            lambda t: Request("POST", f"{DRC}/enkelvoudiginformatieobjecten/{t.uuid}/lock", "{}"),
            addressed=True,
            write=True,
        ),
        Endpoint(
            f"DELETE {NRC}/abonnement/{{}}",
            "api",
            ("abonnement",),
            lambda t: Request("DELETE", f"{NRC}/abonnement/{t.uuid}"),
            addressed=True,
            write=True,
        ),
    ]
    return found


def resident_endpoints() -> list[Endpoint]:
    addressed = [
        ("zaak", "/mijn-loket/zaken/{t.uuid}/"),
        ("bericht", "/mijn-loket/berichten/{t.uuid}/"),
        ("document", "/mijn-loket/documenten/{t.uuid}/download/"),
        ("modulezaak", "/diensten/demo/ontvangen/{t.uuid}/"),
        ("zaak", "/contact/verstuurd/{t.uuid}/"),
    ]
    found = [
        Endpoint(
            f"GET {path.replace('{t.uuid}', '{}')}", "resident", (kind,), _get(path), addressed=True
        )
        for kind, path in addressed
    ]
    for path in (
        "/",
        "/mijn-loket/",
        "/mijn-loket/zaken/",
        "/mijn-loket/berichten/",
        "/mijn-loket/documenten/",
        "/mijn-loket/gegevens/",
        "/mijn-loket/wie-bekeek-mijn-gegevens/",
        "/vragen/",
        "/diensten/demo/",
    ):
        found.append(Endpoint(f"GET {path}", "resident", (), _get(path)))
    for kind in ("zaak", "bericht", "document"):
        found.append(
            Endpoint(
                f"GET /zoeken/?q=<{kind}>",
                "resident",
                (kind,),
                lambda t: Request("GET", f"/zoeken/?q={t.uuid}"),
            )
        )
    return found


def staff_endpoints() -> list[Endpoint]:
    found = [
        Endpoint(
            "GET /medewerkers/diensten/demo/{}/",
            "staff",
            ("modulezaak",),
            _get("/medewerkers/diensten/demo/{t.uuid}/"),
            addressed=True,
        ),
    ]
    for path in (
        "/medewerkers/diensten/demo/",
        "/medewerkers/modules/",
        "/medewerkers/modules/demo/",
        "/menu/",
        "/beheer/",
        "/beheer/privacy/processingrecord/",
        "/beheer/registry/address/",
        "/beheer/notifications/outboxmessage/",
        "/beheer/accounts/user/",
    ):
        found.append(Endpoint(f"GET {path}", "staff", (), _get(path)))
    return found


def brp_endpoints() -> list[Endpoint]:
    def body(t: Target) -> dict:
        return {
            "type": "RaadpleegMetBurgerservicenummer",
            "burgerservicenummer": [t.uuid],
            "fields": ["naam", "adressering", "burgerservicenummer"],
        }

    return [
        Endpoint(
            "POST /haalcentraal/api/brp/personen",
            "brp",
            ("person",),
            _post("/haalcentraal/api/brp/personen", body),
        )
    ]


def all_endpoints() -> list[Endpoint]:
    from .module_endpoints import (
        module_resident_endpoints,
        module_staff_endpoints,
        module_undertaker_endpoints,
    )
    from .public_endpoints import anonymous_endpoints, undertaker_elsewhere_endpoints

    resident = resident_endpoints() + module_resident_endpoints()
    staff = staff_endpoints() + module_staff_endpoints()
    return (
        api_endpoints()
        + resident
        + staff
        + brp_endpoints()
        + module_undertaker_endpoints()
        + undertaker_elsewhere_endpoints(resident, staff)
        + anonymous_endpoints(resident, staff)
    )
