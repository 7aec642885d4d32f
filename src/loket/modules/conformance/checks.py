"""The kit's checks. Each raises `ConformanceError` with a sentence that says what to fix."""

from __future__ import annotations

import re
from contextlib import contextmanager
from html.parser import HTMLParser

from django.apps import apps
from django.core.management import call_command
from django.db import connection
from django.forms import BaseForm
from django.urls import reverse
from django.utils.module_loading import import_string

from loket.components import facade as zgw
from loket.components.catalogi.models import StatusType, ZaakType
from loket.components.zaken.models import Rol, Status, Zaak
from loket.privacy.models import ProcessingRecord
from loket.privacy.subjects import subject_reference

from ..base import ServiceModule
from ..services import activate_module, deactivate_module
from ..validation import catalogue_problems, descriptor_problems
from .world import World


class ConformanceError(AssertionError):
    pass


def _fail(module: ServiceModule | str, what: str, problems: list[str] | str) -> None:
    identifier = module if isinstance(module, str) else module.identifier
    if isinstance(problems, str):
        problems = [problems]
    raise ConformanceError(f"Module {identifier!r} fails the conformance kit: {what}:\n- " + "\n- ".join(problems))


# -- 1. the descriptor -----------------------------------------------------------------------


def check_descriptor(module: ServiceModule) -> None:
    problems = descriptor_problems(module)
    if problems:
        _fail(getattr(getattr(module, "descriptor", None), "identifier", type(module).__name__), "invalid descriptor", problems)


def check_catalogue(module: ServiceModule) -> None:
    Product = apps.get_model("catalogue", "Product")
    if not Product.objects.exists():
        call_command("loaddata", "upl_products", "catalogue", verbosity=0)
    problems = catalogue_problems(module)
    if problems:
        _fail(module, "the catalogue does not know what the module serves", problems)


# -- 2. installing and uninstalling ----------------------------------------------------------------


def check_install_uninstall(world: World) -> None:
    module, fresh = world.module, world.fresh
    problems = []
    activate_module(municipality=fresh, identifier=module.identifier)
    activate_module(municipality=fresh, identifier=module.identifier)  # again: nothing new
    for definition in module.descriptor.zaaktypen:
        versions = ZaakType.all_municipalities.filter(municipality=fresh, identificatie=definition.identificatie)
        zaaktype = zgw.zaaktype_for(fresh, definition.identificatie)
        if zaaktype is None or zaaktype.concept:
            problems.append(f"zaaktype {definition.identificatie} is not published after switching the module on")
            continue
        if versions.count() != 1:
            problems.append(f"switching on twice made {versions.count()} versions of {definition.identificatie}")
        statustypen = StatusType.all_municipalities.filter(zaaktype=zaaktype).count()
        if statustypen != len(definition.statustypen):
            problems.append(f"{definition.identificatie} has {statustypen} statustypen, the definition {len(definition.statustypen)}")
    deactivate_module(municipality=fresh, identifier=module.identifier)
    for definition in module.descriptor.zaaktypen:
        if zgw.zaaktype_for(fresh, definition.identificatie) is not None:
            problems.append(f"zaaktype {definition.identificatie} still takes new cases after switching the module off")
        if not ZaakType.all_municipalities.filter(municipality=fresh, identificatie=definition.identificatie).exists():
            problems.append(f"switching off deleted zaaktype {definition.identificatie}; it must stay (cases stay readable)")
    activate_module(municipality=fresh, identifier=module.identifier)
    for definition in module.descriptor.zaaktypen:
        if zgw.zaaktype_for(fresh, definition.identificatie) is None:
            problems.append(f"zaaktype {definition.identificatie} takes no cases after switching the module on again")
    if problems:
        _fail(module, "its zaaktypen do not install and uninstall cleanly", problems)


# -- 3. the resident flow renders a usable form ----------------------------------------------


class _FormAudit(HTMLParser):
    def __init__(self):
        super().__init__()
        self.forms = []  # method of each form
        self.controls = []  # (tag, id, name, type)
        self.labels = set()
        self.in_fieldset_with_legend = 0
        self.fieldset_depth = 0
        self.fieldset_controls = set()
        self.legends = 0
        self.has_h1 = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append((a.get("method") or "get").lower())
        elif tag == "label" and a.get("for"):
            self.labels.add(a["for"])
        elif tag == "h1":
            self.has_h1 = True
        elif tag in ("input", "select", "textarea"):
            kind = (a.get("type") or "text").lower() if tag == "input" else tag
            if kind not in ("hidden", "submit", "button"):
                self.controls.append((tag, a.get("id"), a.get("name"), kind, a.get("aria-label")))


def _html(response) -> str:
    return response.content.decode(response.charset or "utf-8")


def check_resident_form(world: World) -> None:
    module = world.module
    client = world.resident_client(world.home)
    response = client.get(world.entry_url())
    if response.status_code != 200:
        _fail(module, "the resident entry point does not render", f"GET {world.entry_url()} answered {response.status_code}")
    audit = _FormAudit()
    audit.feed(_html(response))
    problems = []
    if "post" not in audit.forms:
        problems.append("the entry page has no <form method=post>")
    if "csrfmiddlewaretoken" not in _html(response):
        problems.append("the form has no CSRF token ({% csrf_token %})")
    if not audit.has_h1:
        problems.append("the page has no <h1>")
    if not audit.controls:
        problems.append("the form has no fields")
    for tag, control_id, name, _kind, aria_label in audit.controls:
        if not (control_id and control_id in audit.labels) and not aria_label:
            problems.append(f"field {name!r} ({tag}) has no <label for=…>")
    missing = sorted(set(module.descriptor.examples.valid) - {c[2] for c in audit.controls})
    if missing:
        problems.append(f"examples.valid names fields the form does not have: {', '.join(missing)}")
    if problems:
        _fail(module, "its resident form is not usable by everyone", problems)


# -- 4. the happy path makes a well-formed zaak ---------------------------------------------------


def _zaken(municipality):
    return Zaak.all_municipalities.filter(municipality=municipality)


def post_valid(world: World, client, municipality, *, follow: bool = False):
    """POST the valid example as that municipality's resident. A module with more than one screen
    before the zaak names a function in descriptor.extra["conformance_submit"]: (client, world,
    municipality) -> the last response; with `follow` the kit follows its redirect."""
    submit = world.module.descriptor.extra.get("conformance_submit")
    if not submit:
        return client.post(world.entry_url(), dict(world.module.descriptor.examples.valid), follow=follow)
    response = import_string(submit)(client, world, municipality)
    if follow and response.status_code in (301, 302, 303):
        return client.get(response["Location"], follow=True)
    return response


def submit_valid(world: World, municipality) -> tuple[Zaak, str]:
    """POST the module's valid example as that municipality's resident: (the new zaak, the page after)."""
    module = world.module
    client = world.resident_client(municipality)
    before = set(_zaken(municipality).values_list("pk", flat=True))
    response = post_valid(world, client, municipality)
    new = _zaken(municipality).exclude(pk__in=before)
    if response.status_code not in (301, 302, 303) or new.count() != 1:
        errors = _form_errors(response)
        _fail(
            module,
            "submitting examples.valid did not make exactly one zaak and redirect",
            [f"answer {response.status_code}, {new.count()} new zaken", *(f"form error on {name}: {'; '.join(map(str, msgs))}" for name, msgs in errors.items())],
        )
    return new.get(), response["Location"]


def check_happy_path(world: World) -> None:
    module = world.module
    zaak, _ = submit_valid(world, world.home)
    bsn = world.residents[world.home.code]
    problems = []
    identificaties = module.zaaktype_identificaties()
    if zaak.zaaktype.identificatie not in identificaties:
        problems.append(f"the zaak's zaaktype {zaak.zaaktype.identificatie} is not one of the module's")
    if zaak.zaaktype.municipality_id != world.home.pk or zaak.bronorganisatie != world.home.rsin:
        problems.append("the zaak is not in the resident's own municipality's catalogus")
    initiators = Rol.all_municipalities.filter(zaak=zaak, omschrijving_generiek="initiator")
    if [r.inp_bsn for r in initiators] != [bsn]:
        problems.append("the zaak needs exactly one initiator rol with the resident's BSN")
    first = StatusType.all_municipalities.filter(zaaktype=zaak.zaaktype).order_by("volgnummer").first()
    statussen = list(Status.all_municipalities.filter(zaak=zaak).order_by("datum_status_gezet", "pk"))
    if not statussen or statussen[0].statustype_id != first.pk:
        problems.append(f"the zaak has no first status ({first.omschrijving!r}); use modules.facades.start_zaak")
    expected = zaak.startdatum + zaak.zaaktype.doorlooptijd
    if zaak.uiterlijke_einddatum_afdoening != expected:
        problems.append(
            f"uiterlijke_einddatum_afdoening is {zaak.uiterlijke_einddatum_afdoening}, expected startdatum + "
            f"doorlooptijd = {expected}"
        )
    if problems:
        _fail(module, "its happy path does not make a well-formed zaak", problems)


# -- 5. bad input is refused, nothing stored ------------------------------------------------------


def _form_errors(response) -> dict:
    found = {}
    for context in response.context or []:
        for value in context.flatten().values() if hasattr(context, "flatten") else []:
            if isinstance(value, BaseForm) and value.is_bound and value.errors:
                found.update({name: list(errors) for name, errors in value.errors.items()})
    return found


def _counts() -> tuple[int, int, int]:
    return Zaak.all_municipalities.count(), Rol.all_municipalities.count(), Status.all_municipalities.count()


def check_bad_input(world: World) -> None:
    module = world.module
    examples = module.descriptor.examples
    client = world.resident_client(world.home)
    before = _counts()
    response = client.post(world.entry_url(), dict(examples.invalid))
    problems = []
    if response.status_code in (301, 302, 303):
        problems.append("examples.invalid was accepted (the form redirected)")
    if _counts() != before:
        problems.append("examples.invalid stored something (zaken, rollen or statussen changed)")
    errors = _form_errors(response)
    for name in examples.invalid_fields:
        if name not in errors:
            problems.append(f"no error shown for field {name!r}")
        else:
            html = _html(response)
            shown = [e for e in errors[name] if str(e) in html or str(e).replace("'", "&#x27;") in html]
            if not shown:
                problems.append(f"the error for field {name!r} is not on the page")
    if problems:
        _fail(module, "bad input is not refused clearly", problems)


# -- 6. every personal-data read is in the processing log ----------------------------------------


PERSONAL_DATA_APPS = ("registry",)  # the tables whose reads need a processing-log row
BSN_LIKE = re.compile(r"^\d{9}$")


@contextmanager
def _watch_personal_reads():
    tables = {
        model._meta.db_table
        for label in PERSONAL_DATA_APPS
        if apps.is_installed(f"loket.{label}")
        for model in apps.get_app_config(label).get_models()
    }
    seen = {"reads": 0, "bsns": set()}

    def wrapper(execute, sql, params, many, context):
        if sql.lstrip().upper().startswith("SELECT") and any(f'"{t}"' in sql or f" {t} " in sql for t in tables):
            seen["reads"] += 1
            for value in params or ():
                if isinstance(value, str) and BSN_LIKE.match(value):
                    seen["bsns"].add(value)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(wrapper):
        yield seen


def check_processing_log(world: World) -> None:
    module = world.module
    client = world.resident_client(world.home)
    problems = []
    steps = [
        ("GET the entry point", lambda: client.get(world.entry_url())),
        ("POST examples.invalid", lambda: client.post(world.entry_url(), dict(module.descriptor.examples.invalid))),
        ("POST examples.valid", lambda: post_valid(world, client, world.home, follow=True)),
    ]
    for what, step in steps:
        last = ProcessingRecord.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        with _watch_personal_reads() as seen:
            step()
        logged = set(ProcessingRecord.objects.filter(pk__gt=last).values_list("subject_ref", flat=True))
        if seen["reads"] and not logged:
            problems.append(f"{what}: {seen['reads']} registry reads, no processing-log row")
        for bsn in sorted(seen["bsns"]):
            if subject_reference(bsn) not in logged:
                problems.append(f"{what}: a person was read from the registry by BSN without a processing-log row")
    if problems:
        _fail(module, "personal data is read without a processing-log row", problems)


# -- 7. it cannot see another municipality's data -------------------------------------------------


def check_isolation(world: World) -> None:
    module = world.module
    own, own_page = submit_valid(world, world.home)
    foreign, foreign_page = submit_valid(world, world.other)
    problems = []

    # Zaak numbers are per municipality, so the same number may be an own zaak; the uuid is unique.
    own_numbers = set(_zaken(world.home).values_list("identificatie", flat=True))

    def leaks(response, zaak) -> bool:
        if response.status_code != 200:
            return False
        html = _html(response)
        return str(zaak.uuid) in html or (zaak.identificatie in html and zaak.identificatie not in own_numbers)

    resident = world.resident_client(world.home)
    if leaks(resident.get(foreign_page), foreign):
        problems.append(f"a resident of {world.home.name} sees the page of a zaak in {world.other.name}")
    if leaks(resident.get(world.entry_url()), foreign):
        problems.append(f"the entry page shows a zaak of {world.other.name}")
    if resident.get(own_page).status_code != 200:
        problems.append("the resident cannot open the page they were sent to after submitting")
    staff = world.staff_client(world.home)
    for task in module.descriptor.staff_tasks:
        name = f"{module.staff_namespace}:{task.url_name}"
        if task.takes_zaak:
            if leaks(staff.get(reverse(name, kwargs={"zaak_uuid": foreign.uuid})), foreign):
                problems.append(f"staff task {task.url_name!r} shows a zaak of another municipality")
            if staff.get(reverse(name, kwargs={"zaak_uuid": own.uuid})).status_code != 200:
                problems.append(f"staff task {task.url_name!r} does not show the municipality's own zaak")
        elif leaks(staff.get(reverse(name)), foreign):
            problems.append(f"staff task {task.url_name!r} lists a zaak of another municipality")
    if problems:
        _fail(module, "it shows data of another municipality", problems)


__all__ = [
    "ConformanceError",
    "check_bad_input",
    "check_catalogue",
    "check_descriptor",
    "check_happy_path",
    "check_install_uninstall",
    "check_isolation",
    "check_processing_log",
    "check_resident_form",
    "submit_valid",
]
