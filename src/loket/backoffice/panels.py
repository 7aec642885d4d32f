"""Modules' task panels on the case page (the `case_panel` of their descriptor)."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpResponse
from django.urls import reverse
from django.utils.module_loading import import_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from loket.modules.base import ServiceModule
from loket.modules.registry import register
from loket.modules.selectors import enabled_options


@dataclass(frozen=True)
class RenderedPanel:
    title: str
    html: str
    decides: bool


def module_of(zaak) -> ServiceModule | None:
    identificatie = zaak.zaaktype.identificatie
    return next((m for m in register if identificatie in m.zaaktype_identificaties()), None)


def panel_title(module: ServiceModule) -> str:
    panel = module.descriptor.case_panel
    english = (get_language() or "nl").startswith("en")
    return panel.title_en if english and panel.title_en else panel.title_nl


def call_panel(request, zaak) -> tuple[ServiceModule | None, str | HttpResponse | None]:
    """The panel's answer for this request (GET: its HTML; POST: a redirect or its HTML with errors)."""
    module = module_of(zaak)
    if module is None or module.descriptor.case_panel is None:
        return module, None
    request.service_module = module
    options = enabled_options(zaak.municipality, module.identifier)
    request.module_options = options if options is not None else module.default_options()
    request.case_url = reverse("backoffice:case", args=[zaak.uuid])
    request.panel_url = reverse("backoffice:case-panel", args=[zaak.uuid])
    return module, import_string(module.descriptor.case_panel.view)(request, zaak)


def rendered(module: ServiceModule | None, answer) -> RenderedPanel | None:
    if module is None or answer is None or isinstance(answer, HttpResponse):
        return None
    # The module renders its fragment with Django templates (autoescaped), like its own pages.
    return RenderedPanel(panel_title(module), mark_safe(answer), module.descriptor.case_panel.decides)  # noqa: S308
