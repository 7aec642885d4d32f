"""Reads of the catalogi: within the client's municipalities (types are not confidential)."""

import datetime

from django.db.models import F, Max, OuterRef, Prefetch, Q, QuerySet, Subquery, Value

from .models import (
    BesluitType,
    Catalogus,
    Eigenschap,
    InformatieObjectType,
    ResultaatType,
    RolType,
    StatusType,
    ZaakObjectType,
    ZaakType,
    ZaakTypeInformatieObjectType,
)


def catalogussen(municipality_ids) -> QuerySet:
    return (
        Catalogus.all_municipalities.filter(municipality_id__in=sorted(municipality_ids))
        .prefetch_related(
            Prefetch(
                "zaaktypen",
                queryset=ZaakType.all_municipalities.only("uuid", "catalogus_id").order_by("pk"),
            ),
            Prefetch(
                "besluittypen",
                queryset=BesluitType.all_municipalities.only("uuid", "catalogus_id").order_by("pk"),
            ),
            Prefetch(
                "informatieobjecttypen",
                queryset=InformatieObjectType.all_municipalities.only(
                    "uuid", "catalogus_id"
                ).order_by("pk"),
            ),
        )
        .order_by("pk")
    )


def zaaktypen(municipality_ids) -> QuerySet:
    """Zaaktypen of these municipalities. Their parts are not prefetched: use `with_parts`."""
    return (
        ZaakType.all_municipalities.filter(municipality_id__in=sorted(municipality_ids))
        .select_related("catalogus")
        .order_by("pk")
    )


# The parts a zaaktype lists by URL: name -> (model, order within one zaaktype).
ZAAKTYPE_PARTS = {
    "statustypen": (StatusType, "volgnummer"),
    "resultaattypen": (ResultaatType, "pk"),
    "roltypen": (RolType, "pk"),
    "eigenschappen": (Eigenschap, "pk"),
    "zaakobjecttypen": (ZaakObjectType, "pk"),
}
_PART_NAMES = [*ZAAKTYPE_PARTS, "informatieobjecttypen", "besluittypen"]


def with_parts(zaaktypen) -> list:
    """The zaaktypen with the uuids of all their parts in `part_uuids`, from ONE query.

    Prefetching seven relations cost seven queries and ~600 model instances for a page of 100
    zaaktypen (most of a list request's time); the JSON needs only the uuids.
    """
    zaaktypen = list(zaaktypen)
    if not zaaktypen:
        return zaaktypen
    ids = [z.pk for z in zaaktypen]
    kind = {name: index for index, name in enumerate(_PART_NAMES)}

    def rows(queryset, name: str, owner: str, order: str, uuid: str):
        return queryset.order_by().annotate(
            part_owner=F(owner), part_kind=Value(kind[name]), part_order=F(order), part_uuid=F(uuid)
        ).values_list("part_owner", "part_kind", "part_order", "part_uuid")

    parts = [
        rows(model.all_municipalities.filter(zaaktype_id__in=ids), name, "zaaktype_id", order, "uuid")
        for name, (model, order) in ZAAKTYPE_PARTS.items()
    ]
    parts.append(
        rows(
            ZaakTypeInformatieObjectType.all_municipalities.filter(zaaktype_id__in=ids),
            "informatieobjecttypen", "zaaktype_id", "volgnummer", "informatieobjecttype__uuid",
        )
    )  # fmt: skip
    parts.append(
        rows(
            ZaakType.besluittypen.through.objects.filter(zaaktype_id__in=ids),
            "besluittypen", "zaaktype_id", "besluittype_id", "besluittype__uuid",
        )
    )  # fmt: skip
    found = {pk: {name: [] for name in _PART_NAMES} for pk in ids}
    for owner, index, _order, uuid in sorted(parts[0].union(*parts[1:], all=True), key=_part_order):
        found[owner][_PART_NAMES[index]].append(uuid)
    for zaaktype in zaaktypen:
        zaaktype.part_uuids = found[zaaktype.pk]
    return zaaktypen


def _part_order(row):
    owner, kind, order, uuid = row
    return (owner, kind, order, str(uuid))


def types_of(model, municipality_ids) -> QuerySet:
    queryset = model.all_municipalities.filter(
        municipality_id__in=sorted(municipality_ids)
    ).select_related("zaaktype__catalogus")
    if model in (Eigenschap, ZaakTypeInformatieObjectType, ZaakObjectType):
        queryset = queryset.select_related("statustype")
    if model is ZaakTypeInformatieObjectType:
        queryset = queryset.select_related("informatieobjecttype")
    if model is StatusType:
        last = (
            StatusType.all_municipalities.filter(zaaktype_id=OuterRef("zaaktype_id"))
            .values("zaaktype_id")
            .annotate(m=Max("volgnummer"))
            .values("m")
        )
        queryset = queryset.annotate(max_volgnummer=Subquery(last)).prefetch_related(
            Prefetch(
                "zaakobjecttypen",
                queryset=ZaakObjectType.all_municipalities.only("uuid", "statustype_id").order_by(
                    "pk"
                ),
            )
        )
    return queryset.order_by("pk")


def valid_on_own_dates(queryset: QuerySet, date: datetime.date) -> QuerySet:
    """Valid on `date` by the object's own geldigheid, where a missing date leaves that side open."""
    return queryset.filter(
        (Q(begin_geldigheid__isnull=True) | Q(begin_geldigheid__lte=date))
        & (Q(einde_geldigheid__isnull=True) | Q(einde_geldigheid__gte=date))
    )


def by_concept_status(queryset: QuerySet, status: str | None, prefix: str = "") -> QuerySet:
    """`status` filter: definitief (default), concept or alles."""
    status = status or "definitief"
    if status == "alles":
        return queryset
    return queryset.filter(**{f"{prefix}concept": status == "concept"})


def geldig_op(queryset: QuerySet, date: datetime.date, prefix: str = "") -> QuerySet:
    return queryset.filter(
        Q(**{f"{prefix}begin_geldigheid__lte": date})
        & (
            Q(**{f"{prefix}einde_geldigheid__isnull": True})
            | Q(**{f"{prefix}einde_geldigheid__gte": date})
        )
    )


def accepting_version(municipality, identificatie: str, on: datetime.date) -> ZaakType | None:
    """The published version of this zaaktype that takes new zaken on `on`.

    For new zaken the end date is exclusive: a version ended today (switched off) takes none.
    """
    return (
        ZaakType.all_municipalities.filter(
            municipality=municipality,
            identificatie=identificatie,
            concept=False,
            begin_geldigheid__lte=on,
        )
        .filter(Q(einde_geldigheid__isnull=True) | Q(einde_geldigheid__gt=on))
        .select_related("catalogus")
        .order_by("-begin_geldigheid", "-pk")
        .first()
    )


def accepts_new_zaken(zaaktype: ZaakType, on: datetime.date) -> bool:
    return (
        not zaaktype.concept
        and zaaktype.begin_geldigheid <= on
        and (zaaktype.einde_geldigheid is None or zaaktype.einde_geldigheid > on)
    )


def informatieobjecttypen(municipality_ids) -> QuerySet:
    return (
        InformatieObjectType.all_municipalities.filter(municipality_id__in=sorted(municipality_ids))
        .select_related("catalogus")
        .prefetch_related(
            Prefetch(
                "zaaktypeinformatieobjecttypen",
                queryset=ZaakTypeInformatieObjectType.all_municipalities.select_related(
                    "zaaktype"
                ).only("informatieobjecttype_id", "zaaktype__uuid"),
            ),
            Prefetch(
                "besluittypen", queryset=BesluitType.all_municipalities.only("uuid").order_by("pk")
            ),
        )
        .order_by("pk")
    )


def besluittypen(municipality_ids) -> QuerySet:
    return (
        BesluitType.all_municipalities.filter(municipality_id__in=sorted(municipality_ids))
        .select_related("catalogus")
        .prefetch_related(
            Prefetch("zaaktypen", queryset=ZaakType.all_municipalities.only("uuid").order_by("pk")),
            Prefetch(
                "informatieobjecttypen",
                queryset=InformatieObjectType.all_municipalities.only("uuid").order_by("pk"),
            ),
        )
        .order_by("pk")
    )
