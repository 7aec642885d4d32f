"""A small world for the move tests: an Eindhoven family (declarant, partner, child of 8, an
adult housemate) and an occupied address in Rotterdam with its main occupant."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.core.management import call_command
from django.urls import reverse

from loket.modules import services as module_services
from loket.registry.constants import RelationshipKind
from loket.registry.models import Address, Relationship
from loket.registry.tests.factories import make_address, make_person, make_residence
from loket.tenancy.demo_rsin import demo_rsin
from loket.tenancy.models import Municipality

DECLARANT, PARTNER, CHILD, HOUSEMATE, OCCUPANT, OTHER = (
    "999990019", "999990020", "999990032", "999990044", "999990056", "999990068",
)
EINDHOVEN, ROTTERDAM = "0772", "0599"
NEW_POSTCODE, NEW_NUMBER = "3011AB", 12
FREE_POSTCODE, FREE_NUMBER = "3011AC", 5


@dataclass
class MoveWorld:
    eindhoven: Municipality
    rotterdam: Municipality
    home: Address
    occupied: Address
    free: Address


def _relate(person, other, kind):
    Relationship.objects.create(
        person=person, kind=kind, related_person=other, bsn=other.bsn, first_names=other.first_names,
        surname=other.surname, birth_date=other.birth_date,
    )


def years_ago(years: int) -> str:
    today = datetime.date.today()
    return f"{today.year - years}0101"


def build_world(*, modules_in=(EINDHOVEN, ROTTERDAM)) -> MoveWorld:
    if not Municipality.objects.filter(code=EINDHOVEN).exists():
        call_command("loaddata", "municipalities", verbosity=0)
    eindhoven, rotterdam = Municipality.objects.get(code=EINDHOVEN), Municipality.objects.get(code=ROTTERDAM)
    for municipality in (eindhoven, rotterdam):
        municipality.rsin = demo_rsin(municipality.code)
        municipality.save(update_fields=["rsin"])
        if municipality.code in modules_in:
            module_services.activate_module(municipality=municipality, identifier="verhuizen")
    home = make_address(eindhoven, street="Stratumseind", postcode="5611ET", house_number=3)
    occupied = make_address(rotterdam, street="Coolsingel", postcode=NEW_POSTCODE, house_number=NEW_NUMBER)
    free = make_address(rotterdam, street="Coolsingel", postcode=FREE_POSTCODE, house_number=FREE_NUMBER)
    declarant = make_person(DECLARANT, first_names="Daan", surname="Smits", birth_date="19850301")
    partner = make_person(PARTNER, first_names="Fleur", surname="Bakker", birth_date="19870601")
    child = make_person(CHILD, first_names="Noor", surname="Smits", birth_date=years_ago(8))
    housemate = make_person(HOUSEMATE, first_names="Karel", surname="Visser", birth_date="19600101")
    occupant = make_person(OCCUPANT, first_names="Ria", surname="de Groot", birth_date="19700101")
    for person in (declarant, partner, child, housemate):
        make_residence(person, home, valid_from="20150101")
    make_residence(occupant, occupied, valid_from="20000101")
    _relate(declarant, partner, RelationshipKind.PARTNER)
    _relate(partner, declarant, RelationshipKind.PARTNER)
    _relate(declarant, child, RelationshipKind.CHILD)
    return MoveWorld(eindhoven, rotterdam, home, occupied, free)


def log_in(client, bsn: str):
    client.logout()
    response = client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": bsn})
    assert response.status_code == 302
    return client
