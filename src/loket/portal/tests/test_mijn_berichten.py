"""Mijn berichten: the resident's inbox, the unread badge, and only their own messages."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from loket.notifications.facade import send_to_resident
from loket.notifications.models import InboxMessage

from .mijn_data import OTHER, RESIDENT, login, resident_living_in


@pytest.fixture
def resident(utrecht):
    return resident_living_in(utrecht)


def message(bsn=RESIDENT, *, subject="Uw melding is ontvangen", hours_ago=0, read=False, **fields):
    created = timezone.now() - datetime.timedelta(hours=hours_ago)
    return InboxMessage.objects.create(
        bsn=bsn,
        subject=subject,
        body=fields.pop("body", "Dank u wel."),
        created_at=created,
        read_at=created if read else None,
        **fields,
    )


def badge(html: str) -> str:
    nav = html[html.index('class="site-nav"') : html.index("</nav>")]
    if "nav-badge" not in nav:
        return ""
    start = nav.index('class="nav-badge">') + len('class="nav-badge">')
    return nav[start : nav.index("<", start)]


def test_a_message_sent_to_the_resident_arrives_in_mijn_berichten(
    client, resident, utrecht, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send_to_resident(
            bsn=RESIDENT,
            subject="Uw aanvraag is goedgekeurd",
            body="U krijgt de vergunning.",
            municipality_id=utrecht.pk,
        )
    login(client)
    html = client.get(reverse("portal:mijn-berichten")).content.decode()
    assert "Uw aanvraag is goedgekeurd" in html
    assert "Van gemeente Utrecht" in html
    assert badge(html) == "1"


def test_the_inbox_lists_the_residents_messages_newest_first_and_no_one_elses(
    client, resident, utrecht
):
    message(subject="Ouder bericht", hours_ago=5, read=True)
    message(subject="Nieuw bericht", hours_ago=1, municipality=utrecht)
    message(OTHER, subject="Bericht voor de buurman")
    login(client)

    html = client.get(reverse("portal:mijn-berichten")).content.decode()

    assert html.index("Nieuw bericht") < html.index("Ouder bericht")
    assert "Bericht voor de buurman" not in html
    assert "Van Loket" in html and "Van gemeente Utrecht" in html
    assert badge(html) == "1"


def test_opening_a_message_shows_it_and_marks_it_read(client, resident):
    unread = message(subject="Lees mij", body="Eerste regel.\nTweede regel.")
    login(client)
    assert badge(client.get(reverse("portal:mijn-loket")).content.decode()) == "1"

    html = client.get(reverse("portal:mijn-bericht", args=[unread.uuid])).content.decode()

    assert "<h1>Lees mij</h1>" in html
    assert "Eerste regel.<br>Tweede regel." in html
    assert badge(html) == ""
    unread.refresh_from_db()
    assert unread.read_at is not None
    assert badge(client.get(reverse("portal:mijn-berichten")).content.decode()) == ""


def test_someone_elses_message_is_not_found_and_stays_unread(client, resident):
    theirs = message(OTHER, subject="Niet voor u")
    login(client)
    assert client.get(reverse("portal:mijn-bericht", args=[theirs.uuid])).status_code == 404
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_only_safe_links_in_a_message_are_shown(client, resident):
    safe = message(
        subject="Met link", link_url="https://www.utrecht.nl/afval", zaak_url="/mijn-loket/zaken/"
    )
    unsafe = message(
        subject="Rare link", link_url="javascript:alert(1)", zaak_url="//evil.example/"
    )
    login(client)
    html = client.get(reverse("portal:mijn-bericht", args=[safe.uuid])).content.decode()
    assert 'href="https://www.utrecht.nl/afval"' in html and 'href="/mijn-loket/zaken/"' in html
    html = client.get(reverse("portal:mijn-bericht", args=[unsafe.uuid])).content.decode()
    assert "javascript:" not in html and "evil.example" not in html


def test_the_inbox_is_paged(client, resident):
    for n in range(25):
        message(subject=f"Bericht nummer {n:02d}", hours_ago=n, read=True)
    login(client)
    first = client.get(reverse("portal:mijn-berichten")).content.decode()
    second = client.get(reverse("portal:mijn-berichten") + "?pagina=2").content.decode()
    assert "Bericht nummer 00" in first and "Bericht nummer 24" not in first
    assert "Bericht nummer 24" in second and "Pagina 2 van 2" in second


def test_mijn_berichten_needs_a_logged_in_resident(client, db):
    assert client.get(reverse("portal:mijn-berichten")).status_code == 302
