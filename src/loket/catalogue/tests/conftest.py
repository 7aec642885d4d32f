import pytest
from django.core.management import call_command


@pytest.fixture(scope="module")
def catalogue(django_db_setup, django_db_blocker):
    """The committed catalogue, loaded once per test module and removed afterwards."""
    from loket.catalogue.models import LifeEventQuestion, Product

    with django_db_blocker.unblock():
        call_command("loaddata", "upl_products", "catalogue", verbosity=0)
        yield
        Product.objects.all().delete()
        LifeEventQuestion.objects.all().delete()
