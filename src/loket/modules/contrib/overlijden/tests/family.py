"""Fixtures: a married resident of Utrecht with an adult and a young child, Amsterdam and Utrecht
with the module switched on, and helpers to log in through the simulator."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse

from loket.modules import services as module_services
from loket.privacy.actors import Actor
from loket.registry import services as registry
from loket.registry.constants import RelationshipKind
from loket.registry.models import Relationship
from loket.registry.tests.factories import make_address, make_person, make_residence
from loket.tenancy.demo_rsin import demo_rsin

__all__ = [
    "ADULT_CHILD",
    "DECEASED",
    "KVK",
    "OTHER",
    "PARTNER",
    "YOUNG_CHILD",
    "amsterdam",
    "catalogue",
    "family",
    "log_in_business",
    "log_in_resident",
    "switched_on",
    "valid_post",
]

DECEASED, PARTNER, ADULT_CHILD, YOUNG_CHILD, OTHER, DEAD_ALREADY = (
    "999990019", "999990020", "999990032", "999990044", "999990056", "999990068",
)  # fmt: skip
KVK = "12345678"
SETUP = Actor.system("test")


@pytest.fixture
def amsterdam(municipality_factory):
    return municipality_factory("0363")


@pytest.fixture
def catalogue(db):
    call_command("loaddata", "upl_products", "catalogue", verbosity=0)


@pytest.fixture
def switched_on(db):
    def switch_on(*municipalities):
        for municipality in municipalities:
            municipality.rsin = demo_rsin(municipality.code)
            municipality.save(update_fields=["rsin"])
            module_services.activate_module(municipality=municipality, identifier="overlijden")

    return switch_on


def _child(parent, child):
    Relationship.objects.create(
        person=parent, kind=RelationshipKind.CHILD, related_person=child, bsn=child.bsn,
        first_names=child.first_names, surname=child.surname, birth_date=child.birth_date,
    )
    Relationship.objects.create(
        person=child, kind=RelationshipKind.PARENT, related_person=parent, bsn=parent.bsn,
        first_names=parent.first_names, surname=parent.surname, birth_date=parent.birth_date,
    )


@pytest.fixture
def family(utrecht, amersfoort, amsterdam, catalogue, switched_on):
    """Henk de Boer (Utrecht) married to Ria, who live together; a son of 30 in Amersfoort and a
    daughter of 12 at home. Another resident in Utrecht and one already deceased."""
    switched_on(amsterdam, utrecht)
    home = make_address(utrecht, street="Oudegracht", postcode="3511AB", house_number=12)
    henk = make_person(DECEASED, first_names="Henk", name_prefix="de", surname="Boer", birth_date="19500310")
    ria = make_person(PARTNER, first_names="Ria", surname="Smit", birth_date="19520506")
    young_born = (datetime.date.today() - datetime.timedelta(days=12 * 365)).strftime("%Y%m%d")
    daughter = make_person(YOUNG_CHILD, first_names="Lotte", name_prefix="de", surname="Boer", birth_date=young_born)
    son = make_person(ADULT_CHILD, first_names="Tom", name_prefix="de", surname="Boer", birth_date="19950101")
    for person in (henk, ria, daughter):
        make_residence(person, home)
    make_residence(son, make_address(amersfoort, street="Langestraat", postcode="3811AA"))
    other = make_person(OTHER, first_names="Ans", surname="Visser", birth_date="19600101")
    make_residence(other, make_address(utrecht, street="Nobelstraat", postcode="3512AA"))
    gone = make_person(DEAD_ALREADY, first_names="Piet", surname="Klaassen", birth_date="19400101")
    make_residence(gone, make_address(utrecht, street="Lange Nieuwstraat", postcode="3512PH"))
    registry.register_death(bsn=DEAD_ALREADY, died_on=datetime.date(2024, 5, 1), actor=SETUP, purpose="test")
    registry.register_partnership(
        bsn=DECEASED, partner_bsn=PARTNER, started_on=datetime.date(1975, 6, 1), actor=SETUP, purpose="test"
    )
    _child(henk, son)
    _child(henk, daughter)
    return {"henk": henk, "ria": ria, "son": son, "daughter": daughter}


def log_in_business(client, kvk=KVK):
    response = client.post(reverse("authentication:simulator"), {"kind": "business", "kvk": kvk})
    assert response.status_code == 302


def log_in_resident(client, bsn):
    response = client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": bsn})
    assert response.status_code == 302


def valid_post(**changes):
    """A clean declaration by the undertaker of Henk's death in Amsterdam, yesterday morning."""
    died = datetime.date.today() - datetime.timedelta(days=1)
    data = {
        "deceased_bsn": DECEASED,
        "death_date": died.isoformat(),
        "death_time": "08:15",
        "death_municipality": "Amsterdam",
        "funeral_kind": "cremeren",
        "funeral_date": (died + datetime.timedelta(days=3)).isoformat(),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}
