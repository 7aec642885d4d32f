"""Reads of zaken: always within the client's municipalities and autorisaties, in the query itself."""

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from loket.components.autorisaties.context import AuthContext

from .models import Resultaat, Rol, Status, Zaak

ORDERING = {
    "startdatum",
    "einddatum",
    "publicatiedatum",
    "archiefactiedatum",
    "registratiedatum",
    "identificatie",
}


def _zaak_list_queryset() -> QuerySet:
    return Zaak.all_municipalities.select_related(
        "zaaktype", "status", "resultaat", "hoofdzaak"
    ).prefetch_related(
        Prefetch("rollen", queryset=Rol.all_municipalities.only("uuid", "zaak_id").order_by("pk")),
        Prefetch(
            "deelzaken",
            queryset=Zaak.all_municipalities.only("uuid", "hoofdzaak_id").order_by("pk"),
        ),
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

    rol = {
        "rol__betrokkeneType": "betrokkene_type",
        "rol__betrokkene": "betrokkene",
        "rol__omschrijvingGeneriek": "omschrijving_generiek",
        "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": "inp_bsn",
    }
    rol_lookups = {rol[key]: value for key, value in params.items() if key in rol}
    if rol_lookups:
        # One rol must match all rol filters; Exists keeps each zaak once.
        queryset = queryset.filter(
            Exists(Rol.all_municipalities.filter(zaak=OuterRef("pk"), **rol_lookups))
        )

    ordering = params.get("ordering")
    if ordering:
        queryset = queryset.order_by(*ordering, "-pk")
    return queryset


def visible_objects(model, auth: AuthContext, scope: str) -> QuerySet:
    """Statussen, rollen or resultaten of zaken this client may see."""
    related = {
        Status: ("zaak", "statustype", "zaak__status", "gezetdoor"),
        Rol: ("zaak", "roltype"),
        Resultaat: ("zaak", "resultaattype"),
    }[model]
    return model.all_municipalities.select_related(*related).filter(
        auth.zaak_q(scope, prefix="zaak__")
    )


def object_in_municipalities(model, auth: AuthContext, uuid):
    related = {
        Status: ("zaak", "statustype", "zaak__status", "gezetdoor"),
        Rol: ("zaak__municipality", "roltype"),
        Resultaat: ("zaak__municipality", "resultaattype"),
    }[model]
    return (
        model.all_municipalities.select_related(*related)
        .filter(auth.municipality_q(), uuid=uuid)
        .first()
    )


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
