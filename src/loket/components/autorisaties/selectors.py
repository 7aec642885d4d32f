"""Reads of applicaties and their autorisaties."""

from collections.abc import Callable

from .context import AuthContext, Grant
from .models import Autorisatie, JWTSecret


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
            )
            for a in Autorisatie.objects.filter(applicatie_id=applicatie.pk).only(
                "component", "scopes", "zaaktype_id", "max_vertrouwelijkheidaanduiding"
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
        )

    return credential.secret, load
