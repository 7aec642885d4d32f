"""The public menu page in Chromium: WCAG 2.1 AA by axe-core, desktop and 320 px, with screenshots."""

import pytest
from django.core.management import call_command

from loket.core.tests.browser import (
    DESKTOP,
    NARROW,
    assert_no_axe_violations,
    assert_no_horizontal_scroll,
    screenshot,
)
from loket.modules import services
from loket.modules.conformance.browser import browser, new_page  # noqa: F401  (fixtures)
from loket.tenancy.demo_rsin import demo_rsin
from loket.tenancy.models import Municipality

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("viewport", [DESKTOP, NARROW], ids=["desktop", "320px"])
def test_the_menu_page_is_accessible(live_server, new_page, viewport):  # noqa: F811
    call_command("loaddata", "municipalities", "upl_products", "catalogue", verbosity=0)
    for code in ("0344", "0307"):
        municipality = Municipality.objects.get(code=code)
        municipality.rsin = demo_rsin(code)
        municipality.save()
        services.activate_module(municipality=municipality, identifier="demo")
    page = new_page(viewport=viewport)
    page.goto(live_server.url + "/menu/")
    assert page.locator("h1").inner_text() == "Het menu van Loket"
    assert "Amersfoort, Utrecht" in page.locator("main").inner_text()
    assert page.locator("main ol.roadmap > li").count() == 30
    assert_no_axe_violations(page)
    assert_no_horizontal_scroll(page, viewport["width"])
    assert not page.csp_violations, page.csp_violations
    screenshot(page, f"menu-{viewport['width']}")
