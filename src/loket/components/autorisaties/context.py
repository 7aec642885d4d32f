"""What one authenticated client may do: its municipalities and autorisaties, loaded once per request.

The read filter is built from the autorisaties in memory and handed to the database as one
WHERE clause: for each maximum vertrouwelijkheidaanduiding (at most 8 groups), the zaaktypen
that have it. The number of queries therefore never depends on how many zaaktypen a client has.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q

from loket.components.common.constants import Component


@dataclass(frozen=True)
class Grant:
    component: str
    scopes: frozenset[str]
    zaaktype_id: int | None
    max_vertrouwelijkheid: int | None


@dataclass
class AuthContext:
    applicatie_uuid: str
    applicatie_label: str
    client_id: str
    user_id: str
    user_representation: str
    heeft_alle_autorisaties: bool
    municipality_ids: frozenset[int]
    grants: list[Grant] = field(default_factory=list)
    # The platform's national administration application: manages applicaties of every municipality.
    beheert_alle_gemeenten: bool = False

    # -- scopes ---------------------------------------------------------------------------
    def has_any_scope(self, component: str, scopes: set[str] | frozenset[str]) -> bool:
        if self.heeft_alle_autorisaties:
            return True
        return any(g.component == component and g.scopes & scopes for g in self.grants)

    def zaak_scopes(self, zaaktype_id: int, vertrouwelijkheid: int) -> frozenset[str] | None:
        """The scopes this client has on one zaak; None means "all"."""
        if self.heeft_alle_autorisaties:
            return None
        found: set[str] = set()
        for g in self.grants:
            if (
                g.component == Component.ZRC
                and g.zaaktype_id == zaaktype_id
                and (g.max_vertrouwelijkheid or 0) >= vertrouwelijkheid
            ):
                found |= g.scopes
        return frozenset(found)

    def may_on_zaak(self, zaaktype_id: int, vertrouwelijkheid: int, *scopes: str) -> bool:
        granted = self.zaak_scopes(zaaktype_id, vertrouwelijkheid)
        return granted is None or bool(granted & set(scopes))

    # -- query filters --------------------------------------------------------------------
    def municipality_q(self, prefix: str = "") -> Q:
        return Q(**{f"{prefix}municipality_id__in": sorted(self.municipality_ids)})

    def zaak_q(self, scope: str, prefix: str = "") -> Q:
        """Zaken (or objects of zaken, with prefix "zaak__") this client may see with `scope`."""
        condition = self.municipality_q(prefix)
        if self.heeft_alle_autorisaties:
            return condition
        by_level: dict[int, set[int]] = defaultdict(set)
        best: dict[int, int] = {}
        for g in self.grants:
            if g.component == Component.ZRC and scope in g.scopes and g.zaaktype_id:
                level = g.max_vertrouwelijkheid or 0
                best[g.zaaktype_id] = max(best.get(g.zaaktype_id, 0), level)
        for zaaktype_id, level in best.items():
            by_level[level].add(zaaktype_id)
        allowed = Q(pk__in=[])
        for level, zaaktype_ids in sorted(by_level.items()):
            allowed |= Q(
                **{
                    f"{prefix}zaaktype_id__in": sorted(zaaktype_ids),
                    f"{prefix}vertrouwelijkheidaanduiding__lte": level,
                }
            )
        return condition & allowed
