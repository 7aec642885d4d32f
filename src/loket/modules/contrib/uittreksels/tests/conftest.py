import pytest
from django.core.management import call_command

from loket.core.tests.browser import *  # noqa: F403
from loket.modules.conformance.world import build
from loket.modules.registry import register


@pytest.fixture
def world(db):
    call_command("loaddata", "upl_products", "catalogue", verbosity=0)
    with build(register.get("uittreksels")) as built:
        yield built
