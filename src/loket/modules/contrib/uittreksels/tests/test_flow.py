"""The resident's order, from the form to the signed PDF in Mijn documenten (Django test client)."""

from django.urls import reverse

from loket.components.documenten.models import EnkelvoudigInformatieObject
from loket.notifications.models import OutboxMessage
from loket.payments.models import Fulfilment, Order
from loket.privacy.models import ProcessingRecord
from loket.verification.models import SignedDocument

from .support import add_relative, code_of, order_and_pay


def test_a_paid_extract_with_address_history_lands_in_mijn_documenten(world):
    client = world.resident_client(world.home)
    _order_url, page = order_and_pay(client)
    html = page.content.decode()
    assert "Uw document staat klaar" in html
    code = code_of(html)
    assert SignedDocument.objects.get().code == code
    documents = client.get(reverse("portal:mijn-documenten")).content.decode()
    assert "met adreshistorie" in documents
    bsn = world.residents[world.home.code]
    notices = [m.payload for m in OutboxMessage.objects.filter(kind="resident")]
    assert [n["subject"] for n in notices if n["bsn"] == bsn] == ["Uw document staat klaar: Uittreksel Basisregistratie Personen (BRP) met adreshistorie"]
    assert ProcessingRecord.objects.filter(action_name="Gegevens voor een uittreksel met adreshistorie").count() == 1


def test_the_fee_comes_from_the_municipality_and_aktes_have_the_national_fee(world):
    client = world.resident_client(world.home)
    response = client.post(reverse("uittreksels:start"), {"product": "brp", "variant": "current", "for_whom": "self"})
    assert "€ 16,00" in client.get(response["Location"]).content.decode()
    response = client.post(reverse("uittreksels:start"), {"product": "geboorteakte", "variant": "international", "for_whom": "self"})
    assert "€ 15,25" in client.get(response["Location"]).content.decode()


def test_a_variant_the_product_does_not_have_is_refused_next_to_the_field(world):
    client = world.resident_client(world.home)
    response = client.post(reverse("uittreksels:start"), {"product": "brp", "variant": "international", "for_whom": "self"})
    assert response.status_code == 200
    assert "Dit document is er alleen zo" in response.content.decode()
    assert Order.objects.count() == 0


def test_failed_and_cancelled_payments_make_no_document_and_may_be_tried_again(world):
    client = world.resident_client(world.home)
    order_url, page = order_and_pay(client, outcome="failed")
    assert "Betaling niet gelukt" in page.content.decode()
    _url, page = order_and_pay(client, outcome="canceled")
    assert "Betaling niet gelukt" in page.content.decode()
    assert SignedDocument.objects.count() == 0 and EnkelvoudigInformatieObject.all_municipalities.count() == 0
    assert Fulfilment.objects.count() == 0
    retry = client.post(order_url)  # the first order, paid now
    client.post(retry["Location"], {"outcome": "paid"}, follow=True)
    assert SignedDocument.objects.count() == 1


def test_a_parent_may_order_for_a_child_under_18_but_not_for_an_adult_child(world):
    bsn = world.residents[world.home.code]
    add_relative(bsn, "999990032", kind="child", birth_date="20150301", first="Jonge")
    add_relative(bsn, "999990044", kind="child", birth_date="19990301", first="Oudere")
    client = world.resident_client(world.home)
    form = client.get(reverse("uittreksels:start")).content.decode()
    assert "Jonge" in form and "999990032" not in form  # tokens, never BSNs, in the page
    tokens = dict(__import__("re").findall(r'value="(r\d)"[^>]*>\s*<label[^>]*>([^<(]+)', form))
    young = next(t for t, name in tokens.items() if "Jonge" in name)
    old = next(t for t, name in tokens.items() if "Oudere" in name)
    refused = client.post(reverse("uittreksels:start"), {"product": "brp", "variant": "current", "for_whom": old})
    assert refused.status_code == 200 and "18 jaar of ouder" in refused.content.decode()
    assert Order.objects.count() == 0
    order_and_pay(client, data={"product": "geboorteakte", "variant": "nl", "for_whom": young})
    assert SignedDocument.objects.get().statements[0][1].startswith("Jonge")


def test_a_death_certificate_only_for_a_deceased_relative(world):
    bsn = world.residents[world.home.code]
    add_relative(bsn, "999990056", kind="parent", birth_date="19400101", first="Vader", death_date="20240105")
    client = world.resident_client(world.home)
    form = client.get(reverse("uittreksels:start")).content.decode()
    token = __import__("re").search(r'value="(r\d)"', form).group(1)
    refused = client.post(reverse("uittreksels:start"), {"product": "brp", "variant": "current", "for_whom": token})
    assert "Voor uw ouder of partner mag u dit niet" in refused.content.decode()
    order_and_pay(client, data={"product": "akte_overlijden", "variant": "nl", "for_whom": token})
    assert SignedDocument.objects.get().title == "Uittreksel akte van overlijden"


def test_another_residents_order_is_not_found(world):
    client = world.resident_client(world.home)
    order_url, _page = order_and_pay(client, outcome="failed")
    other = world.resident_client(world.other)
    assert other.get(order_url).status_code == 404
