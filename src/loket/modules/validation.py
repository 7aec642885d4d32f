"""Everything wrong with a module's descriptor, as readable sentences.

`descriptor_problems` needs no database (used by the system checks at start-up and by the
kit); `catalogue_problems` asks the catalogue whether the questions and UPL products exist.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from importlib import import_module

from django import forms
from django.template import Template, TemplateSyntaxError
from django.urls import URLPattern, URLResolver

from loket.catalogue import facade as catalogue
from loket.components.catalogi.definitions import ZaaktypeDefinition

from .base import Builder, Descriptor, Examples, ServiceModule
from .constants import IDENTIFIER_MAX_LENGTH, IDENTIFIER_PATTERN, CoreRequirement, Maturity

VERSION_PATTERN = re.compile(r"^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$")
MUNICIPALITY_CODE = re.compile(r"^\d{4}$")


def identifier_problems(identifier) -> list[str]:
    if not isinstance(identifier, str) or not IDENTIFIER_PATTERN.match(identifier):
        return [f"identifier {identifier!r} must be kebab-case: lower-case letters, digits and hyphens"]
    if len(identifier) > IDENTIFIER_MAX_LENGTH:
        return [f"identifier {identifier!r} is longer than {IDENTIFIER_MAX_LENGTH} characters"]
    return []


def descriptor_problems(module: ServiceModule) -> list[str]:
    d = getattr(module, "descriptor", None)
    if not isinstance(d, Descriptor):
        return [f"{type(module).__name__} has no `descriptor` (a loket.modules.base.Descriptor)"]
    problems = identifier_problems(d.identifier)
    for name in ("title_nl", "title_en", "summary_nl", "summary_en"):
        if not isinstance(getattr(d, name), str) or not getattr(d, name).strip():
            problems.append(f"{name} is empty")
    if not isinstance(d.version, str) or not VERSION_PATTERN.match(d.version):
        problems.append(f"version {d.version!r} is not a semantic version such as 1.0.0")
    if d.maturity not in Maturity.values:
        problems.append(f"maturity {d.maturity!r} is not one of {', '.join(Maturity.values)}")
    problems += _builder_problems(d.builder)
    if not d.questions:
        problems.append("questions is empty: name the life-event question(s) the module serves")
    if not d.products:
        problems.append("products is empty: name the UPL product(s) the module covers")
    for uri in d.products:
        if not isinstance(uri, str) or not uri.startswith(("http://", "https://")):
            problems.append(f"product {uri!r} is not a UPL URI (http://standaarden.overheid.nl/owms/terms/…)")
    unknown = sorted(set(map(str, d.requires)) - set(CoreRequirement.values))
    if unknown:
        problems.append(f"requires names unknown core services: {', '.join(unknown)}")
    problems += _zaaktype_problems(d)
    problems += _options_problems(module)
    problems += _url_problems(d)
    problems += _message_problems(d)
    problems += _example_problems(d.examples)
    return problems


def _builder_problems(builder) -> list[str]:
    if not isinstance(builder, Builder):
        return ["builder must be a Builder: Builder.municipality('0344') or Builder.company('Name')"]
    if bool(builder.municipality_code) == bool(builder.supplier):
        return ["builder names either a municipality code or a supplier, exactly one"]
    if builder.municipality_code and not MUNICIPALITY_CODE.match(builder.municipality_code):
        return [f"builder municipality code {builder.municipality_code!r} is not four digits"]
    return []


def _zaaktype_problems(d: Descriptor) -> list[str]:
    if not d.zaaktypen:
        return ["zaaktypen is empty: a module installs at least one zaaktype"]
    problems = []
    seen = set()
    for definition in d.zaaktypen:
        if not isinstance(definition, ZaaktypeDefinition):
            problems.append(f"zaaktype {definition!r} is not a ZaaktypeDefinition")
            continue
        name = definition.identificatie
        if name in seen:
            problems.append(f"zaaktype {name}: identificatie occurs twice")
        seen.add(name)
        for param in definition.problems():
            problems.append(f"zaaktype {name}: {param.name}: {param.reason}")
        if not any(r.omschrijving_generiek == "initiator" for r in definition.roltypen):
            problems.append(f"zaaktype {name}: no roltype with omschrijving_generiek 'initiator'")
    return problems


def _options_problems(module: ServiceModule) -> list[str]:
    form_class = module.descriptor.options_form
    if form_class is None:
        return []
    if not (isinstance(form_class, type) and issubclass(form_class, forms.BaseForm)):
        return ["options_form must be a Django form class"]
    form = module.options_form(data=_as_post(module.default_options()))
    if not form.is_valid():
        return [f"options_form: the initial values are not valid options: {form.errors.as_text()}"]
    return []


def _as_post(values: Mapping) -> dict:
    data = {}
    for key, value in values.items():
        if value is None or value is False:
            continue
        data[f"options-{key}"] = "on" if value is True else value
    return data


def _names(patterns) -> set[str]:
    names = set()
    for pattern in patterns:
        if isinstance(pattern, URLPattern) and pattern.name:
            names.add(pattern.name)
        elif isinstance(pattern, URLResolver) and not pattern.namespace:
            names |= _names(pattern.url_patterns)
    return names


def _urlconf_names(path: str, what: str) -> tuple[set[str], list[str]]:
    try:
        urlconf = import_module(path)
    except ImportError as error:
        return set(), [f"{what} {path!r} cannot be imported: {error}"]
    patterns = getattr(urlconf, "urlpatterns", None)
    if not isinstance(patterns, list | tuple):
        return set(), [f"{what} {path!r} has no urlpatterns"]
    return _names(patterns), []


def _url_problems(d: Descriptor) -> list[str]:
    names, problems = _urlconf_names(d.resident_urls, "resident_urls")
    if not problems and d.entry_url_name not in names:
        problems.append(f"resident_urls has no URL named {d.entry_url_name!r} (the entry point)")
    if d.staff_tasks and not d.staff_urls:
        problems.append("staff_tasks are declared but staff_urls is empty")
    elif d.staff_urls:
        staff_names, staff_problems = _urlconf_names(d.staff_urls, "staff_urls")
        problems += staff_problems
        for task in d.staff_tasks:
            if not staff_problems and task.url_name not in staff_names:
                problems.append(f"staff task {task.url_name!r} is not a URL name in staff_urls")
    return problems


def _message_problems(d: Descriptor) -> list[str]:
    problems = []
    keys = [m.key for m in d.messages]
    for key in sorted({k for k in keys if keys.count(k) > 1}):
        problems.append(f"message template {key!r} occurs twice")
    for message in d.messages:
        if not message.subject_nl.strip() or not message.body_nl.strip():
            problems.append(f"message template {message.key!r} needs a Dutch subject and body")
        for text in (message.subject_nl, message.body_nl, message.subject_en, message.body_en):
            try:
                Template(text)
            except TemplateSyntaxError as error:
                problems.append(f"message template {message.key!r} does not compile: {error}")
    return problems


def _example_problems(examples) -> list[str]:
    if not isinstance(examples, Examples):
        return ["examples must be an Examples(valid=…, invalid=…, invalid_fields=…) for the conformance kit"]
    problems = []
    if not examples.valid:
        problems.append("examples.valid is empty: give input that makes a zaak")
    if not examples.invalid or not examples.invalid_fields:
        problems.append("examples.invalid and examples.invalid_fields are needed: input the form must refuse")
    return problems


def catalogue_problems(module: ServiceModule) -> list[str]:
    """Unknown life-event questions or UPL products (needs the catalogue loaded)."""
    d = module.descriptor
    problems = []
    missing_products = sorted(set(d.products) - catalogue.known_products(list(d.products)))
    if missing_products:
        problems.append(f"UPL products not in the catalogue: {', '.join(missing_products)}")
    missing_questions = sorted(set(d.questions) - catalogue.known_questions(list(d.questions)))
    if missing_questions:
        problems.append(f"life-event questions not in the catalogue: {', '.join(missing_questions)}")
    return problems


