"""`expand` on zaken (Zaken API 1.5: list, detail and `_zoek`): related objects in `_expand`.

Every expanded object is read through the same authorisation filter as the zaak itself, in the
query (the Open Zaak advisory GHSA-v9vp-r9j9-9889 was about expand showing objects the token
could not read). A related zaak (hoofdzaak, deelzaken) of a zaaktype or vertrouwelijkheid the
client may not read is left out; objects under zaken come only from zaken the client may read.
Catalogi types need no extra scope: whoever may read zaken may read the catalogi (ztc-014).

Each requested field costs one query for the whole page (plus one per expanded level of zaken
for the uuids they list), never one per zaak.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from rest_framework import exceptions

from loket.components.autorisaties.context import AuthContext
from loket.components.catalogi import selectors as catalogi_selectors
from loket.components.catalogi.models import Eigenschap, ResultaatType, RolType, StatusType
from loket.components.catalogi.representation import (
    eigenschap_data,
    resultaattype_data,
    roltype_data,
    statustype_data,
    zaaktype_data,
)
from loket.components.common import scopes as S

from . import selectors
from .models import Resultaat, Rol, Status, ZaakEigenschap, ZaakInformatieObject, ZaakObject
from .representation import (
    resultaat_data,
    rol_data,
    status_data,
    zaak_data,
    zaakeigenschap_data,
    zaakinformatieobject_data,
    zaakobject_data,
)

_ZAAK_FIELDS = (
    "zaaktype",
    "status",
    "resultaat",
    "rollen",
    "zaakinformatieobjecten",
    "zaakobjecten",
)
_SECOND_LEVEL = ("status.statustype", "resultaat.resultaattype", "rollen.roltype")

# The paths Open Zaak 1.30 serves for the Zaken API 1.5 (zrc-025: only Zaken and Catalogi data).
ALLOWED = frozenset(
    {
        *_ZAAK_FIELDS,
        "hoofdzaak",
        "deelzaken",
        "eigenschappen",
        "eigenschappen.eigenschap",
        *_SECOND_LEVEL,
        *(f"{parent}.{field}" for parent in ("hoofdzaak", "deelzaken") for field in _ZAAK_FIELDS),
        *(f"{parent}.{path}" for parent in ("hoofdzaak", "deelzaken") for path in _SECOND_LEVEL),
    }
)

_MISSING = object()


def parse(*values) -> dict:
    """`expand` values (comma-separated strings or lists of them) as a tree of fields.

    A dotted path expands every field on it (`status.statustype` also expands `status`).
    An unknown path is a 400, as for any invalid query parameter.
    """
    paths = []
    for value in values:
        if value is None:
            continue
        items = value if isinstance(value, list) else [value]
        for item in items:
            if not isinstance(item, str):
                raise _invalid(str(item))
            paths += [part.strip() for part in item.split(",") if part.strip()]
    tree: dict = {}
    for path in paths:
        if path not in ALLOWED:
            raise _invalid(path)
        node = tree
        for field in path.split("."):
            node = node.setdefault(field, {})
    return tree


def _invalid(path: str) -> exceptions.ValidationError:
    return exceptions.ValidationError(
        {
            "expand": [
                exceptions.ErrorDetail(
                    f"'{path}' kan niet worden uitgebreid.", code="invalid_choice"
                )
            ]
        }
    )


@dataclass(frozen=True)
class Relation:
    kind: str
    many: bool
    load: Callable  # (expander, parents) -> {parent pk: target | None | list}


class Expander:
    def __init__(self, auth: AuthContext, base: str):
        self.auth = auth
        self.base = base

    # -- querysets: always the client's municipalities and autorisaties ---------------------
    def zaken(self):
        return selectors.visible_zaken(self.auth, S.ZAKEN_LEZEN)

    def objects(self, model):
        return selectors.visible_objects(model, self.auth, S.ZAKEN_LEZEN)

    def types(self, model):
        return catalogi_selectors.types_of(model, self.auth.municipality_ids)

    # -- the walk ----------------------------------------------------------------------------
    def expand(self, kind: str, objects: list, datas: list[dict], tree: dict) -> None:
        for data in datas:
            data.setdefault("_expand", {})
        for name, subtree in tree.items():
            relation = RELATIONS[kind][name]
            found = relation.load(self, objects)
            targets = {}
            for value in found.values():
                for target in value if relation.many else [value]:
                    if target is not None and target is not _MISSING:
                        targets.setdefault(target.pk, target)
            rows = list(targets.values())
            if relation.kind == "zaak":
                selectors.attach_children(rows)
            represent = REPRESENT[relation.kind]
            target_datas = {row.pk: represent(row, self.base) for row in rows}
            if subtree and rows:
                self.expand(relation.kind, rows, [target_datas[r.pk] for r in rows], subtree)
            for obj, data in zip(objects, datas, strict=True):
                value = found.get(obj.pk, [] if relation.many else _MISSING)
                if relation.many:
                    data["_expand"][name] = [target_datas[t.pk] for t in value]
                elif value is None:
                    data["_expand"][name] = {}  # the standard's EmptyObject for a null field
                elif value is not _MISSING:
                    data["_expand"][name] = target_datas[value.pk]


# -- loaders: one query for all parents ------------------------------------------------------


def _by_fk(queryset, parents, attr: str) -> dict:
    """A forward relation: None where the field is empty, left out where the client may not read it."""
    ids = {getattr(p, attr) for p in parents} - {None}
    rows = {row.pk: row for row in queryset.filter(pk__in=ids)} if ids else {}
    result = {}
    for parent in parents:
        target_id = getattr(parent, attr)
        if target_id is None:
            result[parent.pk] = None
        elif target_id in rows:
            result[parent.pk] = rows[target_id]
    return result


def _reverse_many(queryset, parents, fk: str) -> dict:
    grouped = defaultdict(list)
    for row in queryset.filter(**{f"{fk}__in": [p.pk for p in parents]}).order_by("pk"):
        grouped[getattr(row, fk)].append(row)
    return {p.pk: grouped.get(p.pk, []) for p in parents}


def _reverse_one(queryset, parents, fk: str) -> dict:
    rows = {
        getattr(row, fk): row for row in queryset.filter(**{f"{fk}__in": [p.pk for p in parents]})
    }
    return {p.pk: rows.get(p.pk) for p in parents}


def _zaaktypen(ex: Expander, parents) -> dict:
    found = _by_fk(catalogi_selectors.zaaktypen(ex.auth.municipality_ids), parents, "zaaktype_id")
    catalogi_selectors.with_parts({z.pk: z for z in found.values() if z is not None}.values())
    return found


RELATIONS: dict[str, dict[str, Relation]] = {
    "zaak": {
        "zaaktype": Relation("zaaktype", False, _zaaktypen),
        "hoofdzaak": Relation("zaak", False, lambda ex, ps: _by_fk(ex.zaken(), ps, "hoofdzaak_id")),
        "deelzaken": Relation(
            "zaak", True, lambda ex, ps: _reverse_many(ex.zaken(), ps, "hoofdzaak_id")
        ),
        "eigenschappen": Relation(
            "zaakeigenschap",
            True,
            lambda ex, ps: _reverse_many(ex.objects(ZaakEigenschap), ps, "zaak_id"),
        ),
        "status": Relation(
            "status", False, lambda ex, ps: _by_fk(ex.objects(Status), ps, "status_id")
        ),
        "resultaat": Relation(
            "resultaat", False, lambda ex, ps: _reverse_one(ex.objects(Resultaat), ps, "zaak_id")
        ),
        "rollen": Relation(
            "rol", True, lambda ex, ps: _reverse_many(ex.objects(Rol), ps, "zaak_id")
        ),
        "zaakinformatieobjecten": Relation(
            "zaakinformatieobject",
            True,
            lambda ex, ps: _reverse_many(ex.objects(ZaakInformatieObject), ps, "zaak_id"),
        ),
        "zaakobjecten": Relation(
            "zaakobject",
            True,
            lambda ex, ps: _reverse_many(ex.objects(ZaakObject), ps, "zaak_id"),
        ),
    },
    "status": {
        "statustype": Relation(
            "statustype", False, lambda ex, ps: _by_fk(ex.types(StatusType), ps, "statustype_id")
        )
    },
    "resultaat": {
        "resultaattype": Relation(
            "resultaattype",
            False,
            lambda ex, ps: _by_fk(ex.types(ResultaatType), ps, "resultaattype_id"),
        )
    },
    "rol": {
        "roltype": Relation(
            "roltype", False, lambda ex, ps: _by_fk(ex.types(RolType), ps, "roltype_id")
        )
    },
    "zaakeigenschap": {
        "eigenschap": Relation(
            "eigenschap", False, lambda ex, ps: _by_fk(ex.types(Eigenschap), ps, "eigenschap_id")
        )
    },
}

REPRESENT = {
    "zaak": zaak_data,
    "status": status_data,
    "resultaat": resultaat_data,
    "rol": rol_data,
    "zaakeigenschap": zaakeigenschap_data,
    "zaakobject": zaakobject_data,
    "zaakinformatieobject": zaakinformatieobject_data,
    "zaaktype": zaaktype_data,
    "statustype": statustype_data,
    "resultaattype": resultaattype_data,
    "roltype": roltype_data,
    "eigenschap": eigenschap_data,
}


def expand_zaken(auth: AuthContext, base: str, zaken: list, datas: list[dict], tree: dict) -> None:
    if tree:
        Expander(auth, base).expand("zaak", list(zaken), datas, tree)
