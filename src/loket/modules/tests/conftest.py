import pytest
from django.core.management import call_command

from loket.tenancy.demo_rsin import demo_rsin


@pytest.fixture
def catalogue(db):
    call_command("loaddata", "upl_products", "catalogue", verbosity=0)


@pytest.fixture
def with_rsin():
    def give(municipality):
        municipality.rsin = demo_rsin(municipality.code)
        municipality.save(update_fields=["rsin"])
        return municipality

    return give
