"""Reads of applicaties and their autorisaties."""

from collections.abc import Callable

from django.db.models import Prefetch, QuerySet

from loket.tenancy.models import Municipality

from .context import AuthContext, Grant
from .models import Applicatie, Autorisatie, JWTSecret


def auth_context_for_client(client_id: str) -> tuple[str, Callable[..., AuthContext]] | None:
    """The client's secret and a loader for its AuthContext (run only after the signature is valid)."""
    credential = (
        JWTSecret.objects.select_related("applicatie")
        .filter(identifier=client_id)
        .exclude(secret="")
        .first()
    )
    if credential is None:
        return None
    applicatie = credential.applicatie

    def load(user_id: str, user_representation: str) -> AuthContext:
        municipality_ids = frozenset(applicatie.municipalities.values_list("pk", flat=True))
        grants = [
            Grant(
                component=a.component,
                scopes=frozenset(a.scopes or []),
                zaaktype_id=a.zaaktype_id,
                max_vertrouwelijkheid=a.max_vertrouwelijkheidaanduiding,
                informatieobjecttype_id=a.informatieobjecttype_id,
                besluittype_id=a.besluittype_id,
            )
            for a in Autorisatie.objects.filter(applicatie_id=applicatie.pk).only(
                "component",
                "scopes",
                "zaaktype_id",
                "informatieobjecttype_id",
                "besluittype_id",
                "max_vertrouwelijkheidaanduiding",
            )
        ]
        return AuthContext(
            applicatie_uuid=str(applicatie.uuid),
            applicatie_label=applicatie.label,
            client_id=client_id,
            user_id=user_id,
            user_representation=user_representation,
            heeft_alle_autorisaties=applicatie.heeft_alle_autorisaties,
            municipality_ids=municipality_ids,
            grants=grants,
            beheert_alle_gemeenten=applicatie.beheert_alle_gemeenten,
        )

    return credential.secret, load


def applicaties_visible_to(auth: AuthContext) -> QuerySet:
    """The applicaties this client may administer: all of them for the platform's national
    administration application, otherwise those whose municipalities all belong to the client."""
    queryset = Applicatie.objects.all()
    if not auth.beheert_alle_gemeenten:
        foreign = Municipality.objects.exclude(pk__in=sorted(auth.municipality_ids))
        queryset = queryset.filter(
            pk__in=Applicatie.municipalities.through.objects.filter(
                municipality_id__in=sorted(auth.municipality_ids)
            ).values("applicatie_id")
        ).exclude(
            pk__in=Applicatie.municipalities.through.objects.filter(
                municipality__in=foreign
            ).values("applicatie_id")
        )
    return queryset.prefetch_related(
        Prefetch("secrets", queryset=JWTSecret.objects.order_by("pk")),
        Prefetch(
            "autorisaties",
            queryset=Autorisatie.objects.select_related(
                "zaaktype", "informatieobjecttype", "besluittype"
            ).order_by("pk"),
        ),
        Prefetch("municipalities", queryset=Municipality.objects.order_by("code")),
    ).order_by("pk")
