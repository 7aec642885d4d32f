"""Every RvIG test person, with every field, answers as the OpenAPI file of the standard says.

The helper (`haalcentraal_support.assert_matches_contract`) checks every answer of every
test_haalcentraal_* test the same way; this module sweeps the whole test set and each search type.
"""

import re

from loket.registry.api.fields import PERSOON, PERSOON_BEPERKT
from loket.registry.models import Person

from . import haalcentraal_support
from .haalcentraal_support import SUZANNE, contract_problems

api = haalcentraal_support.api  # a fixture
brp_persons = haalcentraal_support.brp_persons  # a fixture


# RvIG's test set holds, on purpose, a few names outside the standard's own name patterns
# ("Rente @ 100%", '"Onbemind"', "Jim ;ook genaamd Kim"). The registry delivers a name as it is
# recorded, never altered, so for those values (and the forms derived from them) a pattern
# mismatch is the source data speaking; everything else about those persons must still match.
NAME_PATHS = (
    "voornamen",
    "geslachtsnaam",
    "voorletters",
    "volledigeNaam",
    "aanhef",
    "naam",
    "gebruikInLopendeTekst",
)
OUTSIDE_NAME_PATTERN = re.compile(r"[^a-zA-Z0-9À-ž \.\-\']")


def _recorded_name_problem(problem) -> bool:
    return (
        problem.keyword == "pattern"
        and problem.where.rsplit("/", 1)[-1] in NAME_PATHS
        and bool(OUTSIDE_NAME_PATTERN.search(str(problem.value)))
    )


def test_every_test_person_with_every_field_matches_the_contract(api):
    bsns = list(Person.objects.exclude(bsn=None).order_by("bsn").values_list("bsn", flat=True))
    assert len(bsns) > 600
    delivered, odd_names = [], 0
    for start in range(0, len(bsns), 20):
        body = {
            "type": "RaadpleegMetBurgerservicenummer",
            "burgerservicenummer": bsns[start : start + 20],
        }
        response = api.post({**body, "fields": list(PERSOON)}, check=False)
        assert response.status_code == 200
        assert not contract_problems({**response.json(), "personen": []}, "PersonenQueryResponse")
        for persoon in response.json()["personen"]:
            problems = contract_problems(persoon, "Persoon")
            assert all(_recorded_name_problem(p) for p in problems), "\n".join(map(str, problems))
            odd_names += bool(problems)
            delivered.append(persoon["burgerservicenummer"])
    assert delivered == bsns  # in the order asked, the deceased too: a lookup by BSN includes them
    assert odd_names <= 10


def test_every_search_answer_matches_the_contract(api):
    common = {"fields": list(PERSOON_BEPERKT), "inclusiefOverledenPersonen": True}
    searches = [
        {
            "type": "ZoekMetGeslachtsnaamEnGeboortedatum",
            "geslachtsnaam": "Moulin",
            "geboortedatum": "1985-12-01",
        },
        {
            "type": "ZoekMetNaamEnGemeenteVanInschrijving",
            "geslachtsnaam": "Moulin",
            "voornamen": "Suzanne",
            "gemeenteVanInschrijving": "0599",
        },
        {"type": "ZoekMetPostcodeEnHuisnummer", "postcode": "3077AW", "huisnummer": 31},
        {
            "type": "ZoekMetStraatHuisnummerEnGemeenteVanInschrijving",
            "straat": "Boterdiep",
            "huisnummer": 31,
            "gemeenteVanInschrijving": "0599",
        },
        {
            "type": "ZoekMetNummeraanduidingIdentificatie",
            "nummeraanduidingIdentificatie": "0599200000219678",
        },
        {
            "type": "ZoekMetAdresseerbaarObjectIdentificatie",
            "adresseerbaarObjectIdentificatie": "0599010000208579",
        },
    ]
    for search in searches:
        personen = api.personen({**search, **common})
        assert any(p.get("burgerservicenummer") == SUZANNE for p in personen), search["type"]


def test_the_contract_check_itself_catches_what_the_file_alone_lets_through():
    """A sanity check of the checker: an undeclared property and an incomplete date are refused."""
    problems = contract_problems(
        {
            "type": "RaadpleegMetBurgerservicenummer",
            "personen": [
                {
                    "bsn": "999993653",
                    "geboorte": {"datum": {"type": "Datum", "langFormaat": "1 mei 2000"}},
                }
            ],
        },
        "PersonenQueryResponse",
    )
    messages = [str(p) for p in problems]
    assert "$/personen/0/bsn: not declared in Persoon" in messages
    assert any("'datum' is a required property" in m for m in messages)
