"""Fixtures for the question, search and contact-request tests (made available by conftest.py)."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse

from loket.modules import services as module_services
from loket.registry.tests.factories import make_address, make_person, make_residence
from loket.tenancy.demo_rsin import demo_rsin

__all__ = ["catalogue_loaded", "demo_on", "fresh_cache", "resident_of", "with_rsin"]

UTRECHT_RESIDENT = "999990019"
ROTTERDAM_RESIDENT = "999990020"
DEMO_CODES = ("0344", "0599", "0772", "0307")  # Utrecht, Rotterdam, Eindhoven, Amersfoort


@pytest.fixture(scope="module")
def catalogue_loaded(django_db_setup, django_db_blocker):
    """The committed catalogue (13 questions, 430 products), loaded once per module, removed after."""
    from loket.catalogue.models import LifeEventQuestion, Product

    with django_db_blocker.unblock():
        call_command("loaddata", "upl_products", "catalogue", verbosity=0)
        yield
        Product.objects.all().delete()
        LifeEventQuestion.objects.all().delete()


@pytest.fixture
def fresh_cache():
    """The contact-request limit counts in the cache; every test starts from zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def with_rsin():
    def give(municipality):
        municipality.rsin = demo_rsin(municipality.code)
        municipality.save(update_fields=["rsin"])
        return municipality

    return give


@pytest.fixture
def demo_on(with_rsin):
    """Switch the demo module on in a municipality (its zaaktype needs an RSIN)."""

    def switch_on(municipality):
        with_rsin(municipality)
        module_services.activate_module(municipality=municipality, identifier="demo")
        return municipality

    return switch_on


@pytest.fixture
def resident_of():
    """A registry person living in the municipality: `resident_of(utrecht, UTRECHT_RESIDENT)`."""

    def make(municipality, bsn, *, postcode="3511AB", first_names="Sanne", surname="de Vries"):
        person = make_person(bsn, first_names=first_names, surname=surname)
        make_residence(person, make_address(municipality, postcode=postcode))
        return person

    return make


def log_in(client, bsn):
    response = client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": bsn})
    assert response.status_code == 302
