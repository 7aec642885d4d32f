"""Reads of kanalen and abonnementen: what a client may see, and who receives a notification."""

from django.db.models import Prefetch, Q, QuerySet

from loket.components.autorisaties.context import AuthContext
from loket.tenancy.models import Municipality

from .models import Abonnement, AbonnementKanaal, Kanaal

ABONNEMENT_MUNICIPALITIES = Abonnement.municipalities.through


def kanalen() -> QuerySet:
    return Kanaal.objects.order_by("naam")


def serves_all_municipalities(auth: AuthContext) -> bool:
    """The platform's own applications: the national administration application, or one that
    is linked to every municipality. Their abonnementen receive everything."""
    if auth.beheert_alle_gemeenten:
        return True
    return len(auth.municipality_ids) >= Municipality.objects.count()


def abonnementen_visible_to(auth: AuthContext, *, serves_all: bool) -> QuerySet:
    """The abonnementen a client may read and change: those whose municipalities are all its own
    (another municipality's abonnement is 404); every one for a platform-wide client."""
    queryset = Abonnement.objects.all()
    if not serves_all:
        own = sorted(auth.municipality_ids)
        queryset = (
            queryset.filter(alle_gemeenten=False)
            .filter(
                pk__in=ABONNEMENT_MUNICIPALITIES.objects.filter(municipality_id__in=own).values(
                    "abonnement_id"
                )
            )
            .exclude(
                pk__in=ABONNEMENT_MUNICIPALITIES.objects.exclude(municipality_id__in=own).values(
                    "abonnement_id"
                )
            )
        )
    return queryset.prefetch_related(
        Prefetch(
            "kanalen", queryset=AbonnementKanaal.objects.select_related("kanaal").order_by("pk")
        )
    ).order_by("pk")


def subscriptions_to(kanaal: str, municipality_id: int | None) -> list[tuple[str, dict]]:
    """(abonnement uuid, filters) of every subscription on `kanaal` that may receive a
    notification of this municipality (None: platform-wide abonnementen only). One query."""
    audience = Q(abonnement__alle_gemeenten=True)
    if municipality_id is not None:
        audience |= Q(
            abonnement_id__in=ABONNEMENT_MUNICIPALITIES.objects.filter(
                municipality_id=municipality_id
            ).values("abonnement_id")
        )
    return [
        (str(uuid), filters or {})
        for uuid, filters in AbonnementKanaal.objects.filter(audience, kanaal__naam=kanaal)
        .order_by("pk")
        .values_list("abonnement__uuid", "filters")
    ]
