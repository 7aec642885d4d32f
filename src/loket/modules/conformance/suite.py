"""The kit as pytest tests, over the fixture `conformance_identifier`.

`pytest --loket-conformance <identifier>` runs this file for the named module(s) (the plugin
in src/loket_conformance);
Loket's own suite runs it for every in-tree module (modules/tests/test_conformance.py).
"""


import pytest

from loket.core.tests.browser import assert_no_axe_violations, screenshot

from . import checks, world
from .browser import browser, new_page

__all__ = [
    "browser",
    "conformance_module",
    "conformance_world",
    "new_page",
    "test_bad_input_is_refused_and_nothing_is_stored",
    "test_it_cannot_see_another_municipalitys_data",
    "test_its_happy_path_makes_a_well_formed_zaak",
    "test_its_resident_flow_renders_a_usable_form",
    "test_its_resident_flow_has_no_axe_violations",
    "test_its_upl_products_and_questions_exist",
    "test_its_zaaktypen_install_and_uninstall_cleanly",
    "test_the_descriptor_is_valid",
    "test_every_personal_data_read_is_in_the_processing_log",
]


def _run(check, *args):
    try:
        check(*args)
    except checks.ConformanceError as error:
        pytest.fail(str(error), pytrace=False)


@pytest.fixture
def conformance_module(conformance_identifier):
    from loket.modules.registry import register

    module = register.get(conformance_identifier)
    if module is None:
        installed = ", ".join(m.identifier for m in register) or "none"
        pytest.fail(
            f"No module {conformance_identifier!r} is registered (installed: {installed}). Is its entry point in "
            "the `loket.modules` group, its package installed and its identifier allowed?",
            pytrace=False,
        )
    return module


@pytest.fixture
def conformance_world(db, conformance_module):
    _run(checks.check_descriptor, conformance_module)
    with world.build(conformance_module) as built:
        yield built


def test_the_descriptor_is_valid(conformance_module):
    _run(checks.check_descriptor, conformance_module)


@pytest.mark.django_db
def test_its_upl_products_and_questions_exist(conformance_module):
    _run(checks.check_catalogue, conformance_module)


def test_its_zaaktypen_install_and_uninstall_cleanly(conformance_world):
    _run(checks.check_install_uninstall, conformance_world)


def test_its_resident_flow_renders_a_usable_form(conformance_world):
    _run(checks.check_resident_form, conformance_world)


def test_its_happy_path_makes_a_well_formed_zaak(conformance_world):
    _run(checks.check_happy_path, conformance_world)


def test_bad_input_is_refused_and_nothing_is_stored(conformance_world):
    _run(checks.check_bad_input, conformance_world)


def test_every_personal_data_read_is_in_the_processing_log(conformance_world):
    _run(checks.check_processing_log, conformance_world)


def test_it_cannot_see_another_municipalitys_data(conformance_world):
    _run(checks.check_isolation, conformance_world)


@pytest.mark.browser
def test_its_resident_flow_has_no_axe_violations(live_server, new_page, conformance_world):
    """axe-core (WCAG 2.1 AA) on the empty form and on the form with errors, in Chromium.

    Skipped with the reason when Chromium is missing, unless LOKET_REQUIRE_BROWSER=1.
    """
    from django.urls import reverse

    module = conformance_world.module
    page = new_page()
    page.goto(live_server.url + reverse("authentication:simulator"))
    page.locator("input[name=bsn]").fill(conformance_world.residents[conformance_world.home.code])
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state()
    page.goto(live_server.url + conformance_world.entry_url())
    assert page.locator("main form[method=post]").count() >= 1, f"{page.url} shows no form"
    assert_no_axe_violations(page)
    assert not page.csp_violations, page.csp_violations
    screenshot(page, f"module-{module.identifier}-form")
    page.locator("main form[method=post] button[type=submit]").last.click()
    page.wait_for_load_state()
    assert_no_axe_violations(page)
    screenshot(page, f"module-{module.identifier}-form-errors")


