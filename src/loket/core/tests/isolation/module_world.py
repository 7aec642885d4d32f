"""The service modules' cases in the isolation world, made the way people make them: residents
fill in the modules' forms with their own logged-in client, staff ask through the back office.

For municipality M (the next one in the world is N), with its residents A and B:

- verhuizen: A declares a move to B's address, so B (the main occupant) gets a consent task;
  a third resident P of M moves to a free address in N today: the move is recorded at once and
  M gets a departure ("Vertrokken inwoners").
- overlijden: B's partner D (living in M) died in N; B declares it with the doctor's statement,
  so N draws up the death certificate, B gets the checklist and M sees the death elsewhere.
- uittreksels: A orders a BRP extract with address history and pays (development provider):
  a signed PDF with a short code for /verify/.
- back office: a case handler of M asks A for information on one of A's open zaken.
- undertakers: three random companies (KVK numbers) log in as businesses (eHerkenning, through
  the simulator, which puts the same business identity in the session as the eHerkenning plug-in);
  in every municipality two of them (each company in two municipalities) each declare the death
  of a resident of a random municipality, with the doctor's statement (sometimes with a funeral date outside the legal
  window and a reason, so the case waits for the municipality's permission). The case, its
  documents (the statement, the certificate) and the reason belong to the company, in the
  municipality of death.

What a module shows to someone else on purpose is recorded as given: B sees the declarant's
name on the consent page and D's name in the death case; N's staff see D's name, and B's name
and address, in the case B started in N; the municipality of death sees the name of the person
an undertaker declared, and so may the company that declared it.
"""

from __future__ import annotations

import datetime
import random
import re

from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, TestCase
from django.urls import reverse
from django.utils import timezone

from loket.modules.registry import register
from loket.modules.services import activate_module

from .world import PDF, Actor, Owner, World, make_resident

MODULES = ("verhuizen", "overlijden", "uittreksels")
# RvIG test BSNs (eleven-proof) for the third resident P and the deceased partner D.
EXTRA_BSNS = ["999990111", "999990123", "999990135", "999990147", "999990159", "999990172"]
# RvIG-style test BSNs (eleven-proof) for the people the undertakers declare dead.
UNDERTAKER_BSNS = ["999990202", "999990214", "999990226", "999990238", "999990251", "999990263"]
COMPANIES = 3
UUID_IN_PATH = re.compile(r"/([0-9a-f-]{36})/")


def module_zaaktypen() -> list[str]:
    return [i for identifier in MODULES for i in register.get(identifier).zaaktype_identificaties()]


def switch_modules_on(municipalities) -> None:
    for municipality in municipalities:
        for identifier in MODULES:
            activate_module(municipality=municipality, identifier=identifier)


def _uuid_from(location: str) -> str:
    return UUID_IN_PATH.search(location).group(1)


def _log_in(bsn: str) -> Client:
    client = Client()
    response = client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": bsn})
    assert response.status_code == 302, response.status_code
    return client


def _declare_move(client: Client, address, when: datetime.date) -> str:
    """The resident's three screens; the zaak uuid of the declaration."""
    steps = [
        (
            reverse("verhuizen:start"),
            {
                "postcode": address.postcode,
                "huisnummer": address.house_number,
                "verhuisdatum": when.isoformat(),
            },
        ),
        (reverse("verhuizen:meeverhuizers"), {"meeverhuizers": []}),
        (reverse("verhuizen:controleren"), {"verklaring": "on", "email": ""}),
    ]
    for path, data in steps:
        response = client.post(path, data)
        assert response.status_code == 302, (path, response.status_code, response.content[:2000])
    return _uuid_from(response["Location"])


def _moves(
    world: World,
    municipality,
    next_municipality,
    declarant: Client,
    a: str,
    b: str,
    extra: list[str],
) -> None:
    from loket.modules.contrib.verhuizen.models import Declaration

    owner_a = Owner(municipality.pk, a)
    zaak = _declare_move(
        declarant, world.homes[b], timezone.localdate() + datetime.timedelta(days=7)
    )
    world.add_target("verhuizing", zaak, owner_a)
    world.add_target("verhuizen_zaak", zaak, owner_a)
    for consent in Declaration.objects.get(zaak_uuid=zaak).consents.all():
        world.add_target("toestemming", consent.token, Owner(municipality.pk, consent.bsn))
        world.share(consent.bsn, world.names[a])  # the consent page names who wants to move in

    p = extra.pop()
    make_resident(world, municipality, p)
    new_home = world.new_address(next_municipality)
    zaak = _declare_move(_log_in(p), new_home, timezone.localdate())
    # P lives in N now: the case, P's name and the new address are N's.
    world.add_target("verhuizen_zaak", zaak, Owner(next_municipality.pk, p))
    world.move_person(p, next_municipality)
    assert (
        Declaration.objects.get(zaak_uuid=zaak)
        .departures.filter(municipality=municipality)
        .exists()
    )
    world.departures.setdefault(municipality.pk, []).append(next_municipality.name)


def _death(
    world: World, municipality, death_place, relative: Client, b: str, extra: list[str]
) -> None:
    from loket.privacy.actors import Actor as ProcessingActor
    from loket.registry import services as registry

    d = extra.pop()
    make_resident(world, municipality, d, birth_date="19480101")
    registry.register_partnership(
        bsn=d,
        partner_bsn=b,
        started_on=datetime.date(2005, 6, 1),
        actor=ProcessingActor.system("isolatietest"),
        purpose="isolatiewereld opbouwen",
    )
    world.share(b, world.names[d])  # B is D's partner: the death case and the checklist name D
    died = timezone.localdate() - datetime.timedelta(days=1)
    owner = Owner(death_place.pk, b)
    statement = PDF + world.token(owner).encode() + b"\n"
    response = relative.post(
        reverse("overlijden:start"),
        {
            "deceased_bsn": d,
            "relation": "partner",
            "death_date": died.isoformat(),
            "death_time": "08:15",
            "death_municipality": death_place.name,
            "funeral_kind": "cremeren",
            "funeral_date": (died + datetime.timedelta(days=3)).isoformat(),
            "statement": SimpleUploadedFile(
                "verklaring.pdf", statement, content_type="application/pdf"
            ),
        },
    )
    assert response.status_code == 302, response.content[:3000]
    zaak = _uuid_from(response["Location"])
    world.add_target("overlijden", zaak, owner)
    world.add_target("overlijden_zaak", zaak, owner)
    # The municipality of death registers D's death; its case page shows the declarant B from the
    # registry (name and address) next to the case B started there.
    world.give(death_place.pk, [*world.names[d], *world.names[b], world.homes[b].street])
    for document, titel in _documents_of(zaak):
        world.add_target("document", document, owner, zaak=zaak)
        if titel == "Akte van overlijden":
            world.add_target("akte", document, owner, zaak=zaak)


def _extract(world: World, municipality, client: Client, a: str) -> None:
    SignedDocument = apps.get_model("verification", "SignedDocument")
    Order = apps.get_model("payments", "Order")
    response = client.post(
        reverse("uittreksels:start"), {"product": "brp", "variant": "history", "for_whom": "self"}
    )
    assert response.status_code == 302, response.content[:3000]
    order_url = response["Location"]
    checkout = client.post(order_url)
    assert checkout.status_code == 302, checkout.status_code
    back = client.post(checkout["Location"], {"outcome": "paid"})
    assert back.status_code == 302, back.status_code
    assert client.get(back["Location"]).status_code == 200
    order = Order.objects.select_related("fulfilment").get(uuid=_uuid_from(order_url))
    owner = Owner(municipality.pk, a)
    world.add_target("bestelling", order.uuid, owner)
    zaak = order.details["zaak"]
    world.add_target("uittreksels_zaak", zaak, owner)
    signed = SignedDocument.objects.get(code=order.fulfilment.result["code"])
    printed = " ".join(value for _label, value in signed.statements)
    documents = _documents_of(zaak)
    world.add_target(
        "controlecode", signed.code, owner, printed=printed, bsn=a, pdf=_pdf_of(documents[0][0])
    )
    for document, _titel in documents:
        world.add_target("uittreksel", document, owner, zaak=zaak)
        world.add_target("document", document, owner, zaak=zaak)


def _pdf_of(document_uuid: str) -> bytes:
    """The signed extract as the resident downloaded it (the last version's file)."""
    from loket.components.documenten.content import open_content

    Versie = apps.get_model("documenten", "Versie")
    name = (
        Versie.all_municipalities.filter(document__uuid=document_uuid)
        .order_by("-versie")
        .values_list("inhoud", flat=True)[0]
    )
    with open_content(name) as handle:
        return handle.read()


def _documents_of(zaak_uuid: str):
    """The zaak's documents (the links name them by URL)."""
    ZaakInformatieObject = apps.get_model("zaken", "ZaakInformatieObject")
    Document = apps.get_model("documenten", "EnkelvoudigInformatieObject")
    urls = ZaakInformatieObject.all_municipalities.filter(zaak__uuid=zaak_uuid).values_list(
        "informatieobject", flat=True
    )
    uuids = [url.rstrip("/").rsplit("/", 1)[-1] for url in urls]
    Versie = apps.get_model("documenten", "Versie")
    titles = dict(
        Versie.all_municipalities.filter(document__uuid__in=uuids).values_list(
            "document__uuid", "titel"
        )
    )
    return [
        (str(uuid), titles.get(uuid, ""))
        for uuid in Document.all_municipalities.filter(uuid__in=uuids).values_list(
            "uuid", flat=True
        )
    ]


def _ask_information(world: World, municipality, handler: Client, a: str) -> None:
    open_zaak = next(
        t
        for t in world.targets["zaak"]
        if t.owner == Owner(municipality.pk, a) and t.extra.get("open")
    )
    question = world.token(Owner(municipality.pk, a))
    response = handler.post(
        reverse("backoffice:case-ask", args=[open_zaak.uuid]),
        {
            "vraag": f"Stuur ons uw huurcontract {question}.",
            "antwoord_voor": (timezone.localdate() + datetime.timedelta(days=14)).isoformat(),
        },
    )
    assert response.status_code in (200, 302), response.status_code
    world.add_target("informatieverzoek", open_zaak.uuid, open_zaak.owner)


def _log_in_business(kvk: str) -> Client:
    """A company's browser logged in with eHerkenning (the simulator's business login)."""
    client = Client()
    response = client.post(reverse("authentication:simulator"), {"kind": "business", "kvk": kvk})
    assert response.status_code == 302, response.status_code
    return client


def _undertaker_death(
    world: World, client: Client, kvk: str, death_place, home, d: str, *, permission: bool
) -> None:
    """The company declares the death of D (living in `home`) in `death_place`, statement included."""
    make_resident(world, home, d, birth_date="19450101")
    died = timezone.localdate() - datetime.timedelta(days=1)
    owner = Owner(death_place.pk, kvk=kvk)
    data = {
        "deceased_bsn": d,
        "death_date": died.isoformat(),
        "death_time": "06:40",
        "death_municipality": death_place.name,
        "funeral_kind": "begraven",
        "funeral_date": (died + datetime.timedelta(days=3)).isoformat(),
        "statement": SimpleUploadedFile(
            "verklaring.pdf",
            PDF + world.token(owner).encode() + b"\n",
            content_type="application/pdf",
        ),
    }
    if permission:
        data["funeral_date"] = (died + datetime.timedelta(days=30)).isoformat()
        data["permission_reason"] = f"Familie komt uit het buitenland {world.token(owner)}"
    response = client.post(reverse("overlijden:start"), data)
    assert response.status_code == 302, response.content[:3000]
    zaak = _uuid_from(response["Location"])
    Zaak = apps.get_model("zaken", "Zaak")
    identificatie = Zaak.all_municipalities.values_list("identificatie", flat=True).get(uuid=zaak)
    world.case_numbers[kvk].add((identificatie, death_place.name))
    for kind in ("overlijden", "overlijden_zaak"):
        world.add_target(kind, zaak, owner)
    world.add_target("zaak", zaak, owner, identificatie=identificatie, open=False)
    # The case is named after the deceased: the municipality of death sees the name, and the
    # company that declared the death may see it back in its own case.
    world.give(death_place.pk, world.names[d])
    world.share(kvk, world.names[d])
    for document, titel in _documents_of(zaak):
        world.add_target("document", document, owner, zaak=zaak)
        if titel == "Akte van overlijden":
            world.add_target("akte", document, owner, zaak=zaak)


def _undertakers(world: World, rng: random.Random) -> None:
    kvks = [str(number) for number in rng.sample(range(10**7, 10**8), COMPANIES)]
    deceased = list(UNDERTAKER_BSNS)
    clients = {}
    for kvk in kvks:
        clients[kvk] = _log_in_business(kvk)
        world.case_numbers[kvk] = set()
        world.actors.append(
            Actor("undertaker", None, f"uitvaartondernemer KVK {kvk}", clients[kvk], kvk=kvk)
        )
    # Two companies in every municipality, every company in two of them (in a random order), so
    # every company's cases lie next to another company's in the same municipality.
    order = rng.sample(kvks, len(kvks))
    for index, death_place in enumerate(world.municipalities):
        for kvk in (order[index % len(order)], order[(index + 1) % len(order)]):
            home = rng.choice(world.municipalities)
            _undertaker_death(
                world,
                clients[kvk],
                kvk,
                death_place,
                home,
                deceased.pop(),
                permission=rng.random() < 0.3,
            )


def _deliver_resident_messages() -> None:
    """The outbox's resident messages into the inboxes (the callbacks of abonnementen are not sent)."""
    from loket.notifications.delivery import run_once
    from loket.notifications.models import OutboxMessage

    for pk in OutboxMessage.objects.filter(kind="resident").values_list("pk", flat=True):
        run_once(worker="isolatiewereld", threads=1, message_id=pk)


def build_module_cases(world: World, residents: dict[int, list[str]], rng: random.Random) -> None:
    municipalities = world.municipalities
    extra = list(EXTRA_BSNS)
    with TestCase.captureOnCommitCallbacks(execute=True):
        for index, municipality in enumerate(municipalities):
            following = municipalities[(index + 1) % len(municipalities)]
            a, b = residents[municipality.pk]
            _moves(world, municipality, following, world.client_of(a), a, b, extra)
            _death(world, municipality, following, world.client_of(b), b, extra)
            _extract(world, municipality, world.client_of(a), a)
            _ask_information(world, municipality, world.handler_of(municipality), a)
        _undertakers(world, rng)
    _deliver_resident_messages()
