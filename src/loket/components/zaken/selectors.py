"""Reads of zaken: always within the client's municipalities and autorisaties, in the query itself."""

import functools
from types import MappingProxyType

import orjson
from django.core.exceptions import EmptyResultSet, FieldDoesNotExist
from django.db import connection
from django.db.models import Exists, F, OuterRef, Q, QuerySet, Subquery, Value

from loket.components.autorisaties.context import AuthContext
from loket.components.common.formatting import iso_datetime, iso_duration

from .models import (
    AuditTrail,
    KlantContact,
    Resultaat,
    Rol,
    Status,
    Zaak,
    ZaakContactMoment,
    ZaakEigenschap,
    ZaakInformatieObject,
    ZaakObject,
    ZaakVerzoek,
)
from .representation import DATE_COLUMNS, JSON_COLUMNS, UUID_COLUMNS, ZAAK_VALUES, format_values

# The objects a zaak lists by URL: name in the zaak's JSON -> (model, foreign key to the zaak).
CHILD_SOURCES = {
    "rollen": (Rol, "zaak_id"),
    "deelzaken": (Zaak, "hoofdzaak_id"),
    "eigenschappen": (ZaakEigenschap, "zaak_id"),
    "zaakobjecten": (ZaakObject, "zaak_id"),
    "zaakinformatieobjecten": (ZaakInformatieObject, "zaak_id"),
}
_CHILD_NAMES = list(CHILD_SOURCES)

# The fields a zaken list may be ordered by (`ordering`, each also descending with "-").
ORDERING = (
    "startdatum",
    "einddatum",
    "publicatiedatum",
    "archiefactiedatum",
    "registratiedatum",
    "identificatie",
)


def _zaak_list_queryset() -> QuerySet:
    return Zaak.all_municipalities.select_related("zaaktype", "status", "resultaat", "hoofdzaak")


def attach_children(zaken) -> list:
    """Load the uuids of every kind of object under these zaken in ONE query (UNION ALL).

    Five prefetches would cost five queries per page; this keeps a page of 100 zaken (with
    the client's authorisation) at 6 queries, leaving room for `expand`.
    """
    zaken = list(zaken)
    if not zaken:
        return zaken
    found = children_by_zaak([zaak.pk for zaak in zaken])
    for zaak in zaken:
        zaak._children = found.get(zaak.pk, NO_CHILDREN)
    return zaken


# What a zaak without any objects under it has (most zaken in a list): shared, never changed.
NO_CHILDREN = MappingProxyType({name: () for name in _CHILD_NAMES})


def children_by_zaak(ids: list[int]) -> dict[int, dict[str, list]]:
    """Per zaak id, the uuids under it by kind (`CHILD_SOURCES`), in one query.

    A zaak with nothing under it is left out: look it up with `.get(pk, NO_CHILDREN)`.
    """
    found: dict[int, dict[str, list]] = {}
    if not ids:
        return found
    for owner_id, kind, child_uuid in _child_rows(ids):
        under = found.get(owner_id)
        if under is None:
            under = found[owner_id] = {name: [] for name in _CHILD_NAMES}
        under[_CHILD_NAMES[kind]].append(child_uuid)
    return found


def _child_rows(ids: list[int]):
    """(zaak id, kind, uuid) ordered by kind and creation; the zaken are already authorised."""
    if connection.vendor == "postgresql":
        # One array parameter per kind instead of an IN list of every id: the same plan, far
        # less work building and sending the statement (it runs on every page of the list).
        parts = []
        for index, (model, fk) in enumerate(CHILD_SOURCES.values()):
            column = model._meta.get_field(fk.removesuffix("_id")).column
            parts.append(
                f"SELECT {column}, {index}, uuid, id FROM {model._meta.db_table}"  # noqa: S608
                f" WHERE {column} = ANY(%s::bigint[])"
            )
        literal = "{" + ",".join(str(int(pk)) for pk in ids) + "}"  # adapting a list costs ~0.2 ms
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(parts) + " ORDER BY 2, 4", [literal] * len(parts))
            return [row[:3] for row in cursor.fetchall()]
    parts = [
        model.all_municipalities.filter(**{f"{fk}__in": ids})
        .order_by()
        .annotate(owner_id=F(fk), kind=Value(index), child_uuid=F("uuid"), child_pk=F("pk"))
        .values_list("owner_id", "kind", "child_uuid", "child_pk")
        for index, (model, fk) in enumerate(CHILD_SOURCES.values())
    ]
    rows = sorted(parts[0].union(*parts[1:], all=True), key=lambda row: (row[1], row[3]))
    return [row[:3] for row in rows]


def zaak_list_rows(ids: QuerySet, ordering) -> list[dict]:
    """The zaken whose primary keys `ids` selects, in `ordering`, as formatted `ZAAK_VALUES` rows.

    On PostgreSQL the page is read with one fixed statement around the compiled `ids` subquery:
    the 36 columns with their joins are the same on every request, so Django does not build
    them again each time, and PostgreSQL writes uuids, dates and JSON as the text the response
    needs (see representation.py). Other databases, and orderings other than plain columns of
    the zaak, go through the ORM.
    """
    order_sql = _order_by_sql(ordering) if connection.vendor == "postgresql" else None
    if order_sql is None:
        page = (
            Zaak._base_manager.filter(pk__in=Subquery(ids))
            .select_related("zaaktype", "status", "resultaat", "hoofdzaak")
            .order_by(*ordering)
        )
        return [format_values(row) for row in page.values(*ZAAK_VALUES)]
    try:
        ids_sql, params = ids.query.sql_with_params()
    except EmptyResultSet:  # a filter that can match nothing
        return []
    with connection.cursor() as cursor:
        cursor.execute(f"{_page_select()} WHERE z.id IN ({ids_sql}) ORDER BY {order_sql}", params)
        found = cursor.fetchall()
    rows = []
    for values in found:
        row = dict(zip(ZAAK_VALUES, values, strict=True))
        for name in JSON_COLUMNS:
            text = row[name]
            row[name] = [] if text == "[]" else (None if text is None else orjson.loads(text))
        if row["laatste_betaaldatum"] is not None or row["verlenging_duur"] is not None:
            row["laatste_betaaldatum"] = iso_datetime(row["laatste_betaaldatum"])
            row["verlenging_duur"] = iso_duration(row["verlenging_duur"])
        rows.append(row)
    return rows


def _order_by_sql(ordering) -> str | None:
    """ORDER BY for plain (possibly descending) fields of the zaak; None for anything else."""
    parts = []
    for item in ordering:
        if not isinstance(item, str):
            return None
        name = item.removeprefix("-")
        try:
            field = Zaak._meta.get_field("id" if name == "pk" else name)
        except FieldDoesNotExist:
            return None
        if field.is_relation or not field.concrete:
            return None
        parts.append(f'z."{field.column}"' + (" DESC" if item.startswith("-") else " ASC"))
    return ", ".join(parts) or None


@functools.cache
def _page_select() -> str:
    """SELECT … FROM the zaak and the rows whose uuids it shows, in `ZAAK_VALUES` order."""
    zaak = Zaak._meta
    related = {
        "zaaktype__uuid": "zt.uuid",
        "hoofdzaak__uuid": "h.uuid",
        "status__uuid": "s.uuid",
        "resultaat__uuid": "r.uuid",
    }
    columns = []
    for name in ZAAK_VALUES:
        if name in related:
            columns.append(f"{related[name]}::text")
            continue
        column = f'z."{zaak.get_field("id" if name == "pk" else name).column}"'
        if name in UUID_COLUMNS or name in JSON_COLUMNS:
            column += "::text"
        elif name in DATE_COLUMNS:
            column = f"to_char({column}, 'YYYY-MM-DD')"
        columns.append(column)
    zaaktype = zaak.get_field("zaaktype").related_model._meta.db_table
    return (
        f"SELECT {', '.join(columns)} FROM {zaak.db_table} z"  # noqa: S608 (names from the models)
        f' JOIN {zaaktype} zt ON zt.id = z."{zaak.get_field("zaaktype").column}"'
        f' LEFT JOIN {zaak.db_table} h ON h.id = z."{zaak.get_field("hoofdzaak").column}"'
        f' LEFT JOIN {Status._meta.db_table} s ON s.id = z."{zaak.get_field("status").column}"'
        f' LEFT JOIN {Resultaat._meta.db_table} r ON r."{Resultaat._meta.get_field("zaak").column}" = z.id'
    )


def visible_zaken(auth: AuthContext, scope: str) -> QuerySet:
    """Deliberately cross-municipality (all_municipalities), narrowed to the client's own ones."""
    return _zaak_list_queryset().filter(auth.zaak_q(scope))


def zaak_in_municipalities(auth: AuthContext, uuid) -> Zaak | None:
    """The zaak if it is in one of the client's municipalities (else None: the caller answers 404)."""
    return (
        _zaak_list_queryset()
        .select_related("zaaktype__catalogus", "municipality")
        .filter(auth.municipality_q(), uuid=uuid)
        .first()
    )


def filter_zaken(queryset: QuerySet, params: dict) -> QuerySet:
    direct = {
        "identificatie": "identificatie",
        "bronorganisatie": "bronorganisatie",
        "bronorganisatie__in": "bronorganisatie__in",
        "zaaktype": "zaaktype__uuid",
        "zaaktype__in": "zaaktype__uuid__in",
        "uuid__in": "uuid__in",
        "archiefnominatie": "archiefnominatie",
        "archiefnominatie__in": "archiefnominatie__in",
        "archiefactiedatum": "archiefactiedatum",
        "archiefactiedatum__lt": "archiefactiedatum__lt",
        "archiefactiedatum__gt": "archiefactiedatum__gt",
        "archiefactiedatum__isnull": "archiefactiedatum__isnull",
        "archiefstatus": "archiefstatus",
        "archiefstatus__in": "archiefstatus__in",
        "startdatum": "startdatum",
        "startdatum__gt": "startdatum__gt",
        "startdatum__gte": "startdatum__gte",
        "startdatum__lt": "startdatum__lt",
        "startdatum__lte": "startdatum__lte",
        "registratiedatum": "registratiedatum",
        "registratiedatum__gt": "registratiedatum__gt",
        "registratiedatum__lt": "registratiedatum__lt",
        "einddatum": "einddatum",
        "einddatum__isnull": "einddatum__isnull",
        "einddatum__gt": "einddatum__gt",
        "einddatum__lt": "einddatum__lt",
        "einddatumGepland": "einddatum_gepland",
        "einddatumGepland__gt": "einddatum_gepland__gt",
        "einddatumGepland__lt": "einddatum_gepland__lt",
        "uiterlijkeEinddatumAfdoening": "uiterlijke_einddatum_afdoening",
        "uiterlijkeEinddatumAfdoening__gt": "uiterlijke_einddatum_afdoening__gt",
        "uiterlijkeEinddatumAfdoening__lt": "uiterlijke_einddatum_afdoening__lt",
        "maximaleVertrouwelijkheidaanduiding": "vertrouwelijkheidaanduiding__lte",
    }
    lookups = {direct[key]: value for key, value in params.items() if key in direct}
    queryset = queryset.filter(**lookups)

    rol_params = {
        key.removeprefix("rol__"): value for key, value in params.items() if key.startswith("rol__")
    }
    rol_lookups = rol_lookups_for(rol_params)
    if rol_lookups is not None:
        # One rol must match all rol filters; Exists keeps each zaak once.
        queryset = queryset.filter(
            Exists(Rol.all_municipalities.filter(rol_lookups, zaak=OuterRef("pk")))
        )

    ordering = params.get("ordering")
    if ordering:
        queryset = queryset.order_by(*ordering, "-pk")
    return queryset


# Rol filters: API name -> lookup. The identification of each kind of betrokkene sits in
# betrokkene_identificatie (JSON); a filter on it only matches rollen of that kind.
_ROL_FIELDS = {
    "betrokkeneType": "betrokkene_type",
    "betrokkene": "betrokkene",
    "omschrijvingGeneriek": "omschrijving_generiek",
    "betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": "inp_bsn",
}
ROL_IDENTIFICATIE_FILTERS = {
    "betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie": (
        "natuurlijk_persoon",
        "anpIdentificatie",
    ),
    "betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer": (
        "natuurlijk_persoon",
        "inpA_nummer",
    ),
    "betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId": (
        "niet_natuurlijk_persoon",
        "innNnpId",
    ),
    "betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie": (
        "niet_natuurlijk_persoon",
        "annIdentificatie",
    ),
    "betrokkeneIdentificatie__vestiging__vestigingsNummer": ("vestiging", "vestigingsNummer"),
    "betrokkeneIdentificatie__medewerker__identificatie": ("medewerker", "identificatie"),
    "betrokkeneIdentificatie__organisatorischeEenheid__identificatie": (
        "organisatorische_eenheid",
        "identificatie",
    ),
}


def rol_lookups_for(params: dict) -> Q | None:
    """One Q for the rol filters in `params` (API names without the `rol__` prefix)."""
    condition = Q()
    used = False
    for key, value in params.items():
        if key in _ROL_FIELDS:
            condition &= Q(**{_ROL_FIELDS[key]: value})
            used = True
        elif key in ROL_IDENTIFICATIE_FILTERS:
            betrokkene_type, field = ROL_IDENTIFICATIE_FILTERS[key]
            condition &= Q(
                betrokkene_type=betrokkene_type,
                **{f"betrokkene_identificatie__{field}": value},
            )
            used = True
    return condition if used else None


_RELATED = {
    Status: ("zaak", "statustype", "zaak__status", "gezetdoor"),
    Rol: ("zaak", "roltype"),
    Resultaat: ("zaak", "resultaattype"),
    ZaakEigenschap: ("zaak", "eigenschap"),
    ZaakObject: ("zaak",),
    ZaakInformatieObject: ("zaak", "status"),
    KlantContact: ("zaak",),
    ZaakContactMoment: ("zaak",),
    ZaakVerzoek: ("zaak",),
}
# A write on one object notifies with the zaak's kenmerken, so fetch its zaaktype along.
_RELATED_FOR_WRITE = ("zaak__municipality", "zaak__zaaktype")


def visible_objects(model, auth: AuthContext, scope: str) -> QuerySet:
    """Objects under zaken this client may see with `scope` (filtered in the query)."""
    return model.all_municipalities.select_related(*_RELATED[model]).filter(
        auth.zaak_q(scope, prefix="zaak__")
    )


def object_in_municipalities(model, auth: AuthContext, uuid):
    """The object if it is in one of the client's municipalities (else None: 404)."""
    return (
        model.all_municipalities.select_related(*_RELATED[model], *_RELATED_FOR_WRITE)
        .filter(auth.municipality_q(), uuid=uuid)
        .first()
    )


def audittrail_of(zaak: Zaak) -> QuerySet:
    return AuditTrail.all_municipalities.filter(
        municipality_id=zaak.municipality_id, zaak_id=zaak.pk
    ).order_by("aanmaakdatum", "pk")


def zaken_of_resident(bsn: str, municipality_ids) -> QuerySet:
    """The zaken in which this person is initiator, for the resident's own overview (Mijn Loket)."""
    return (
        _zaak_list_queryset()
        .filter(municipality_id__in=list(municipality_ids))
        .filter(
            Exists(
                Rol.all_municipalities.filter(
                    zaak=OuterRef("pk"), inp_bsn=bsn, omschrijving_generiek="initiator"
                )
            )
        )
        .exclude(Q(identificatie=""))
    )
