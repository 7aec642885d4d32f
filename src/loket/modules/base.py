"""What a service module is: a `ServiceModule` subclass with one typed `Descriptor`.

Everything the platform needs to know about a module is in its descriptor, as data, so it can
be checked when the process starts (checks.py), shown on the public menu and tested by the
conformance kit without running the module. A module looks like this (see contrib/demo/):

    from loket.modules.base import Builder, Descriptor, Examples, ServiceModule
    from loket.modules.registry import register

    @register
    class MeldingModule(ServiceModule):
        descriptor = Descriptor(identifier="melding", ...)

Service modules import only the core facades (core/layers.py, MODULE_FACADES); this file and
modules.facades are the part of the framework they see.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .constants import CoreRequirement, Maturity

if TYPE_CHECKING:
    from django import forms

    from loket.components.catalogi.definitions import ZaaktypeDefinition


@dataclass(frozen=True)
class Builder:
    """Who built and maintains the module: a municipality (by CBS code) or a supplier (by name)."""

    municipality_code: str = ""
    supplier: str = ""

    @classmethod
    def municipality(cls, code: str) -> Builder:
        return cls(municipality_code=code)

    @classmethod
    def company(cls, name: str) -> Builder:
        return cls(supplier=name)


@dataclass(frozen=True)
class StaffTask:
    """A staff page of the module, a URL name in its `staff_urls`.

    `takes_zaak`: the URL has a `zaak_uuid` argument (the kit checks another municipality's
    zaak is never shown there).
    """

    url_name: str
    title_nl: str
    title_en: str
    takes_zaak: bool = False


@dataclass(frozen=True)
class CasePanel:
    """A module's task panel on the back office's case page (/medewerker/zaken/<uuid>/).

    `view`: dotted path of `view(request, zaak) -> str | HttpResponse`. On GET it returns the
    panel's HTML (a fragment: no <h1>, headings from <h3>). Its forms post to
    `request.panel_url`; on POST it acts and returns a redirect (to `request.case_url`), or the
    fragment again with the form's errors. The back office has already checked that the staff
    member may handle this zaak, and sets `request.service_module` and `request.module_options`.
    `decides`: the panel takes the decision (the back office then offers no generic decide/close).
    """

    view: str
    title_nl: str
    title_en: str = ""
    decides: bool = False


@dataclass(frozen=True)
class MessageTemplate:
    """A message to the resident, in Django template syntax (context: zaak, module, options)."""

    key: str
    subject_nl: str
    body_nl: str
    subject_en: str = ""
    body_en: str = ""


@dataclass(frozen=True)
class Examples:
    """Input for the conformance kit: the resident form's POST data.

    `valid` must create a zaak; `invalid` must be refused with an error on each of
    `invalid_fields`, and store nothing.
    """

    valid: Mapping[str, Any]
    invalid: Mapping[str, Any]
    invalid_fields: Sequence[str]


@dataclass(frozen=True)
class Descriptor:
    identifier: str
    title_nl: str
    title_en: str
    version: str
    maturity: Maturity | str
    builder: Builder
    summary_nl: str
    summary_en: str
    questions: Sequence[str]  # life-event question slugs (catalogue)
    products: Sequence[str]  # UPL URIs (catalogue)
    zaaktypen: Sequence[ZaaktypeDefinition]
    resident_urls: str  # dotted path of the URLconf of the resident flow
    examples: Examples
    options_form: type[forms.BaseForm] | None = None  # per-municipality options (fees, texts)
    requires: frozenset[CoreRequirement | str] = frozenset()
    entry_url_name: str = "start"
    staff_urls: str = ""  # dotted path of the URLconf of the staff pages, if any
    staff_tasks: Sequence[StaffTask] = ()
    case_panel: CasePanel | None = None  # the module's part of the back office's case page
    messages: Sequence[MessageTemplate] = ()
    documentation_url: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)


class ServiceModule:
    """Base class of every service module. Subclasses set `descriptor`; the rest is shared."""

    descriptor: Descriptor

    @property
    def identifier(self) -> str:
        return self.descriptor.identifier

    @property
    def staff_namespace(self) -> str:
        return f"{self.identifier}-staff"

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.identifier!r}>"

    # -- titles in the active language ---------------------------------------------------
    def title(self) -> str:
        from django.utils.translation import get_language

        english = (get_language() or "nl").startswith("en")
        return self.descriptor.title_en if english and self.descriptor.title_en else self.descriptor.title_nl

    def summary(self) -> str:
        from django.utils.translation import get_language

        english = (get_language() or "nl").startswith("en")
        return self.descriptor.summary_en if english and self.descriptor.summary_en else self.descriptor.summary_nl

    # -- URLs --------------------------------------------------------------------------------
    def entry_url(self) -> str:
        from django.urls import reverse

        return reverse(f"{self.identifier}:{self.descriptor.entry_url_name}")

    # -- options -------------------------------------------------------------------------------
    def options_form(self, data=None, initial=None):
        """The options form, bound to `data` or showing `initial`; None if the module has none."""
        form_class = self.descriptor.options_form
        if form_class is None:
            return None
        return form_class(data=data, initial=initial, prefix="options")

    def default_options(self) -> dict:
        """The options a module starts with: the initial values of its options form."""
        form_class = self.descriptor.options_form
        if form_class is None:
            return {}
        form = form_class()
        return {name: form.get_initial_for_field(f, name) for name, f in form.fields.items()}

    def zaaktype_identificaties(self) -> list[str]:
        return [definition.identificatie for definition in self.descriptor.zaaktypen]

    def message(self, key: str) -> MessageTemplate | None:
        return next((m for m in self.descriptor.messages if m.key == key), None)


def _describe(form) -> None:
    """Link every field to its hint and error texts, for screen readers (WCAG 1.3.1, 3.3.1)."""
    for name, form_field in form.fields.items():
        bound = form[name]
        ids = []
        if form_field.help_text:
            ids.append(f"{bound.auto_id}_hint")
        if form.is_bound and name in form.errors:
            ids.append(f"{bound.auto_id}_error")
            form_field.widget.attrs["aria-invalid"] = "true"
        if ids:
            form_field.widget.attrs["aria-describedby"] = " ".join(ids)


def accessible_form(form_class):
    """Class decorator for a module's forms: hints and errors are announced with their field.

    Use with the template `modules/_form_fields.html`, which renders the matching ids.
    """
    original = form_class.full_clean

    def full_clean(self):
        original(self)
        _describe(self)

    original_init = form_class.__init__

    def __init__(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        _describe(self)

    form_class.full_clean = full_clean
    form_class.__init__ = __init__
    return form_class
