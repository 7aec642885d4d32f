"""The resident flow through Django's test client: a family moves to an occupied address in
another municipality; consent, automatic approval, recording on the moving date."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from loket.components.zaken.models import Rol, Zaak
from loket.notifications.models import InboxMessage
from loket.registry.facade import municipality_code_of
from loket.registry.models import Residence

from ..actions import run_due
from ..models import Declaration, Departure, State
from .world import (
    CHILD,
    DECLARANT,
    FREE_NUMBER,
    FREE_POSTCODE,
    NEW_NUMBER,
    NEW_POSTCODE,
    OCCUPANT,
    PARTNER,
    log_in,
)

pytestmark = pytest.mark.django_db(transaction=False)


def declare(client, *, postcode=NEW_POSTCODE, number=NEW_NUMBER, when=None, movers=(PARTNER, CHILD), email=""):
    when = when or timezone.localdate() + datetime.timedelta(days=7)
    response = client.post(reverse("verhuizen:start"), {"postcode": postcode, "huisnummer": number, "verhuisdatum": when.isoformat()})
    assert response.status_code == 302, response.context["form"].errors
    response = client.post(reverse("verhuizen:meeverhuizers"), {"meeverhuizers": list(movers)})
    assert response.status_code == 302, response.context["form"].errors
    return client.post(reverse("verhuizen:controleren"), {"verklaring": "on", "email": email})


def deliver():
    from django.core.management import call_command

    call_command("outbox_worker", once=True, verbosity=0)


def test_a_family_moves_to_an_occupied_address_in_another_municipality(client, move_world, django_capture_on_commit_callbacks):
    log_in(client, DECLARANT)
    moving_day = timezone.localdate() + datetime.timedelta(days=7)
    with django_capture_on_commit_callbacks(execute=True):
        response = declare(client, when=moving_day, email="daan@example.nl")
    declaration = Declaration.objects.get()
    assert response["Location"] == reverse("verhuizen:received", args=[declaration.zaak_uuid])
    zaak = Zaak.all_municipalities.get(uuid=declaration.zaak_uuid)
    assert zaak.municipality == move_world.rotterdam
    assert zaak.uiterlijke_einddatum_afdoening == zaak.startdatum + datetime.timedelta(weeks=8)
    rollen = {(r.omschrijving_generiek, r.inp_bsn) for r in Rol.all_municipalities.filter(zaak=zaak)}
    assert rollen == {("initiator", DECLARANT), ("belanghebbende", PARTNER), ("belanghebbende", CHILD)}
    assert declaration.state == State.WAITING_FOR_CONSENT

    # The main occupant sees the request in Mijn Loket and consents.
    log_in(client, OCCUPANT)
    overview = client.get(reverse("portal:mijn-loket")).content.decode()
    assert "iemand wil op uw adres komen wonen" in overview
    consent = declaration.consents.get()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("verhuizen:toestemming", args=[consent.token]), {"antwoord": "ja"})
    declaration.refresh_from_db()
    assert declaration.state == State.APPROVED
    assert "iemand wil op uw adres komen wonen" not in client.get(reverse("portal:mijn-loket")).content.decode()

    # Not before the moving date...
    assert run_due() == {"expired": 0, "recorded": 0}
    # ... and on it: all three in Rotterdam, Eindhoven told, everyone a message.
    with time_machine.travel(moving_day, tick=False), django_capture_on_commit_callbacks(execute=True):
        assert run_due()["recorded"] == 1
    for bsn in (DECLARANT, PARTNER, CHILD):
        assert municipality_code_of(bsn) == "0599"
        assert Residence.all_municipalities.get(person__bsn=bsn, valid_until="").address == move_world.occupied
    departure = Departure.objects.get()
    assert (departure.municipality, departure.persons) == (move_world.eindhoven, 3)
    deliver()
    assert set(InboxMessage.objects.filter(subject="Uw nieuwe adres is vastgelegd").values_list("bsn", flat=True)) == {
        DECLARANT, PARTNER, CHILD,
    }
    assert [m.to for m in mail.outbox] == [["daan@example.nl"]]  # only the declarant gave one
    zaak.refresh_from_db()
    assert zaak.einddatum is not None


def test_a_clean_move_to_a_free_address_is_recorded_at_once_when_the_day_has_come(client, move_world):
    log_in(client, DECLARANT)
    declare(client, postcode=FREE_POSTCODE, number=FREE_NUMBER, when=timezone.localdate(), movers=(PARTNER,))
    declaration = Declaration.objects.get()
    assert declaration.state == State.RECORDED
    assert municipality_code_of(DECLARANT) == municipality_code_of(PARTNER) == "0599"
    assert municipality_code_of(CHILD) == "0772"


def test_a_late_declaration_is_accepted_flagged_and_recorded_from_the_day_received(client, move_world):
    log_in(client, DECLARANT)
    declare(client, postcode=FREE_POSTCODE, number=FREE_NUMBER, when=timezone.localdate() - datetime.timedelta(days=20), movers=())
    declaration = Declaration.objects.get()
    assert declaration.is_late and declaration.state == State.RECORDED
    assert Residence.all_municipalities.get(person__bsn=DECLARANT, valid_until="").valid_from == timezone.localdate().strftime("%Y%m%d")


def test_without_consent_in_time_the_case_goes_to_staff(client, move_world):
    log_in(client, DECLARANT)
    declare(client)
    assert run_due(timezone.localdate() + datetime.timedelta(days=15))["expired"] == 1
    declaration = Declaration.objects.get()
    assert declaration.state == State.REVIEW
    assert "toestemming" in declaration.review_reason


def test_the_main_occupant_says_no_and_staff_decide_with_a_reason_the_resident_reads(client, move_world, django_capture_on_commit_callbacks):
    from loket.accounts.constants import StaffRole
    from loket.accounts.models import User

    log_in(client, DECLARANT)
    declare(client)
    declaration = Declaration.objects.get()
    log_in(client, OCCUPANT)
    client.post(reverse("verhuizen:toestemming", args=[declaration.consents.get().token]), {"antwoord": "nee"})
    declaration.refresh_from_db()
    assert declaration.state == State.REVIEW

    staff = User.objects.create(username="rdam", municipality=move_world.rotterdam, role=StaffRole.CASE_HANDLER)
    client.force_login(staff)
    url = reverse("verhuizen-staff:detail", args=[declaration.zaak_uuid])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"besluit": "weigeren", "reden": "De hoofdbewoner kent u niet."})
    assert response.status_code == 302
    declaration.refresh_from_db()
    assert declaration.state == State.REFUSED
    deliver()
    message = InboxMessage.objects.get(bsn=DECLARANT, subject__startswith="Uw verhuizing naar")
    assert "De hoofdbewoner kent u niet." in message.body
