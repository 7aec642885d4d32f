"""Figures across municipalities for the national coordinator: counts only, no personal data."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone

from loket.components.zaken.models import Zaak
from loket.modules.models import ModuleActivation
from loket.modules.registry import register


@dataclass(frozen=True)
class ModuleFigures:
    title: str
    identifier: str
    municipalities: int
    open_cases: int
    overdue_cases: int
    closed_cases: int


def module_figures() -> list[ModuleFigures]:
    """Per module: how many municipalities have it on, and its cases everywhere. Two queries."""
    today = timezone.localdate()
    activations = dict(
        ModuleActivation.all_municipalities.filter(enabled=True).values("identifier").annotate(n=Count("pk")).values_list("identifier", "n")
    )
    by_zaaktype = {
        row["zaaktype__identificatie"]: row
        for row in Zaak.all_municipalities.values("zaaktype__identificatie").annotate(
            open=Count("pk", filter=Q(einddatum__isnull=True)),
            overdue=Count(
                "pk", filter=Q(einddatum__isnull=True, opschorting_indicatie=False, uiterlijke_einddatum_afdoening__lt=today)
            ),
            closed=Count("pk", filter=Q(einddatum__isnull=False)),
        )
    }
    figures = []
    for module in register:
        rows = [by_zaaktype[i] for i in module.zaaktype_identificaties() if i in by_zaaktype]
        figures.append(
            ModuleFigures(
                title=module.title(),
                identifier=module.identifier,
                municipalities=activations.get(module.identifier, 0),
                open_cases=sum(r["open"] for r in rows),
                overdue_cases=sum(r["overdue"] for r in rows),
                closed_cases=sum(r["closed"] for r in rows),
            )
        )
    return sorted(figures, key=lambda f: (-f.municipalities, f.title))
