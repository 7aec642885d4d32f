"""Bad input, a missing or unknown token, a purpose the client is not registered for: the standard's error bodies."""

import pytest

from . import haalcentraal_support
from .haalcentraal_support import SUZANNE, URL, assert_matches_contract

RAADPLEEG = {
    "type": "RaadpleegMetBurgerservicenummer",
    "burgerservicenummer": [SUZANNE],
    "fields": ["naam"],
}

api = haalcentraal_support.api  # a fixture
brp_persons = haalcentraal_support.brp_persons  # a fixture


def _bad_request(api, body) -> dict:
    response = api.post(body)
    assert response.status_code == 400
    problem = response.json()
    assert problem["instance"].endswith(URL)
    return problem


def test_invalid_bsn(api):
    problem = _bad_request(api, {**RAADPLEEG, "burgerservicenummer": [SUZANNE, "12345678"]})
    assert problem["code"] == "paramsValidation"
    assert problem["title"] == "Een of meerdere parameters zijn niet correct."
    assert problem["invalidParams"] == [
        {
            "type": "https://www.vng.nl/realisatie/api/validaties/pattern",
            "name": "burgerservicenummer",
            "code": "pattern",
            "reason": "Waarde op positie 1 voldoet niet aan patroon, verwacht 9 cijfers.",
        }
    ]
    assert "12345678" not in str(problem)  # a (wrong) BSN is not echoed


def test_more_than_20_bsns(api):
    problem = _bad_request(api, {**RAADPLEEG, "burgerservicenummer": [SUZANNE] * 21})
    assert [(p["name"], p["code"], p["reason"]) for p in problem["invalidParams"]] == [
        ("burgerservicenummer", "maxItems", "Array bevat meer dan 20 items.")
    ]


def test_missing_fields(api):
    body = {k: v for k, v in RAADPLEEG.items() if k != "fields"}
    problem = _bad_request(api, body)
    assert problem["code"] == "paramsCombination"
    assert problem["title"] == "Minimale combinatie van parameters moet worden opgegeven."
    assert [(p["name"], p["code"], p["reason"]) for p in problem["invalidParams"]] == [
        ("fields", "required", "Parameter is verplicht.")
    ]


def test_unknown_field_is_named(api):
    problem = _bad_request(api, {**RAADPLEEG, "fields": ["burgerservicenummer", "anummer"]})
    assert [(p["name"], p["code"], p["reason"]) for p in problem["invalidParams"]] == [
        ("fields", "fields", "Parameter bevat een niet bestaande veldnaam anummer.")
    ]


@pytest.mark.parametrize(
    "path",
    [
        "aNummer",
        "partners.naam.aanduidingNaamgebruik",
        "verblijfplaats",
        "adressering.aanhef",
        "geboorte.plaats",
    ],
)
def test_a_search_may_only_ask_for_persoon_beperkt_fields(api, path):
    body = {
        "type": "ZoekMetGeslachtsnaamEnGeboortedatum",
        "geslachtsnaam": "Moulin",
        "geboortedatum": "1985-12-01",
    }
    problem = _bad_request(api, {**body, "fields": [path]})
    assert (
        problem["invalidParams"][0]["reason"]
        == f"Parameter bevat een niet bestaande veldnaam {path}."
    )


@pytest.mark.parametrize(
    "path", ["geheimhoudingPersoonsgegevens", "inOnderzoek", "naam.inOnderzoek", "rni"]
)
def test_automatically_delivered_fields_may_not_be_asked(api, path):
    problem = _bad_request(api, {**RAADPLEEG, "fields": [path]})
    assert problem["invalidParams"][0]["code"] == "fields"
    assert "automatisch geleverd veld" in problem["invalidParams"][0]["reason"]


@pytest.mark.parametrize(
    ("body", "name", "code"),
    [
        ({**RAADPLEEG, "fields": []}, "fields", "minItems"),
        ({**RAADPLEEG, "fields": "naam,geboorte"}, "fields", "array"),
        ({**RAADPLEEG, "fields": ["naam voornamen"]}, "fields", "pattern"),
        ({**RAADPLEEG, "burgerservicenummer": "999993653"}, "burgerservicenummer", "array"),
        ({**RAADPLEEG, "voornamen": "Suzanne"}, "voornamen", "unknownParam"),
        ({**RAADPLEEG, "gemeenteVanInschrijving": "599"}, "gemeenteVanInschrijving", "pattern"),
        ({**RAADPLEEG, "type": "ZoekMetBsn"}, "type", "value"),
        (
            {
                "type": "ZoekMetGeslachtsnaamEnGeboortedatum",
                "geslachtsnaam": "Mo*",
                "geboortedatum": "1985-12-01",
                "fields": ["naam"],
            },
            "geslachtsnaam",
            "pattern",
        ),
        (
            {
                "type": "ZoekMetGeslachtsnaamEnGeboortedatum",
                "geslachtsnaam": "Moulin",
                "geboortedatum": "1985-02-30",
                "fields": ["naam"],
            },
            "geboortedatum",
            "date",
        ),
        (
            {
                "type": "ZoekMetPostcodeEnHuisnummer",
                "postcode": "3077AW",
                "huisnummer": "31",
                "fields": ["naam"],
            },
            "huisnummer",
            "integer",
        ),
        (
            {
                "type": "ZoekMetPostcodeEnHuisnummer",
                "postcode": "0077AW",
                "huisnummer": 31,
                "fields": ["naam"],
            },
            "postcode",
            "pattern",
        ),
        (
            {
                "type": "ZoekMetStraatHuisnummerEnGemeenteVanInschrijving",
                "straat": "Boter*",
                "huisnummer": 31,
                "gemeenteVanInschrijving": "0599",
                "fields": ["naam"],
            },
            "straat",
            "pattern",
        ),
        (
            {
                "type": "ZoekMetNummeraanduidingIdentificatie",
                "nummeraanduidingIdentificatie": "0" * 16,
                "fields": ["naam"],
            },
            "nummeraanduidingIdentificatie",
            "pattern",
        ),
        (
            {
                "type": "ZoekMetAdresseerbaarObjectIdentificatie",
                "adresseerbaarObjectIdentificatie": "0599010000208579",
                "inclusiefOverledenPersonen": "ja",
                "fields": ["naam"],
            },
            "inclusiefOverledenPersonen",
            "boolean",
        ),
    ],
)
def test_parameters_are_checked_as_the_specification_says(api, body, name, code):
    problem = _bad_request(api, body)
    assert (problem["invalidParams"][0]["name"], problem["invalidParams"][0]["code"]) == (
        name,
        code,
    )


def test_all_problems_are_reported_at_once(api):
    body = {
        **RAADPLEEG,
        "burgerservicenummer": ["1", SUZANNE, "2"],
        "fields": ["naam", "bestaatNiet"],
        "extra": 1,
    }
    problem = _bad_request(api, body)
    assert [(p["name"], p["code"]) for p in problem["invalidParams"]] == [
        ("extra", "unknownParam"),
        ("burgerservicenummer", "pattern"),
        ("burgerservicenummer", "pattern"),
        ("fields", "fields"),
    ]
    assert problem["detail"] == "De foutieve parameter(s) zijn extra, burgerservicenummer, fields."


def test_a_body_that_is_not_json(api):
    response = api.http.post(
        URL,
        "{niet json",
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {api.token}",
        HTTP_X_DOELBINDING="BRPACT-AlgemeneTaken",
    )
    assert response.status_code == 400
    assert_matches_contract(response)


def test_no_token_is_401(api):
    response = api.post(RAADPLEEG, token="")
    assert response.status_code == 401
    assert response.json()["code"] == "authentication"
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_an_unknown_token_is_401(api):
    assert api.post(RAADPLEEG, token="not-a-token").status_code == 401


def test_an_inactive_client_is_401(api):
    api.client.is_active = False
    api.client.save()
    assert api.post(RAADPLEEG).status_code == 401


def test_the_token_also_works_as_an_api_key_header(api):
    response = api.post(RAADPLEEG, token="", headers={"X-Api-Key": api.token})
    assert response.status_code == 200


def test_a_purpose_the_client_is_not_registered_for_is_403(api):
    response = api.post(RAADPLEEG, purpose="BRPACT-Belastingen")
    assert response.status_code == 403
    assert response.json()["code"] == "autorisation"
    assert response.json()["title"] == "U bent niet geautoriseerd voor deze operatie."


def test_no_purpose_is_403(api):
    assert api.post(RAADPLEEG, purpose=None).status_code == 403


def test_only_post_is_allowed(api):
    response = api.http.get(
        URL, HTTP_AUTHORIZATION=f"Bearer {api.token}", HTTP_X_DOELBINDING="BRPACT-AlgemeneTaken"
    )
    assert response.status_code == 405
    assert_matches_contract(response)
