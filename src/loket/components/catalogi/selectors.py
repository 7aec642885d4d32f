"""Reads of the catalogi: within the client's municipalities (types are not confidential)."""

import datetime

from django.db.models import Max, OuterRef, Prefetch, Q, QuerySet, Subquery

from .models import Catalogus, ResultaatType, RolType, StatusType, ZaakType


def catalogussen(municipality_ids) -> QuerySet:
    return (
        Catalogus.all_municipalities.filter(municipality_id__in=sorted(municipality_ids))
        .prefetch_related(
            Prefetch(
                "zaaktypen",
                queryset=ZaakType.all_municipalities.only("uuid", "catalogus_id").order_by("pk"),
            )
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
        )
        .order_by("pk")
    )


def types_of(model, municipality_ids) -> QuerySet:
    queryset = model.all_municipalities.filter(
        municipality_id__in=sorted(municipality_ids)
    ).select_related("zaaktype__catalogus")
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
