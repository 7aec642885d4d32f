"""Signed documents: the /verify/ page accepts the original and rejects a changed byte, a forged
signature and an unknown code; earlier keys keep verifying after a rotation; attempts are limited."""

import base64
from types import SimpleNamespace

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from loket.tenancy.models import Municipality
from loket.verification import signing
from loket.verification.facade import issue_pdf
from loket.verification.keys import public_bytes

pytestmark = pytest.mark.django_db

DATA = SimpleNamespace(first_names="Eva", surname="de Vries", birth_date="3 maart 1985", birth_place="Utrecht",
                       gender="vrouw", nationalities=["Nederlandse"], civil_status="ongehuwd", partner_name="",
                       address_line1="Kitstraat 1", address_line2="1234 AB UTRECHT", municipality_name="Utrecht",
                       living_here_since="1 januari 2010", addresses=[], parents=[], is_dutch=True)


def raw_key() -> str:
    key = Ed25519PrivateKey.generate()
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    return base64.b64encode(key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())).decode()


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()


def issue():
    municipality, _ = Municipality.objects.get_or_create(
        code="0344", defaults={"name": "Utrecht", "official_name": "Gemeente Utrecht", "province_code": "PV26", "province": "Utrecht"})
    return issue_pdf(template="uittreksels/pdf/document.html",
                     context={"product": "brp", "data": DATA, "variant": "current", "zaak": {"identificatie": "Z-1"}},
                     title="Uittreksel BRP", statements=[("Naam", "Eva de Vries"), ("Geboortedatum", "3 maart 1985")],
                     municipality=municipality, subject_bsn="999990019")


def upload(client, content: bytes):
    return client.post(reverse("verification:verify"), {
        "check": "file", "f-document": SimpleUploadedFile("uittreksel.pdf", content, content_type="application/pdf")})


def test_the_original_file_and_its_code_are_authentic_and_show_what_the_document_states(client):
    issued = issue()
    assert issued.content.startswith(b"%PDF")
    page = upload(client, issued.content).content.decode()
    assert "Echt en niet veranderd" in page and "Eva de Vries" in page and "Utrecht" in page
    by_code = client.get(reverse("verification:verify"), {"code": issued.code.lower().replace("-", " ")})
    assert "Echt en niet veranderd" in by_code.content.decode()
    assert "999990019" not in page  # nothing beyond what the document states


@pytest.mark.parametrize("where", [100, 2000, -200])
def test_a_copy_with_one_changed_byte_is_not_authentic(client, where):
    content = bytearray(issue().content)
    content[where] = (content[where] + 1) % 256
    page = upload(client, bytes(content)).content.decode()
    assert "Niet echt of veranderd" in page and "Eva de Vries" not in page


def test_a_forged_signature_is_not_authentic(client):
    issued = issue()
    embedded = signing.extract(issued.content)
    forger = Ed25519PrivateKey.generate()  # someone else's key, under our key id
    message = signing.message(embedded.key_id, embedded.code, signing.sha256(embedded.body),
                              signing.statements_digest("Uittreksel BRP", [["Naam", "Eva de Vries"], ["Geboortedatum", "3 maart 1985"]]))
    forged = signing.embed(embedded.body, embedded.key_id, embedded.code, base64.b64encode(forger.sign(message)).decode())
    page = upload(client, forged).content.decode()
    assert "Niet echt of veranderd" in page and "Eva de Vries" not in page


def test_a_file_without_a_signature_and_an_unknown_code_are_refused(client):
    assert "Niet echt of veranderd" in upload(client, b"%PDF-1.7\nsomething\n%%EOF\n").content.decode()
    page = client.get(reverse("verification:verify"), {"code": "AAAA-BBBB-CCCC"}).content.decode()
    assert "Onbekende code" in page


def test_documents_signed_with_an_earlier_key_still_verify_after_a_rotation(client):
    old = raw_key()
    with override_settings(LOKET_SIGNING_KEY_ID="2025-01", LOKET_SIGNING_PRIVATE_KEY=old):
        issued = issue()
    old_public = base64.b64encode(public_bytes(Ed25519PrivateKey.from_private_bytes(base64.b64decode(old)).public_key())).decode()
    with override_settings(LOKET_SIGNING_KEY_ID="2026-01", LOKET_SIGNING_PRIVATE_KEY=raw_key(),
                           LOKET_SIGNING_PUBLIC_KEYS=[f"2025-01={old_public}"]):
        assert "Echt en niet veranderd" in upload(client, issued.content).content.decode()
    with override_settings(LOKET_SIGNING_KEY_ID="2026-01", LOKET_SIGNING_PRIVATE_KEY=raw_key()):
        assert "Niet echt of veranderd" in upload(client, issued.content).content.decode()  # key withdrawn


def test_verification_attempts_are_rate_limited(client):
    with override_settings(LOKET_VERIFY_RATE_LIMIT=3):
        answers = [client.get(reverse("verification:verify"), {"code": "AAAA-BBBB-CCCC"}).status_code for _ in range(4)]
    assert answers == [200, 200, 200, 429]


def test_a_successful_check_is_in_the_persons_processing_log(client):
    from loket.privacy.models import ProcessingRecord

    issued = issue()
    client.get(reverse("verification:verify"), {"code": issued.code})
    assert ProcessingRecord.objects.filter(action_name="Document gecontroleerd").count() == 1


def test_production_refuses_the_development_signing_key():
    from loket.verification.checks import check_signing_key

    with override_settings(ENVIRONMENT="production", LOKET_SIGNING_PRIVATE_KEY=""):
        assert [e.id for e in check_signing_key()] == ["loket.verification.E001"]
    with override_settings(ENVIRONMENT="production", LOKET_SIGNING_PRIVATE_KEY=raw_key(), LOKET_SIGNING_KEY_ID="k1"):
        assert check_signing_key() == []
