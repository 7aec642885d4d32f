"""Reads of the module framework: what is switched on where, the public menu and the roadmap."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from django.db.models import Sum

from loket.catalogue.constants import upl_uri
from loket.catalogue.models import ProductPlacement
from loket.tenancy.models import Municipality

from .base import ServiceModule
from .models import ModuleActivation, ModuleAuditEntry
from .registry import Registry, register


def _enabled(municipality) -> set[str]:
    if municipality is None:
        return set()
    return set(
        ModuleActivation.all_municipalities.filter(municipality=municipality, enabled=True).values_list(
            "identifier", flat=True
        )
    )


def activation_of(municipality, identifier: str) -> ModuleActivation | None:
    return ModuleActivation.all_municipalities.filter(municipality=municipality, identifier=identifier).first()


def available_online(municipality, product_uri: str, registry: Registry = register) -> ServiceModule | None:
    """The module that lets this municipality's residents arrange this product online, or None.

    None means the portal shows the fallback (personal support). One query.
    """
    candidates = registry.covering(upl_uri(product_uri))
    if not candidates or municipality is None:
        return None
    enabled = _enabled(municipality)
    return next((module for module in candidates if module.identifier in enabled), None)


def module_options(municipality, identifier: str, registry: Registry = register) -> dict:
    """The municipality's options for the module, over the module's defaults."""
    module = registry.get(identifier)
    defaults = module.default_options() if module else {}
    activation = activation_of(municipality, identifier)
    return {**defaults, **(activation.options if activation else {})}


def enabled_options(municipality, identifier: str, registry: Registry = register) -> dict | None:
    """The module's options in this municipality if it is switched on there, else None. One query."""
    module = registry.get(identifier)
    if module is None or municipality is None:
        return None
    activation = activation_of(municipality, identifier)
    if activation is None or not activation.enabled:
        return None
    return {**module.default_options(), **activation.options}


@dataclass(frozen=True)
class AdminRow:
    module: ServiceModule
    activation: ModuleActivation | None

    @property
    def enabled(self) -> bool:
        return bool(self.activation and self.activation.enabled)


def admin_overview(municipality, registry: Registry = register) -> list[AdminRow]:
    activations = {
        a.identifier: a for a in ModuleActivation.all_municipalities.filter(municipality=municipality)
    }
    return [AdminRow(module, activations.get(module.identifier)) for module in registry]


def audit_of(municipality, identifier: str, limit: int = 20) -> list[ModuleAuditEntry]:
    return list(
        ModuleAuditEntry.all_municipalities.filter(municipality=municipality, identifier=identifier).order_by(
            "-occurred_at", "-pk"
        )[:limit]
    )


# -- the public menu -------------------------------------------------------------------------


@dataclass(frozen=True)
class ProvinceGroup:
    province: str
    municipalities: list[Municipality]


@dataclass(frozen=True)
class MenuEntry:
    module: ServiceModule
    builder_name: str
    product_names: list[str]
    provinces: list[ProvinceGroup]

    @property
    def municipality_count(self) -> int:
        return sum(len(group.municipalities) for group in self.provinces)


def _builder_name(module: ServiceModule, names: dict[str, str]) -> str:
    builder = module.descriptor.builder
    if builder.supplier:
        return builder.supplier
    return names.get(builder.municipality_code, builder.municipality_code)


def menu(registry: Registry = register) -> list[MenuEntry]:
    """Every module with who built it and the municipalities that use it, by province."""
    modules = list(registry)
    rows = (
        ModuleActivation.all_municipalities.filter(enabled=True, identifier__in=[m.identifier for m in modules])
        .select_related("municipality")
        .order_by("identifier", "municipality__province", "municipality__name")
    )
    users: dict[str, list[Municipality]] = {}
    for row in rows:
        users.setdefault(row.identifier, []).append(row.municipality)
    builder_codes = [m.descriptor.builder.municipality_code for m in modules if m.descriptor.builder.municipality_code]
    names = dict(Municipality.objects.filter(code__in=builder_codes).values_list("code", "name"))
    uris = {uri for m in modules for uri in m.descriptor.products}
    titles = {
        p.product.uri: p.title for p in ProductPlacement.objects.select_related("product").filter(product__uri__in=uris)
    }
    entries = []
    for module in modules:
        municipalities = users.get(module.identifier, [])
        provinces = [
            ProvinceGroup(province, list(group)) for province, group in groupby(municipalities, key=lambda m: m.province)
        ]
        entries.append(
            MenuEntry(
                module=module,
                builder_name=_builder_name(module, names),
                product_names=[titles.get(uri, uri) for uri in module.descriptor.products],
                provinces=provinces,
            )
        )
    return entries


@dataclass(frozen=True)
class RoadmapItem:
    placement: ProductPlacement
    residents_without: int  # residents whose municipality has no online option for it
    municipalities_without: int
    covered_by: list[ServiceModule]


def roadmap(limit: int = 30, registry: Registry = register) -> tuple[list[RoadmapItem], int]:
    """Resident products that cannot be arranged online everywhere, most residents without first.

    Until the portal records how often residents reach the fallback for a product, the rank is
    the number of residents (sum of municipality populations) with no online option for it.
    Ties keep the catalogue's order. Returns the first `limit` items and the total count.
    """
    total_population = Municipality.objects.aggregate(total=Sum("population"))["total"] or 0
    total_municipalities = Municipality.objects.count()
    covering: dict[str, list[ServiceModule]] = {}
    for module in registry:
        for uri in module.descriptor.products:
            covering.setdefault(uri, []).append(module)
    enabled_rows = ModuleActivation.all_municipalities.filter(
        enabled=True, identifier__in=[m.identifier for m in registry]
    ).values_list("identifier", "municipality_id", "municipality__population")
    served: dict[str, dict[int, int]] = {}  # identifier -> municipality -> population
    for identifier, municipality_id, population in enabled_rows:
        served.setdefault(identifier, {})[municipality_id] = population
    items = []
    placements = ProductPlacement.objects.select_related("product", "question").order_by("question__order", "position")
    for placement in placements:
        modules = covering.get(placement.product.uri, [])
        online: dict[int, int] = {}
        for module in modules:
            online.update(served.get(module.identifier, {}))
        if len(online) >= total_municipalities and total_municipalities:
            continue
        items.append(
            RoadmapItem(
                placement=placement,
                residents_without=max(total_population - sum(online.values()), 0),
                municipalities_without=total_municipalities - len(online),
                covered_by=modules,
            )
        )
    items.sort(key=lambda item: -item.residents_without)  # stable: ties keep the catalogue order
    return items[:limit], len(items)
