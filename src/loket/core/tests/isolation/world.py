"""A world of several municipalities, built once per test, for the isolation properties.

Every municipality gets the same kinds of things: a catalogus with a zaaktype and a besluittype,
residents with zaken (statussen, rollen, a result, documents whose content carries a marker,
besluiten), inbox messages, module cases (demo; verhuizen, overlijden and uittreksels as
module_world.py makes them), staff (a case handler of every zaaktype and a functional
administrator), ZGW applications (one with all autorisaties and several with random autorisaties,
some of them misconfigured to name another municipality's zaaktype), a notification abonnement
and a BRP API client restricted to the municipality. Undertakers (businesses logged in with
eHerkenning, by KVK number) belong to no municipality: each company declares deaths in random
municipalities of the world (module_world.py). One visitor has no session at all.

Markers: every uuid of every tenant-owned row, and a unique token written into every free text
(omschrijving, titel, file content, names, message bodies), map to the municipality that owns
them and, where there is one, to the resident they are about, or to the company (KVK) that made
them. A response that shows a marker of another municipality is a cross-municipality read; a
company's markers are for that company and the municipality its case lives in, never for residents
or another company.
"""

from __future__ import annotations

import datetime
import itertools
import random
import re
import secrets
from dataclasses import dataclass, field

from django.apps import apps
from django.core.management import call_command
from django.test import Client

from loket.accounts.constants import StaffRole
from loket.components import facade as zgw
from loket.components.autorisaties.models import Autorisatie
from loket.components.autorisaties.services import add_autorisatie, create_applicatie
from loket.components.catalogi.models import BesluitType
from loket.components.common import scopes as S
from loket.components.common.constants import Component, Vertrouwelijkheid
from loket.components.notificaties.models import Abonnement
from loket.notifications.models import InboxMessage
from loket.tenancy.context import activate
from loket.tenancy.demo_rsin import demo_rsin
from loket.tenancy.models import Municipality

from .tokens import jwt_for

TOKEN_RE = re.compile(r"LKT[0-9a-f]{12}")
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

# RvIG test BSNs (eleven-proof), two residents per municipality.
BSNS = [
    "999990019",
    "999990020",
    "999990032",
    "999990044",
    "999990056",
    "999990068",
    "999990081",
    "999990093",
]

ZAKEN_ALL = sorted(S.ZAKEN_SCOPES)
DOCUMENTEN_ALL = [
    "documenten.lezen",
    "documenten.aanmaken",
    "documenten.bijwerken",
    "documenten.verwijderen",
    "documenten.lock",
    "audittrails.lezen",
]
BESLUITEN_ALL = [
    "besluiten.lezen",
    "besluiten.aanmaken",
    "besluiten.bijwerken",
    "besluiten.verwijderen",
    "audittrails.lezen",
]
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
_numbers = itertools.count(1)


@dataclass(frozen=True)
class Owner:
    municipality_id: int
    bsn: str | None = None
    kvk: str | None = None  # made by this company (an undertaker's declaration, its documents)


@dataclass
class Actor:
    """Who makes a request: an API application, a resident, a staff member, a BRP client or an
    undertaker (a business logged in with eHerkenning)."""

    kind: str  # "api", "resident", "staff", "brp", "undertaker", "anonymous"
    municipality: Municipality | None  # None: an anonymous visitor or an undertaker (a business)
    label: str
    client: Client
    bsn: str | None = None
    kvk: str | None = None
    headers: dict = field(default_factory=dict)


@dataclass
class Target:
    """One object a request can aim at."""

    kind: str  # "zaak", "rol", "status", "document", "besluit", ...
    uuid: str
    owner: Owner
    extra: dict = field(default_factory=dict)


@dataclass
class World:
    municipalities: list[Municipality]
    seed: int
    actors: list[Actor] = field(default_factory=list)
    targets: dict[str, list[Target]] = field(default_factory=dict)
    markers: dict[str, Owner] = field(default_factory=dict)
    # Markers a municipality was given on purpose: the foreign zaaktypen its misconfigured grants
    # name (the Autorisaties API shows an applicatie's own grants back to it).
    given: dict[int, set[str]] = field(default_factory=dict)
    # Markers a resident (by BSN) or a company (by KVK) was given on purpose: the consent page names
    # who wants to move in; an undertaker's case may name the deceased it declared.
    shared: dict[str, set[str]] = field(default_factory=dict)
    # BSN -> the tokens of the person's name
    names: dict[str, list[str]] = field(default_factory=dict)
    homes: dict = field(default_factory=dict)  # BSN -> Address
    # municipality -> where its residents went
    departures: dict[int, list[str]] = field(default_factory=dict)
    # KVK -> (identificatie, municipality name) of the company's cases
    case_numbers: dict[str, set[tuple[str, str]]] = field(default_factory=dict)

    def actors_of(self, kind: str) -> list[Actor]:
        return [a for a in self.actors if a.kind == kind]

    def add_target(self, kind: str, uuid, owner: Owner, **extra) -> None:
        self.targets.setdefault(kind, []).append(Target(kind, str(uuid), owner, extra))
        self.markers[str(uuid)] = owner

    def token(self, owner: Owner) -> str:
        value = f"LKT{secrets.token_hex(6)}"
        self.markers[value] = owner
        return value

    def may_see(self, actor: Actor, owner: Owner) -> bool:
        """A resident sees what is about them in any municipality (their cases follow them), and
        their municipality's shared things; an undertaker sees only what its own company made, in
        whichever municipality; everyone else sees their own municipality's (a company's case
        too, where it lives)."""
        if actor.kind == "undertaker":
            return owner.kvk is not None and owner.kvk == actor.kvk
        if owner.kvk and actor.kind == "resident":
            return False
        if actor.kind == "resident" and owner.bsn:
            return owner.bsn == actor.bsn
        return actor.municipality is not None and owner.municipality_id == actor.municipality.pk

    def leaks(self, actor: Actor, text: str, request_text: str) -> list[tuple[str, Owner]]:
        """Markers in `text` that `actor` may not see (markers it sent itself are an echo)."""
        found = []
        given = self.given.get(actor.municipality.pk, set()) if actor.municipality else set()
        if actor.bsn or actor.kvk:
            given = given | self.shared.get(actor.bsn or actor.kvk, set())
        for marker in set(UUID_RE.findall(text)) | set(TOKEN_RE.findall(text)):
            owner = self.markers.get(marker)
            if owner is None or marker in request_text or marker in given:
                continue
            if not self.may_see(actor, owner):
                found.append((marker, owner))
        return found

    def share(self, who: str, markers) -> None:
        """Markers shown on purpose to one resident (by BSN) or one company (by KVK number)."""
        self.shared.setdefault(who, set()).update(markers)

    def give(self, municipality_id: int, markers) -> None:
        self.given.setdefault(municipality_id, set()).update(markers)

    def client_of(self, bsn: str) -> Client:
        return next(a.client for a in self.actors if a.kind == "resident" and a.bsn == bsn)

    def handler_of(self, municipality) -> Client:
        return next(
            a.client
            for a in self.actors
            if a.kind == "staff"
            and a.municipality == municipality
            and a.label.endswith(StaffRole.CASE_HANDLER)
        )

    def new_address(self, municipality):
        Address = apps.get_model("registry", "Address")
        return Address.objects.create(
            street=self.token(Owner(municipality.pk)),
            house_number=next(_numbers),
            postcode="1234AB",
            place=municipality.name,
            municipality=municipality,
        )

    def move_person(self, bsn: str, municipality) -> None:
        """After a recorded move the person, and what is about them, belongs to the new municipality."""
        owner = Owner(municipality.pk, bsn)
        for marker in self.names[bsn]:
            self.markers[marker] = owner
        for target in self.targets.get("person", []):
            if target.uuid == bsn:
                target.owner = owner


def _tenant_owned_models():
    return [
        model
        for model in apps.get_models()
        if hasattr(model, "all_municipalities")
        and any(f.name == "uuid" for f in model._meta.fields)
    ]


def _mark_every_tenant_row(world: World) -> None:
    """Every uuid of every tenant-owned row is a marker of its municipality."""
    for model in _tenant_owned_models():
        for uuid, municipality_id in model.all_municipalities.values_list(
            "uuid", "municipality_id"
        ):
            world.markers.setdefault(str(uuid), Owner(municipality_id))


def make_resident(world: World, municipality, bsn: str, *, birth_date: str = "19800101") -> None:
    """A person living at an address of their own in `municipality`; names and street are markers."""
    Person = apps.get_model("registry", "Person")
    Residence = apps.get_model("registry", "Residence")
    owner = Owner(municipality.pk, bsn)
    world.names[bsn] = [world.token(owner), world.token(owner)]
    person = Person.objects.create(
        bsn=bsn, first_names=world.names[bsn][0], surname=world.names[bsn][1], birth_date=birth_date
    )
    address = world.new_address(municipality)
    world.homes[bsn] = address
    with activate(municipality):
        Residence.objects.create(
            person=person,
            address=address,
            valid_from="20100101",
            municipality_code=municipality.code,
        )
    world.add_target("person", bsn, owner)


def _zaaktype(municipality, rng: random.Random):
    from loket.portal.tests.mijn_data import zaaktype_at

    return zaaktype_at(municipality, identificatie=f"ISO-{rng.randrange(10**6)}")


def _besluittype(zaaktype):
    besluittype = BesluitType.all_municipalities.create(
        municipality_id=zaaktype.municipality_id,
        catalogus=zaaktype.catalogus,
        omschrijving="Vergunning verleend",
        begin_geldigheid=datetime.date(2026, 1, 1),
        concept=False,
    )
    with activate(zaaktype.municipality):
        zaaktype.besluittypen.add(besluittype)
    return besluittype


def _zaken_of(world, municipality, zaaktype, besluittype, bsn, rng) -> None:
    owner = Owner(municipality.pk, bsn)
    with activate(municipality):
        for number in range(rng.randint(1, 2)):
            zaak = zgw.start_zaak_for_resident(
                zaaktype, bsn, omschrijving=world.token(owner), toelichting=world.token(owner)
            )
            zaak.refresh_from_db()
            world.add_target(
                "zaak", zaak.uuid, owner, identificatie=zaak.identificatie, open=number == 0
            )
            for rol in zgw.initiators(zaak):
                world.add_target("rol", rol.uuid, owner)
            statustype = zgw.StatusType.all_municipalities.get(zaaktype=zaaktype, volgnummer=2)
            status = zgw.set_status(zaak, statustype, toelichting=world.token(owner))
            world.add_target("status", status.uuid, owner)
            document = zgw.add_document_to_zaak(
                zaak,
                titel=world.token(owner),
                bestandsnaam="brief.pdf",
                content=PDF + world.token(owner).encode() + b"\n",
                vertrouwelijkheidaanduiding=rng.choice(["openbaar", "zaakvertrouwelijk"]),
            )
            world.add_target("document", document.uuid, owner, zaak=str(zaak.uuid))
            besluit = zgw.create_besluit_for_zaak(
                zaak,
                besluittype=besluittype,
                datum=datetime.date(2026, 3, 1),
                ingangsdatum=datetime.date(2026, 3, 2),
                toelichting=world.token(owner),
            )
            world.add_target("besluit", besluit.uuid, owner)
            if number == 1:
                resultaattype = zgw.ResultaatType.all_municipalities.get(zaaktype=zaaktype)
                zgw.close(zaak, resultaattype, toelichting=world.token(owner))
        message = InboxMessage.objects.create(
            bsn=bsn, municipality=municipality, subject=world.token(owner), body=world.token(owner)
        )
        world.add_target("bericht", message.uuid, owner)


def _module_zaken(world, municipality, bsn) -> None:
    from loket.modules.facades import start_zaak
    from loket.modules.registry import register
    from loket.modules.services import activate_module

    owner = Owner(municipality.pk, bsn)
    for identifier in ("demo",):
        module = register.get(identifier)
        activate_module(municipality=municipality, identifier=identifier)
        with activate(municipality):
            zaak = start_zaak(
                module=module,
                municipality=municipality,
                bsn=bsn,
                omschrijving=world.token(owner),
                toelichting=world.token(owner),
            )
        world.add_target("modulezaak", zaak.uuid, owner, module=identifier)


def _applications(world, municipality, zaaktypen, rng) -> None:
    """One application with all autorisaties, and random ones (some name foreign zaaktypen)."""
    own = zaaktypen[municipality.pk]
    for number in range(3):
        alles = number == 0
        client_id = f"iso-{municipality.code}-{number}-{secrets.token_hex(3)}"
        secret = secrets.token_urlsafe(32)
        applicatie = create_applicatie(
            label=f"Isolatie {municipality.code} {number}",
            municipalities=[municipality],
            client_id=client_id,
            secret=secret,
            heeft_alle_autorisaties=alles,
        )
        if not alles:
            add_autorisatie(applicatie, component=Component.ZTC, scopes=[S.CATALOGI_LEZEN])
            add_autorisatie(
                applicatie,
                component=Component.ZRC,
                scopes=rng.sample(ZAKEN_ALL, rng.randint(1, len(ZAKEN_ALL))) + [S.ZAKEN_LEZEN],
                zaaktype=own,
                max_vertrouwelijkheidaanduiding=rng.choice(list(Vertrouwelijkheid)),
            )
            # Misconfigured: a grant naming another municipality's zaaktype (written past the
            # service's check on purpose). The municipality filter must still hold.
            foreign = rng.choice([z for pk, z in zaaktypen.items() if pk != municipality.pk])
            Autorisatie.objects.create(
                applicatie=applicatie,
                component=Component.ZRC,
                scopes=ZAKEN_ALL,
                zaaktype=foreign,
                max_vertrouwelijkheidaanduiding=Vertrouwelijkheid.ZEER_GEHEIM,
            )
            world.given.setdefault(municipality.pk, set()).add(str(foreign.uuid))
            InformatieObjectType = apps.get_model("catalogi", "InformatieObjectType")
            for iot in InformatieObjectType.all_municipalities.filter(catalogus=own.catalogus):
                add_autorisatie(
                    applicatie,
                    component=Component.DRC,
                    scopes=DOCUMENTEN_ALL,
                    informatieobjecttype=iot,
                    max_vertrouwelijkheidaanduiding=rng.choice(list(Vertrouwelijkheid)),
                )
        client = Client(
            HTTP_AUTHORIZATION=f"Bearer {jwt_for(client_id, secret)}",
            HTTP_ACCEPT_CRS="EPSG:4326",
            HTTP_CONTENT_CRS="EPSG:4326",
        )
        world.actors.append(
            Actor("api", municipality, f"{client_id}{' (alles)' if alles else ''}", client)
        )
    abonnement = Abonnement.objects.create(
        callback_url=f"https://ontvanger.example/{world.token(Owner(municipality.pk))}",
        auth="Bearer geheim",
        client_id=f"iso-{municipality.code}-0",
    )
    abonnement.municipalities.set([municipality])
    world.add_target("abonnement", abonnement.uuid, Owner(municipality.pk))


def _brp_client(world, municipality) -> None:
    from loket.registry.api.models import BrpApiClient, BrpApiPurpose
    from loket.registry.api.tokens import hash_token

    token = secrets.token_urlsafe(32)
    client = BrpApiClient.objects.create(
        name=f"brp-{municipality.code}", token_hash=hash_token(token), token_hint=token[:8]
    )
    client.municipalities.set([municipality])
    BrpApiPurpose.objects.create(
        client=client,
        code="BRPACT-AlgemeneTaken",
        description="Afhandelen van zaken",
        legal_basis="Wet BRP art. 3.3",
    )
    world.actors.append(
        Actor(
            "brp",
            municipality,
            client.name,
            Client(
                HTTP_AUTHORIZATION=f"Bearer {token}",
                HTTP_X_DOELBINDING="BRPACT-AlgemeneTaken",
                HTTP_X_VERWERKING="isolatietest",
                HTTP_X_GEBRUIKER="toets",
            ),
        )
    )


def _staff(world, municipality, zaaktypen: list[str]) -> None:
    """A case handler for every zaaktype of the world (back office) and a functional administrator."""
    from django.contrib.auth import get_user_model

    User = get_user_model()
    for role in (StaffRole.CASE_HANDLER, StaffRole.FUNCTIONAL_ADMINISTRATOR):
        user = User.objects.create(
            username=f"iso-{municipality.code}-{role}",
            municipality=municipality,
            role=role,
            is_staff=True,
            zaaktypen=zaaktypen if role == StaffRole.CASE_HANDLER else [],
        )
        client = Client()
        client.force_login(user)
        world.actors.append(Actor("staff", municipality, user.username, client))


def _residents_logged_in(world, municipality, bsns) -> None:
    from django.urls import reverse

    for bsn in bsns:
        client = Client()
        response = client.post(
            reverse("authentication:simulator"), {"kind": "resident", "bsn": bsn}
        )
        assert response.status_code == 302, response.status_code
        world.actors.append(Actor("resident", municipality, f"inwoner {bsn}", client, bsn=bsn))


def build_world(seed: int | None = None, size: int = 3) -> World:
    """`size` random municipalities of the 342, each filled as the module docstring says."""
    from .module_world import build_module_cases, module_zaaktypen, switch_modules_on

    seed = secrets.randbits(32) if seed is None else seed
    rng = random.Random(seed)
    if not Municipality.objects.exists():
        call_command("loaddata", "municipalities", verbosity=0)
    codes = sorted(Municipality.objects.values_list("code", flat=True))
    municipalities = [Municipality.objects.get(code=c) for c in rng.sample(codes, size)]
    world = World(municipalities=municipalities, seed=seed)
    bsns = iter(BSNS)
    zaaktypen, besluittypen, residents = {}, {}, {}
    for municipality in municipalities:
        if not municipality.rsin:
            municipality.rsin = demo_rsin(municipality.code)
            municipality.save(update_fields=["rsin"])
        zaaktypen[municipality.pk] = _zaaktype(municipality, rng)
        besluittypen[municipality.pk] = _besluittype(zaaktypen[municipality.pk])
        residents[municipality.pk] = [next(bsns), next(bsns)]
        world.add_target("zaaktype", zaaktypen[municipality.pk].uuid, Owner(municipality.pk))
        world.add_target("besluittype", besluittypen[municipality.pk].uuid, Owner(municipality.pk))
        world.add_target(
            "catalogus", zaaktypen[municipality.pk].catalogus.uuid, Owner(municipality.pk)
        )
    switch_modules_on(municipalities)
    for municipality in municipalities:
        for bsn in residents[municipality.pk]:
            make_resident(world, municipality, bsn)
            _zaken_of(
                world,
                municipality,
                zaaktypen[municipality.pk],
                besluittypen[municipality.pk],
                bsn,
                rng,
            )
            _module_zaken(world, municipality, bsn)
        _applications(world, municipality, zaaktypen, rng)
        _brp_client(world, municipality)
        _staff(world, municipality, [zaaktypen[municipality.pk].identificatie, *module_zaaktypen()])
        _residents_logged_in(world, municipality, residents[municipality.pk])
    build_module_cases(world, residents, rng)
    _inbox_messages(world)
    world.actors.append(Actor("anonymous", None, "anonieme bezoeker", Client()))
    _mark_every_tenant_row(world)
    _related_targets(world)
    return world


def _inbox_messages(world: World) -> None:
    """Every message in an inbox, also the ones the modules sent, belongs to its resident."""
    known = {t.uuid for t in world.targets.get("bericht", [])}
    for uuid, bsn, municipality_id in InboxMessage.objects.values_list(
        "uuid", "bsn", "municipality_id"
    ):
        if str(uuid) not in known:
            world.add_target("bericht", uuid, Owner(municipality_id, bsn))


def _related_targets(world: World) -> None:
    """Targets found through the rows the services made: zaakinformatieobjecten, audit trails…"""
    ZaakInformatieObject = apps.get_model("zaken", "ZaakInformatieObject")
    for kind, model in (
        ("zaakinformatieobject", ZaakInformatieObject),
        ("resultaat", apps.get_model("zaken", "Resultaat")),
        ("objectinformatieobject", apps.get_model("documenten", "ObjectInformatieObject")),
        ("besluitinformatieobject", apps.get_model("besluiten", "BesluitInformatieObject")),
        ("statustype", apps.get_model("catalogi", "StatusType")),
        ("informatieobjecttype", apps.get_model("catalogi", "InformatieObjectType")),
        ("roltype", apps.get_model("catalogi", "RolType")),
        ("resultaattype", apps.get_model("catalogi", "ResultaatType")),
    ):
        for uuid, municipality_id in model.all_municipalities.values_list(
            "uuid", "municipality_id"
        ):
            world.add_target(kind, uuid, world.markers.get(str(uuid)) or Owner(municipality_id))
