"""OpenAPI links between the operations of the served ZGW documents, added before a stateful run.

The documents declare no links (they mirror the standard's, which has none), so the stateful
fuzzer is told here how resources follow from each other: an object a response returns (a new
one from a create, or the first of a list) feeds the operations on that object, by its uuid in
the path or by its url in a request body. Most ZGW objects answer with a `url` and no `uuid`
field; for those the uuid is cut from the url (a schemathesis `#regex:` extractor). The
committed documents stay as they are.
"""

from dataclasses import dataclass, field

# Where an operation's response holds one object: the whole body, or the first of a list (a page
# or a plain array, whichever the document says the operation returns).
WHOLE = ""
FIRST = "first"
# The last segment of an object's url: its uuid (no braces: `}` would end the runtime expression).
UUID_OF = "#regex:/([0-9a-fA-F-]+)$"
UUID_OF_URL = f"url{UUID_OF}"


@dataclass(frozen=True)
class Resource:
    """One kind of object: the operations that return one, and those that take one."""

    producers: tuple[tuple[str, str, str], ...]  # (operationId, status, where the object is)
    # operationId -> {link parameter ("path.uuid", "body.zaak", "query.zaak"): field of the object
    # ("uuid", "url", "clientIds/0", …), a runtime expression ("$request.path.zaak_uuid"), or a
    # list of one of these (a body field that takes a list of urls)}
    consumers: dict[str, dict[str, str | list[str]]] = field(default_factory=dict)


def _by_uuid(*operation_ids: str, parameter: str = "uuid") -> dict[str, dict[str, str]]:
    return {operation_id: {f"path.{parameter}": "uuid"} for operation_id in operation_ids}


def _by_url(*operation_ids: str, name: str) -> dict[str, dict[str, str]]:
    return {operation_id: {f"body.{name}": "url"} for operation_id in operation_ids}


def _crud(
    collection: str, *, create="create", list_="list", update=True, delete=True, publish=False
) -> Resource:
    """A plain collection: its create and list (and publish) return one, retrieve/update/delete take it."""
    producers = [(f"{collection}_{create}", "201", WHOLE)] if create else []
    if list_:
        producers.append((f"{collection}_{list_}", "200", FIRST))
    if publish:
        producers.append((f"{collection}_publish_create", "200", WHOLE))
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
    "statussen_create",
    "rollen_create",
    "resultaten_create",
    "zaakobjecten_create",
    "zaakinformatieobjecten_create",
    "klantcontacten_create",
    "zaakcontactmomenten_create",
    "zaakverzoeken_create",
)

ZAKEN = {
    "zaak": _merged(
        _crud("zaken"),
        _by_uuid(
            "zaken_audittrail_list",
            "zaken_besluiten_list",
            "zaken_zaakeigenschappen_list",
            "zaken_zaakeigenschappen_create",
            parameter="zaak_uuid",
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
        (
            ("zaken_zaakeigenschappen_create", "201", WHOLE),
            ("zaken_zaakeigenschappen_list", "200", FIRST),
        ),
        {
            operation_id: {"path.zaak_uuid": "$request.path.zaak_uuid", "path.uuid": "uuid"}
            for operation_id in (
                "zaken_zaakeigenschappen_retrieve",
                "zaken_zaakeigenschappen_update",
                "zaken_zaakeigenschappen_partial_update",
                "zaken_zaakeigenschappen_destroy",
            )
        },
    ),
    "zaak-audittrail": Resource(
        (("zaken_audittrail_list", "200", FIRST),),
        {
            "zaken_audittrail_retrieve": {
                "path.zaak_uuid": "$request.path.zaak_uuid",
                "path.uuid": "uuid",
            }
        },
    ),
    "zaak-besluit": Resource(
        (("zaken_besluiten_list", "200", FIRST),),
        {
            "zaken_besluiten_retrieve": {
                "path.zaak_uuid": "$request.path.zaak_uuid",
                "path.uuid": "uuid",
            }
        },
    ),
}

# The parts of a zaaktype (collection: resource): created with its url, listed by it.
_ZAAKTYPE_PARTS = {
    "statustypen": "statustype",
    "roltypen": "roltype",
    "resultaattypen": "resultaattype",
    "eigenschappen": "eigenschap",
    "zaaktype_informatieobjecttypen": "zaaktype-informatieobjecttype",
    "zaakobjecttypen": "zaakobjecttype",
}
# Parts that may name a statustype, which must be one of their own zaaktype.
_WITH_STATUSTYPE = ("eigenschappen", "zaaktype_informatieobjecttypen", "zaakobjecttypen")
_IN_CATALOGUS = ("zaaktypen", "besluittypen", "informatieobjecttypen")


def _query(*operation_ids: str, name: str, value: str = "url") -> dict[str, dict[str, str]]:
    return {operation_id: {f"query.{name}": value} for operation_id in operation_ids}


CATALOGI = {
    "catalogus": Resource(
        (("catalogussen_list", "200", FIRST), ("catalogussen_retrieve", "200", WHOLE)),
        {
            **_by_uuid("catalogussen_retrieve"),
            **_by_url(*(f"{collection}_create" for collection in _IN_CATALOGUS), name="catalogus"),
            **_query(
                *(f"{collection}_list" for collection in _IN_CATALOGUS),
                "zaakobjecttypen_list",
                name="catalogus",
            ),
        },
    ),
    # A zaaktype, besluittype or informatieobjecttype is created as a concept: it can be changed,
    # its parts made, then it is published (and stays readable).
    "zaaktype": _merged(
        _crud("zaaktypen", publish=True),
        _by_uuid("zaaktypen_publish_create"),
        _by_url(*(f"{collection}_create" for collection in _ZAAKTYPE_PARTS), name="zaaktype"),
        _query(*(f"{collection}_list" for collection in _ZAAKTYPE_PARTS), name="zaaktype"),
        _query("besluittypen_list", name="zaaktypen"),
    ),
    "besluittype": _merged(
        _crud("besluittypen", publish=True),
        _by_uuid("besluittypen_publish_create"),
        # A new zaaktype in the besluittype's catalogus, with that besluittype.
        {"zaaktypen_create": {"body.catalogus": "catalogus", "body.besluittypen": ["url"]}},
    ),
    "informatieobjecttype": _merged(
        _crud("informatieobjecttypen", publish=True),
        _by_uuid("informatieobjecttypen_publish_create"),
        _by_url("zaaktype_informatieobjecttypen_create", name="informatieobjecttype"),
        {
            "besluittypen_create": {
                "body.catalogus": "catalogus",
                "body.informatieobjecttypen": ["url"],
            }
        },
        _query("zaaktype_informatieobjecttypen_list", name="informatieobjecttype"),
        _query("besluittypen_list", name="informatieobjecttypen"),
    ),
    "statustype": _merged(
        _crud("statustypen"),
        {
            f"{collection}_create": {"body.zaaktype": "zaaktype", "body.statustype": "url"}
            for collection in _WITH_STATUSTYPE
        },
        # A zaaktype is published once it has a statustype (zrc-007).
        {"zaaktypen_publish_create": {"path.uuid": f"zaaktype{UUID_OF}"}},
    ),
    **{
        resource: _crud(collection)
        for collection, resource in _ZAAKTYPE_PARTS.items()
        if resource != "statustype"
    },
}

DOCUMENTEN = {
    "informatieobject": _merged(
        _crud("enkelvoudiginformatieobjecten"),
        _by_uuid(
            "enkelvoudiginformatieobjecten_download_retrieve",
            "enkelvoudiginformatieobjecten_lock_create",
        ),
        _by_uuid(
            "enkelvoudiginformatieobjecten_audittrail_list",
            parameter="enkelvoudiginformatieobject_uuid",
        ),
        _by_url(
            "gebruiksrechten_create", "objectinformatieobjecten_create", name="informatieobject"
        ),
    ),
    # A lock is the key to change or unlock the document it was taken on.
    "lock": Resource(
        (("enkelvoudiginformatieobjecten_lock_create", "200", WHOLE),),
        {
            operation_id: {"path.uuid": "$request.path.uuid", "body.lock": "lock"}
            for operation_id in (
                "enkelvoudiginformatieobjecten_unlock_create",
                "enkelvoudiginformatieobjecten_update",
                "enkelvoudiginformatieobjecten_partial_update",
            )
        },
    ),
    "document-audittrail": Resource(
        (("enkelvoudiginformatieobjecten_audittrail_list", "200", FIRST),),
        {
            "enkelvoudiginformatieobjecten_audittrail_retrieve": {
                "path.enkelvoudiginformatieobject_uuid": "$request.path.enkelvoudiginformatieobject_uuid",
                "path.uuid": "uuid",
            }
        },
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
        {
            "besluiten_audittrail_retrieve": {
                "path.besluit_uuid": "$request.path.besluit_uuid",
                "path.uuid": "uuid",
            }
        },
    ),
    "besluitinformatieobject": _crud("besluitinformatieobjecten", update=False),
}

AUTORISATIES = {
    # Only an applicatie the fuzzer made itself is changed or deleted: the first of the list may
    # be the fuzzer's own, and deleting that would end the run with 403s.
    "applicatie": _merged(
        _crud("applicaties", list_=None),
        _query("applicaties_consumer_retrieve", name="clientId", value="clientIds/0"),
        _query("applicaties_list", name="clientIds", value="clientIds/0"),
    ),
    "applicatie-listed": Resource(
        (("applicaties_list", "200", FIRST), ("applicaties_consumer_retrieve", "200", WHOLE)),
        {
            **_by_uuid("applicaties_retrieve"),
            **_query("applicaties_consumer_retrieve", name="clientId", value="clientIds/0"),
        },
    ),
}

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


def _resolved(document: dict, schema: dict) -> dict:
    while "$ref" in schema:
        name = schema["$ref"].removeprefix("#/components/schemas/")
        schema = document["components"]["schemas"][name]
    return schema


def _object_schema(document: dict, operation: dict, status: str, where: str) -> dict:
    """The schema of the object a producer's response holds at `where`."""
    content = operation["responses"][status].get("content", {}).get("application/json", {})
    schema = _resolved(document, content.get("schema", {}))
    if where == "/results/0":
        schema = _resolved(document, schema.get("properties", {}).get("results", {}))
    if where:
        schema = _resolved(document, schema.get("items", {}))
    return schema


def _first_of(document: dict, operation: dict) -> str:
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    return "/results/0" if "results" in _resolved(document, schema).get("properties", {}) else "/0"


def _expression(source: str | list[str], where: str, properties: dict) -> str | list[str]:
    if isinstance(source, list):
        return [_expression(item, where, properties) for item in source]
    if source.startswith("$"):
        return source
    if source == "uuid" and "uuid" not in properties and "url" in properties:
        source = UUID_OF_URL
    return f"$response.body#{where}/{source}"


def link_definitions(
    resources: dict[str, Resource], operations: dict[str, dict], document: dict
) -> dict[tuple[str, str], dict]:
    """(source operationId, status) -> {link name: OpenAPI link object}."""
    links: dict[tuple[str, str], dict[str, dict]] = {}
    for name, resource in resources.items():
        for source, status, where in resource.producers:
            if where == FIRST:
                where = _first_of(document, operations[source])
            properties = _object_schema(document, operations[source], status, where).get(
                "properties", {}
            )
            for target, mapping in resource.consumers.items():
                parameters, body = {}, {}
                for parameter, value in mapping.items():
                    location, _, parameter_name = parameter.partition(".")
                    if location == "body":
                        body[parameter_name] = _expression(value, where, properties)
                    else:
                        parameters[parameter] = _expression(value, where, properties)
                link = {"operationId": target, "parameters": parameters}
                if body:
                    link["requestBody"] = body
                links.setdefault((source, status), {})[f"{name}-{target}"] = link
    return links


def resource_of(link_id: str) -> str:
    """The resource a followed link carried, from a schemathesis transition id
    (`POST /zaaktypen -> [201] zaaktype-statustypen_create -> POST /statustypen`)."""
    parts = link_id.split(" -> ")
    name = parts[1].split("] ", 1)[-1] if len(parts) == 3 else link_id
    return name.rpartition("-")[0] or name


def add_links(document: dict, component: str) -> int:
    """Write the links of `component` into its document (a loaded copy); the number added."""
    operations = {
        operation["operationId"]: operation
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }
    named = {
        source for resource in RESOURCES[component].values() for source, _, _ in resource.producers
    }
    named |= {target for resource in RESOURCES[component].values() for target in resource.consumers}
    if missing := named - operations.keys():
        raise KeyError(f"{component}: links name operations the document lacks: {sorted(missing)}")
    added = 0
    for (source, status), links in link_definitions(
        RESOURCES[component], operations, document
    ).items():
        response = operations[source]["responses"].setdefault(status, {"description": ""})
        response.setdefault("links", {}).update(links)
        added += len(links)
    return added
