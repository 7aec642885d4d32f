"""Reads of applicaties and their autorisaties."""

from dataclasses import dataclass, field

from django.db.models import Prefetch, QuerySet

from loket.tenancy.models import Municipality

from .context import AuthContext, Grant
from .models import Applicatie, Autorisatie, JWTSecret


@dataclass(frozen=True)
class ClientCredentials:
    """A client id as stored: its secret, its applicatie's municipalities and autorisaties.

    Immutable, so one loaded copy can serve many requests (see `client_cache`); `context` makes
    the per-request AuthContext with the user from the JWT.
    """

    client_id: str
    secret: str
    applicatie_uuid: str
    applicatie_label: str
    heeft_alle_autorisaties: bool
    beheert_alle_gemeenten: bool
    municipality_ids: frozenset[int]
    grants: tuple[Grant, ...]
    # Filters derived from the grants, shared by the contexts made from this copy (AuthContext.memo).
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    def context(self, user_id: str, user_representation: str) -> AuthContext:
        return AuthContext(
            applicatie_uuid=self.applicatie_uuid,
            applicatie_label=self.applicatie_label,
            client_id=self.client_id,
            user_id=user_id,
            user_representation=user_representation,
            heeft_alle_autorisaties=self.heeft_alle_autorisaties,
            municipality_ids=self.municipality_ids,
            grants=self.grants,
            beheert_alle_gemeenten=self.beheert_alle_gemeenten,
            memo=self.memo,
        )


def client_credentials(client_id: str) -> ClientCredentials | None:
    """The client id's credentials from the database (three queries); None for an unknown client
    id or one without a secret yet."""
    credential = (
        JWTSecret.objects.select_related("applicatie")
        .filter(identifier=client_id)
        .exclude(secret="")
        .first()
    )
    if credential is None:
        return None
    applicatie = credential.applicatie
    grants = tuple(
        Grant(
            component=component,
            scopes=frozenset(scopes or []),
            zaaktype_id=zaaktype_id,
            max_vertrouwelijkheid=max_vertrouwelijkheid,
            informatieobjecttype_id=informatieobjecttype_id,
            besluittype_id=besluittype_id,
        )
        for (
            component,
            scopes,
            zaaktype_id,
            max_vertrouwelijkheid,
            informatieobjecttype_id,
            besluittype_id,
        ) in Autorisatie.objects.filter(applicatie_id=applicatie.pk)
        .order_by("pk")
        .values_list(
            "component",
            "scopes",
            "zaaktype_id",
            "max_vertrouwelijkheidaanduiding",
            "informatieobjecttype_id",
            "besluittype_id",
        )
    )
    return ClientCredentials(
        client_id=client_id,
        secret=credential.secret,
        applicatie_uuid=str(applicatie.uuid),
        applicatie_label=applicatie.label,
        heeft_alle_autorisaties=applicatie.heeft_alle_autorisaties,
        beheert_alle_gemeenten=applicatie.beheert_alle_gemeenten,
        municipality_ids=frozenset(applicatie.municipalities.values_list("pk", flat=True)),
        grants=grants,
    )


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
