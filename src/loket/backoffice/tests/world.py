"""A move that needs an address investigation in Rotterdam, built with the verhuizen module's own
flow: an Eindhoven family (two adults and a child) moves to an occupied Coolsingel address where
Rotterdam investigates above two adults; the main occupant consents, the case goes to review."""

from __future__ import annotations

from django.urls import reverse

from loket.accounts.constants import StaffRole
from loket.accounts.models import User
from loket.modules import services as module_services
from loket.modules.contrib.verhuizen.models import Declaration, State
from loket.modules.contrib.verhuizen.tests.test_flow import declare
from loket.modules.contrib.verhuizen.tests.world import DECLARANT, OCCUPANT, build_world, log_in

VERHUIZEN = "LOKET-VERHUIZEN"


def build_move_in_review(client):
    """(world, declaration): the move waits for a case handler in Rotterdam."""
    world = build_world()
    module_services.update_options(
        municipality=world.rotterdam, identifier="verhuizen", options={"intro_text": "", "max_adults": 2, "consent_days": 14}
    )
    log_in(client, DECLARANT)
    declare(client)
    declaration = Declaration.objects.get()
    log_in(client, OCCUPANT)
    client.post(reverse("verhuizen:toestemming", args=[declaration.consents.get().token]), {"antwoord": "ja"})
    client.logout()
    declaration.refresh_from_db()
    assert declaration.state == State.REVIEW and "Adresonderzoek" in declaration.review_reason
    return world, declaration


def handler(municipality, username: str, zaaktypen=(VERHUIZEN,), **extra) -> User:
    return User.objects.create_user(
        username, password="een-lang-genoeg-wachtwoord", municipality=municipality, role=StaffRole.CASE_HANDLER, zaaktypen=list(zaaktypen), **extra
    )


def administrator(municipality, username: str) -> User:
    return User.objects.create_user(
        username, password="een-lang-genoeg-wachtwoord", municipality=municipality, role=StaffRole.FUNCTIONAL_ADMINISTRATOR
    )
