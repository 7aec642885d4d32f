"""End to end in Chromium: order an extract with address history, pay with the development
provider, get the PDF from Mijn documenten; /verify/ accepts it and rejects a changed copy and a
forged signature. axe-core WCAG 2.1 AA on every page; the PDF is kept in the test artefacts (and
rendered to PNG with pdftoppm where poppler-utils is installed)."""

import base64
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse

from loket.core.tests.browser import SCREENSHOT_DIR, assert_no_axe_violations, screenshot
from loket.modules.conformance.world import build
from loket.modules.registry import register
from loket.verification import signing

pytestmark = pytest.mark.browser
ARTEFACTS = SCREENSHOT_DIR.parent / "uittreksels"


@pytest.fixture
def live_world(transactional_db):
    call_command("loaddata", "upl_products", "catalogue", "municipalities", verbosity=0)
    cache.clear()
    with build(register.get("uittreksels")) as built:
        yield built


def check(page, name):
    assert_no_axe_violations(page)
    assert not page.csp_violations, page.csp_violations
    screenshot(page, f"uittreksels-{name}")


def forged_copy(content: bytes) -> bytes:
    embedded = signing.extract(content)
    fake = Ed25519PrivateKey.generate().sign(b"anything")
    return signing.embed(embedded.body, embedded.key_id, embedded.code, base64.b64encode(fake).decode())


def upload(page, base, content: bytes, name: str):
    page.goto(base + reverse("verification:verify"))
    page.set_input_files("input[name='f-document']", {"name": name, "mimeType": "application/pdf", "buffer": content})
    page.get_by_role("button", name="Bestand controleren").click()
    page.wait_for_load_state()


def keep_pdf(content: bytes) -> None:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    pdf = ARTEFACTS / "uittreksel-brp-met-adreshistorie.pdf"
    pdf.write_bytes(content)
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(ARTEFACTS / "uittreksel")], check=True)  # noqa: S603,S607


def test_order_pay_receive_and_verify(live_world, live_server, new_page):
    base = live_server.url
    bsn = live_world.residents[live_world.home.code]
    page = new_page()
    page.goto(base + reverse("authentication:simulator"))
    page.locator("input[name=bsn]").fill(bsn)
    page.locator("main button[type=submit]").first.click()
    page.wait_for_load_state()

    page.goto(base + reverse("uittreksels:start"))
    check(page, "1-form")
    page.get_by_label("Uittreksel Basisregistratie Personen (BRP)").check()
    page.get_by_label("Met de huidige gegevens en alle adressen waar de persoon woonde").check()
    page.get_by_label("Voor mijzelf").check()
    page.get_by_role("button", name="Verder naar betalen").click()
    page.wait_for_load_state()
    check(page, "2-order")
    assert "€ 16,00" in page.content()
    page.get_by_role("button", name="Betalen").click()
    page.wait_for_load_state()
    check(page, "3-development-checkout")
    assert "geen echte betaling" in page.content()
    page.get_by_label("Betaald").check()
    page.get_by_role("button", name="Verder").click()
    page.wait_for_load_state()
    check(page, "4-ready")
    assert "Uw document staat klaar" in page.content()
    page.get_by_role("link", name="Naar Mijn documenten").click()
    page.wait_for_load_state()
    check(page, "5-mijn-documenten")
    link = page.locator("a[href*='/download/']").first
    response = page.request.get(base + link.get_attribute("href"))
    content = response.body()
    assert response.ok and content.startswith(b"%PDF")
    keep_pdf(content)

    verifier = new_page()  # someone else, not logged in
    verifier.goto(base + reverse("verification:verify"))
    check(verifier, "6-verify")
    upload(verifier, base, content, "origineel.pdf")
    check(verifier, "7-verify-authentic")
    assert "Echt en niet veranderd" in verifier.content()
    assert "Woonde van" in verifier.content()  # the address history it states

    changed = bytearray(content)
    changed[len(changed) // 2] ^= 0x01
    upload(verifier, base, bytes(changed), "gewijzigd.pdf")
    check(verifier, "8-verify-changed")
    assert "Niet echt of veranderd" in verifier.content()

    upload(verifier, base, forged_copy(content), "vervalst.pdf")
    assert "Niet echt of veranderd" in verifier.content()
    assert Path(ARTEFACTS / "uittreksel-brp-met-adreshistorie.pdf").exists()
