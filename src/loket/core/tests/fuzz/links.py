"""OpenAPI links between the operations of the served ZGW documents, added before a stateful run.

The documents declare no links (they mirror the standard's, which has none), so the stateful
fuzzer is told here how resources follow from each other: an object a response returns (a new
one from a create, or the first of a list) feeds the operations on that object, by its uuid in
the path or by its url in a request body. The committed documents stay as they are.
"""

from dataclasses import dataclass, field

# Where an operation's response holds one object: the whole body, or the first of a list (a page
# or a plain array, whichever the document says the operation returns).
WHOLE = ""
FIRST = "first"


@dataclass(frozen=True)
class Resource:
    """One kind of object: the operations that return one, and those that take one."""

    producers: tuple[tuple[str, str, str], ...]  # (operationId, status, where the object is)
    # operationId -> {link parameter ("path.uuid", "body.zaak", "query.zaak"): field of the object
    # ("uuid", "url", …) or a runtime expression ("$request.path.zaak_uuid")}
    consumers: dict[str, dict[str, str]] = field(default_factory=dict)


def _by_uuid(*operation_ids: str, parameter: str = "uuid") -> dict[str, dict[str, str]]:
    return {operation_id: {f"path.{parameter}": "uuid"} for operation_id in operation_ids}


def _by_url(*operation_ids: str, name: str) -> dict[str, dict[str, str]]:
    return {operation_id: {f"body.{name}": "url"} for operation_id in operation_ids}


def _crud(collection: str, *, create="create", list_="list", update=True, delete=True) -> Resource:
    """A plain collection: its create and list return one, retrieve/update/delete take it."""
    producers = [(f"{collection}_{create}", "201", WHOLE)] if create else []
    if list_:
        producers.append((f"{collection}_{list_}", "200", FIRST))
    targets = [f"{collection}_retrieve"]
    if update:
        targets += [f"{collection}_update", f"{collection}_partial_update"]
    if delete:
        targets.append(f"{collection}_destroy")
    return Resource(tuple(producers), _by_uuid(*targets))


def _merged(resource: Resource, *consumers: dict[str, dict[str, str]]) -> Resource:
    merged = dict(resource.consumers)
    for extra in consumers:
        merged.update(extra)
    return Resource(resource.producers, merged)


ZAAK_CHILDREN = (
    "statussen_create", "rollen_create", "resultaten_create", "zaakobjecten_create",
    "zaakinformatieobjecten_create", "klantcontacten_create", "zaakcontactmomenten_create",
    "zaakverzoeken_create",
)

ZAKEN = {
    "zaak": _merged(
        _crud("zaken"),
        _by_uuid(
            "zaken_audittrail_list", "zaken_besluiten_list", "zaken_zaakeigenschappen_list",
            "zaken_zaakeigenschappen_create", parameter="zaak_uuid",
        ),
        _by_url(*ZAAK_CHILDREN, name="zaak"),
        {"statussen_list": {"query.zaak": "url"}, "rollen_list": {"query.zaak": "url"}},
    ),
    "status": _crud("statussen", update=False, delete=False),
    "rol": _crud("rollen", update=False),
    "resultaat": _crud("resultaten"),
    "zaakobject": _crud("zaakobjecten"),
    "zaakinformatieobject": _crud("zaakinformatieobjecten"),
    "klantcontact": _crud("klantcontacten", update=False, delete=False),
    "zaakcontactmoment": _crud("zaakcontactmomenten", update=False),
    "zaakverzoek": _crud("zaakverzoeken", update=False),
    "zaakeigenschap": Resource(
        (("zaken_zaakeigenschappen_create", "201", WHOLE),
         ("zaken_zaakeigenschappen_list", "200", FIRST)),
        {
            operation_id: {"path.zaak_uuid": "$request.path.zaak_uuid", "path.uuid": "uuid"}
            for operation_id in (
                "zaken_zaakeigenschappen_retrieve", "zaken_zaakeigenschappen_update",
                "zaken_zaakeigenschappen_partial_update", "zaken_zaakeigenschappen_destroy",
            )
        },
    ),
    "zaak-audittrail": Resource(
        (("zaken_audittrail_list", "200", FIRST),),
        {"zaken_audittrail_retrieve": {"path.zaak_uuid": "$request.path.zaak_uuid", "path.uuid": "uuid"}},
    ),
    "zaak-besluit": Resource(
        (("zaken_besluiten_list", "200", FIRST),),
        {"zaken_besluiten_retrieve": {"path.zaak_uuid": "$request.path.zaak_uuid", "path.uuid": "uuid"}},
    ),
}

_CATALOGI_TYPES = ("statustypen", "roltypen", "resultaattypen", "eigenschappen", "zaaktype_informatieobjecttypen")

CATALOGI = {
    "catalogus": Resource(
        (("catalogussen_list", "200", FIRST),),
        {
            **_by_uuid("catalogussen_retrieve"),
            **_by_url("zaaktypen_create", "besluittypen_create", "informatieobjecttypen_create",
                      name="catalogus"),
        },
    ),
    "zaaktype": _merged(
        _crud("zaaktypen"),
        _by_uuid("zaaktypen_publish_create"),
        _by_url(*(f"{collection}_create" for collection in _CATALOGI_TYPES), name="zaaktype"),
    ),
    "besluittype": _merged(_crud("besluittypen"), _by_uuid("besluittypen_publish_create")),
    "informatieobjecttype": _merged(
        _crud("informatieobjecttypen"),
        _by_uuid("informatieobjecttypen_publish_create"),
        _by_url("zaaktype_informatieobjecttypen_create", name="informatieobjecttype"),
    ),
    **{collection: _crud(collection) for collection in _CATALOGI_TYPES},
}

DOCUMENTEN = {
    "informatieobject": _merged(
        _crud("enkelvoudiginformatieobjecten"),
        _by_uuid("enkelvoudiginformatieobjecten_download_retrieve", "enkelvoudiginformatieobjecten_lock_create"),
        _by_uuid("enkelvoudiginformatieobjecten_audittrail_list", parameter="enkelvoudiginformatieobject_uuid"),
        _by_url("gebruiksrechten_create", "objectinformatieobjecten_create", name="informatieobject"),
    ),
    # A lock is the key to change or unlock the document it was taken on.
    "lock": Resource(
        (("enkelvoudiginformatieobjecten_lock_create", "200", WHOLE),),
        {
            operation_id: {"path.uuid": "$request.path.uuid", "body.lock": "lock"}
            for operation_id in (
                "enkelvoudiginformatieobjecten_unlock_create", "enkelvoudiginformatieobjecten_update",
                "enkelvoudiginformatieobjecten_partial_update",
            )
        },
    ),
    "document-audittrail": Resource(
        (("enkelvoudiginformatieobjecten_audittrail_list", "200", FIRST),),
        {"enkelvoudiginformatieobjecten_audittrail_retrieve": {
            "path.enkelvoudiginformatieobject_uuid": "$request.path.enkelvoudiginformatieobject_uuid",
            "path.uuid": "uuid",
        }},
    ),
    "gebruiksrechten": _crud("gebruiksrechten"),
    "objectinformatieobject": _crud("objectinformatieobjecten", update=False),
}

BESLUITEN = {
    "besluit": _merged(
        _crud("besluiten"),
        _by_uuid("besluiten_audittrail_list", parameter="besluit_uuid"),
        _by_url("besluitinformatieobjecten_create", name="besluit"),
    ),
    "besluit-audittrail": Resource(
        (("besluiten_audittrail_list", "200", FIRST),),
        {"besluiten_audittrail_retrieve": {"path.besluit_uuid": "$request.path.besluit_uuid", "path.uuid": "uuid"}},
    ),
    "besluitinformatieobject": _crud("besluitinformatieobjecten", update=False),
}

AUTORISATIES = {"applicatie": _crud("applicaties")}

NOTIFICATIES = {
    "abonnement": _crud("abonnement"),
    "kanaal": Resource(
        (("kanaal_create", "201", WHOLE), ("kanaal_list", "200", FIRST)),
        {**_by_uuid("kanaal_retrieve"), "notificaties_create": {"body.kanaal": "naam"}},
    ),
}

RESOURCES = {
    "zaken": ZAKEN,
    "catalogi": CATALOGI,
    "documenten": DOCUMENTEN,
    "besluiten": BESLUITEN,
    "autorisaties": AUTORISATIES,
    "notificaties": NOTIFICATIES,
}


def _expression(source: str, where: str) -> str:
    return source if source.startswith("$") else f"$response.body#{where}/{source}"


def _first_of(operation: dict) -> str:
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    return "/results/0" if "Paginated" in schema.get("$ref", "") else "/0"


def link_definitions(resources: dict[str, Resource], operations: dict[str, dict]) -> dict[tuple[str, str], dict]:
    """(source operationId, status) -> {link name: OpenAPI link object}."""
    links: dict[tuple[str, str], dict[str, dict]] = {}
    for name, resource in resources.items():
        for source, status, where in resource.producers:
            if where == FIRST:
                where = _first_of(operations[source])
            for target, mapping in resource.consumers.items():
                parameters, body = {}, {}
                for parameter, value in mapping.items():
                    location, _, parameter_name = parameter.partition(".")
                    if location == "body":
                        body[parameter_name] = _expression(value, where)
                    else:
                        parameters[parameter] = _expression(value, where)
                link = {"operationId": target, "parameters": parameters}
                if body:
                    link["requestBody"] = body
                links.setdefault((source, status), {})[f"{name}-{target}"] = link
    return links


def add_links(document: dict, component: str) -> int:
    """Write the links of `component` into its document (a loaded copy); the number added."""
    operations = {
        operation["operationId"]: operation
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }
    named = {source for resource in RESOURCES[component].values() for source, _, _ in resource.producers}
    named |= {target for resource in RESOURCES[component].values() for target in resource.consumers}
    if missing := named - operations.keys():
        raise KeyError(f"{component}: links name operations the document lacks: {sorted(missing)}")
    added = 0
    for (source, status), links in link_definitions(RESOURCES[component], operations).items():
        response = operations[source]["responses"].setdefault(status, {"description": ""})
        response.setdefault("links", {}).update(links)
        added += len(links)
    return added
