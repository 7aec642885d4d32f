"""Reads of the catalogi: within the client's municipalities (types are not confidential)."""

import datetime

from django.db.models import Max, OuterRef, Prefetch, Q, QuerySet, Subquery

from .models import (
    BesluitType,
    Catalogus,
    Eigenschap,
    InformatieObjectType,
    ResultaatType,
    RolType,
    StatusType,
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
    return (
        ZaakType.all_municipalities.filter(municipality_id__in=sorted(municipality_ids))
        .select_related("catalogus")
        .prefetch_related(
            Prefetch(
                "statustypen",
                queryset=StatusType.all_municipalities.only("uuid", "zaaktype_id").order_by(
                    "volgnummer"
                ),
            ),
            Prefetch(
                "resultaattypen",
                queryset=ResultaatType.all_municipalities.only("uuid", "zaaktype_id").order_by(
                    "pk"
                ),
            ),
            Prefetch(
                "roltypen",
                queryset=RolType.all_municipalities.only("uuid", "zaaktype_id").order_by("pk"),
            ),
            Prefetch(
                "eigenschappen",
                queryset=Eigenschap.all_municipalities.only("uuid", "zaaktype_id").order_by("pk"),
            ),
            Prefetch(
                "zaaktypeinformatieobjecttypen",
                queryset=ZaakTypeInformatieObjectType.all_municipalities.select_related(
                    "informatieobjecttype"
                ).order_by("volgnummer"),
            ),
            Prefetch(
                "besluittypen",
                queryset=BesluitType.all_municipalities.only("uuid").order_by("pk"),
            ),
        )
        .order_by("pk")
    )


def types_of(model, municipality_ids) -> QuerySet:
    queryset = model.all_municipalities.filter(
        municipality_id__in=sorted(municipality_ids)
    ).select_related("zaaktype__catalogus")
    if model in (Eigenschap, ZaakTypeInformatieObjectType):
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
        queryset = queryset.annotate(max_volgnummer=Subquery(last))
    return queryset.order_by("pk")


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
