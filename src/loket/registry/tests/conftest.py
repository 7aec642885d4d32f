import pytest
from django.core.management import call_command


@pytest.fixture
def test_persons(db):
    """The municipalities, BRP tables and all RvIG test persons, as `loket load_demo_data` loads them."""
    call_command("loaddata", "municipalities", "brp_tables", verbosity=0)
    call_command("load_test_persons", verbosity=0)
