"""Every call writes processing-log rows; a 20-BSN lookup reads in a fixed number of queries."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from loket.privacy.constants import ActorKind
from loket.privacy.models import ProcessingRecord
from loket.privacy.selectors import processing_for_subject
from loket.registry.models import Person

from . import haalcentraal_support
from .haalcentraal_support import LEGAL_BASIS, PURPOSE_DESCRIPTION, SUZANNE

api = haalcentraal_support.api  # a fixture
brp_persons = haalcentraal_support.brp_persons  # a fixture


def test_one_row_per_person_delivered(api):
    api.personen(
        {
            "type": "RaadpleegMetBurgerservicenummer",
            "burgerservicenummer": [SUZANNE],
            "fields": ["naam"],
        },
        headers={"x-verwerking": "Zaakafhandeling@Verhuizing", "x-gebruiker": "medewerker-42"},
    )
    [row] = processing_for_subject(SUZANNE)
    assert row.action == "read"
    assert row.actor_kind == ActorKind.API_CLIENT
    assert row.actor_id == str(api.client.pk)
    assert row.actor_display == "Zaaksysteem (medewerker-42)"
    assert row.purpose == PURPOSE_DESCRIPTION
    assert row.legal_basis == LEGAL_BASIS
    assert row.action_name == "Zaakafhandeling@Verhuizing"
    assert row.object_type == "persoon"
    assert row.municipality.code == "0599"
    assert SUZANNE not in str(vars(row))  # the log holds a keyed hash, never the BSN


def test_a_search_logs_every_person_it_returns(api):
    personen = api.personen(
        {
            "type": "ZoekMetPostcodeEnHuisnummer",
            "postcode": "3077AW",
            "huisnummer": 31,
            "fields": ["burgerservicenummer"],
        }
    )
    rows = ProcessingRecord.objects.filter(actor_id=str(api.client.pk))
    assert rows.count() == len(personen) >= 1
    assert len({row.processing_id for row in rows}) == 1  # one call, one verwerking


def test_a_search_that_finds_nobody_still_leaves_a_row(api):
    assert (
        api.personen(
            {
                "type": "ZoekMetGeslachtsnaamEnGeboortedatum",
                "geslachtsnaam": "Bestaatniet",
                "geboortedatum": "1900-01-01",
                "fields": ["naam"],
            }
        )
        == []
    )
    [row] = ProcessingRecord.objects.filter(actor_id=str(api.client.pk))
    assert (row.object_type, row.subject_ref) == ("zoekvraag", "")


def test_refused_calls_read_nothing_and_log_nothing(api):
    body = {
        "type": "RaadpleegMetBurgerservicenummer",
        "burgerservicenummer": [SUZANNE],
        "fields": ["naam"],
    }
    assert api.post(body, purpose="BRPACT-Anders").status_code == 403
    assert api.post({**body, "fields": ["bestaatNiet"]}).status_code == 400
    assert not ProcessingRecord.objects.exists()


def _queries(api, bsns) -> int:
    with CaptureQueriesContext(connection) as captured:
        personen = api.personen(
            {
                "type": "RaadpleegMetBurgerservicenummer",
                "burgerservicenummer": bsns,
                "fields": [
                    "naam",
                    "geboorte",
                    "verblijfplaats",
                    "nationaliteiten",
                    "partners",
                    "ouders",
                    "kinderen",
                    "adressering",
                    "gemeenteVanInschrijving",
                ],
            }
        )
    assert len(personen) == len(bsns)
    inserts = [q for q in captured if q["sql"].startswith("INSERT")]
    assert len(inserts) == len(bsns)  # the processing-log rows, one per person
    return len(captured) - len(inserts)


def test_twenty_persons_read_in_the_same_number_of_queries_as_one(api):
    """No N+1: reading is a fixed number of queries; only the log rows grow, one INSERT each."""
    bsns = list(
        Person.objects.filter(
            residences__valid_until="",
            death_date="",
            nationalities__isnull=False,
            relationships__isnull=False,
        )
        .exclude(bsn=None)
        .order_by("bsn")
        .values_list("bsn", flat=True)
        .distinct()[:20]
    )
    assert len(bsns) == 20
    one = _queries(api, bsns[:1])
    twenty = _queries(api, bsns)
    # client, purpose, its municipalities, persons, 4 prefetches, 3 code tables (+1 for a municipality
    # newer than table 33), 2 savepoints: the same for 1 person or 20.
    assert twenty <= 14
    assert twenty - one <= 1
