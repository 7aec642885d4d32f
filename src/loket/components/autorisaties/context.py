"""What one authenticated client may do: its municipalities and autorisaties, loaded once per request.

The read filter is built from the autorisaties in memory and handed to the database as one
WHERE clause: for each maximum vertrouwelijkheidaanduiding (at most 8 groups), the zaaktypen
that have it. The number of queries therefore never depends on how many zaaktypen a client has.
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db.models import Q

from loket.components.common.constants import Component
from loket.components.common.expressions import InIds


@dataclass(frozen=True)
class Grant:
    component: str
    scopes: frozenset[str]
    zaaktype_id: int | None
    max_vertrouwelijkheid: int | None
    informatieobjecttype_id: int | None = None
    besluittype_id: int | None = None

    def type_id(self, component: str) -> int | None:
        """The type this grant is for, in the component's own terms (ac-003)."""
        return getattr(self, TYPE_FIELD[component] + "_id")


# Per component, the type a grant is restricted to: zaken by zaaktype, documents by
# informatieobjecttype, besluiten by besluittype. Besluiten have no vertrouwelijkheid.
TYPE_FIELD = {
    Component.ZRC: "zaaktype",
    Component.DRC: "informatieobjecttype",
    Component.BRC: "besluittype",
}


@dataclass
class AuthContext:
    applicatie_uuid: str
    applicatie_label: str
    client_id: str
    user_id: str
    user_representation: str
    heeft_alle_autorisaties: bool
    municipality_ids: frozenset[int]
    grants: Sequence[Grant] = field(default_factory=tuple)
    # The platform's national administration application: manages applicaties of every municipality.
    beheert_alle_gemeenten: bool = False
    # What typed_q derives from the grants, per (component, scope); shared by every context made
    # from the same cached credentials, so it is worked out once, not on every request.
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    # -- scopes ---------------------------------------------------------------------------
    def has_any_scope(self, component: str, scopes: set[str] | frozenset[str]) -> bool:
        if self.heeft_alle_autorisaties:
            return True
        return any(g.component == component and g.scopes & scopes for g in self.grants)

    def scopes_on(
        self, component: str, type_id: int, vertrouwelijkheid: int | None
    ) -> frozenset[str] | None:
        """The scopes this client has on one object of `component` with this type; None means "all".

        `vertrouwelijkheid` is None for besluiten, which have none.
        """
        if self.heeft_alle_autorisaties:
            return None
        found: set[str] = set()
        for g in self.grants:
            if g.component != component or g.type_id(component) != type_id:
                continue
            if vertrouwelijkheid is not None and (g.max_vertrouwelijkheid or 0) < vertrouwelijkheid:
                continue
            found |= g.scopes
        return frozenset(found)

    def may_on(self, component: str, type_id: int, vertrouwelijkheid: int | None, *scopes: str) -> bool:
        granted = self.scopes_on(component, type_id, vertrouwelijkheid)
        return granted is None or bool(granted & set(scopes))

    def zaak_scopes(self, zaaktype_id: int, vertrouwelijkheid: int) -> frozenset[str] | None:
        """The scopes this client has on one zaak; None means "all"."""
        return self.scopes_on(Component.ZRC, zaaktype_id, vertrouwelijkheid)

    def may_on_zaak(self, zaaktype_id: int, vertrouwelijkheid: int, *scopes: str) -> bool:
        return self.may_on(Component.ZRC, zaaktype_id, vertrouwelijkheid, *scopes)

    # -- query filters --------------------------------------------------------------------
    def municipality_q(self, prefix: str = "") -> Q:
        return Q(InIds(f"{prefix}municipality_id", self.municipality_ids))

    def zaak_q(self, scope: str, prefix: str = "") -> Q:
        """Zaken (or objects of zaken, with prefix "zaak__") this client may see with `scope`."""
        return self.typed_q(Component.ZRC, scope, prefix)

    def typed_q(self, component: str, scope: str, prefix: str = "", *, levels: bool = True) -> Q:
        """Objects of `component` (zaken, documents, besluiten; or objects under them, via `prefix`)
        this client may see with `scope`: its municipalities, and per grant the type and, where
        the component has one (`levels`), at most the granted vertrouwelijkheidaanduiding."""
        condition = self.municipality_q(prefix)
        if self.heeft_alle_autorisaties:
            return condition
        type_field = TYPE_FIELD[component]
        by_level = self._types_by_level(component, scope)
        allowed = Q(pk__in=[])
        if not levels:
            type_ids = sorted(t for _, found in by_level for t in found)
            if type_ids:
                allowed = Q(InIds(f"{prefix}{type_field}_id", type_ids))
            return condition & allowed
        for level, type_ids in by_level:
            allowed |= Q(
                InIds(f"{prefix}{type_field}_id", type_ids),
                **{f"{prefix}vertrouwelijkheidaanduiding__lte": level},
            )
        return condition & allowed

    def _types_by_level(self, component: str, scope: str) -> tuple[tuple[int, tuple[int, ...]], ...]:
        """Per highest granted vertrouwelijkheidaanduiding (ascending), the sorted types that have
        `scope` up to it."""
        key = (component, scope)
        found = self.memo.get(key)
        if found is None:
            best: dict[int, int] = {}
            for g in self.grants:
                type_id = g.type_id(component) if g.component == component else None
                if type_id and scope in g.scopes:
                    best[type_id] = max(best.get(type_id, 0), g.max_vertrouwelijkheid or 0)
            by_level: dict[int, set[int]] = defaultdict(set)
            for type_id, level in best.items():
                by_level[level].add(type_id)
            found = tuple((level, tuple(sorted(ids))) for level, ids in sorted(by_level.items()))
            self.memo[key] = found
        return found
