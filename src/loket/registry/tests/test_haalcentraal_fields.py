"""`fields` selects what is delivered; Persoon for a lookup by BSN, PersoonBeperkt for a search."""

import time_machine

from loket.registry.api.datum import datum
from loket.registry.models import ForeignResidence, Person
from loket.tenancy.models import Municipality

from . import haalcentraal_support
from .haalcentraal_support import SUZANNE

api = haalcentraal_support.api  # a fixture
brp_persons = haalcentraal_support.brp_persons  # a fixture


def _raadpleeg(api, fields, bsn=SUZANNE):
    [persoon] = api.personen(
        {"type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": [bsn], "fields": fields}
    )
    return persoon


def test_only_the_asked_fields_are_delivered(api):
    assert _raadpleeg(api, ["naam.voornamen"]) == {"naam": {"voornamen": "Suzanne"}}


def test_a_group_gives_all_its_fields(api):
    assert _raadpleeg(api, ["naam"])["naam"] == {
        "voornamen": "Suzanne",
        "geslachtsnaam": "Moulin",
        "voorletters": "S.",
        "volledigeNaam": "Suzanne Moulin",
        "aanduidingNaamgebruik": {"code": "E", "omschrijving": "gebruik alleen de eigen naam"},
    }


def test_a_path_selects_from_the_root_only(api):
    """naam.voornamen does not give partners.naam.voornamen; partners.naam.voornamen does."""
    assert "partners" not in _raadpleeg(api, ["naam.voornamen"])
    assert _raadpleeg(api, ["partners.naam.voornamen"]) == {
        "partners": [{"naam": {"voornamen": "Jean Marie"}}]
    }


def test_part_of_a_code_or_a_date_gives_all_of_it(api):
    persoon = _raadpleeg(api, ["geslacht.code", "geboorte.datum.jaar"])
    assert persoon == {
        "geslacht": {"code": "V", "omschrijving": "vrouw"},
        "geboorte": {
            "datum": {"type": "Datum", "datum": "1985-12-01", "langFormaat": "1 december 1985"}
        },
    }


def test_the_partner_and_parents(api):
    persoon = _raadpleeg(api, ["partners", "ouders.ouderAanduiding", "ouders.naam.geslachtsnaam"])
    [partner] = persoon["partners"]
    assert partner["soortVerbintenis"] == {"code": "H", "omschrijving": "huwelijk"}
    assert partner["aangaanHuwelijkPartnerschap"]["datum"]["datum"] == "2008-12-01"
    assert partner["aangaanHuwelijkPartnerschap"]["plaats"] == {"omschrijving": "Thann"}
    assert persoon["ouders"] == [
        {"ouderAanduiding": "1", "naam": {"geslachtsnaam": "Béamont"}},
        {"ouderAanduiding": "2", "naam": {"geslachtsnaam": "Moulin"}},
    ]


def test_a_search_answers_with_persoon_beperkt(api):
    [persoon] = api.personen(
        {
            "type": "ZoekMetGeslachtsnaamEnGeboortedatum",
            "geslachtsnaam": "Moulin",
            "geboortedatum": "1985-12-01",
            "fields": ["naam", "geboorte", "adressering"],
        }
    )
    assert "aanduidingNaamgebruik" not in persoon["naam"]
    assert set(persoon["geboorte"]) == {"datum"}
    assert persoon["adressering"] == {
        "adresregel1": "Boterdiep 31",
        "adresregel2": "3077 AW  ROTTERDAM",
    }


def test_letter_forms_of_the_adressering(api):
    assert _raadpleeg(
        api,
        ["adressering.aanhef", "adressering.aanschrijfwijze", "adressering.gebruikInLopendeTekst"],
    ) == {
        "adressering": {
            "aanhef": "Geachte mevrouw Moulin",
            "aanschrijfwijze": {"naam": "S. Moulin"},
            "gebruikInLopendeTekst": "mevrouw Moulin",
        }
    }


@time_machine.travel("2025-06-01 12:00 +0200", tick=False)
def test_leeftijd(api):
    assert _raadpleeg(api, ["leeftijd"]) == {"leeftijd": 39}


def test_the_four_kinds_of_date():
    assert datum("19561115") == {
        "type": "Datum",
        "datum": "1956-11-15",
        "langFormaat": "15 november 1956",
    }
    assert datum("19780300") == {
        "type": "JaarMaandDatum",
        "jaar": 1978,
        "maand": 3,
        "langFormaat": "maart 1978",
    }
    assert datum("19680000") == {"type": "JaarDatum", "jaar": 1968, "langFormaat": "1968"}
    assert datum("00000000") == {
        "type": "DatumOnbekend",
        "onbekend": True,
        "langFormaat": "onbekend",
    }
    assert datum("") is None


def test_geheimhouding_is_delivered_without_asking(api):
    secret = Person.objects.filter(secrecy__gt=0, death_date="").exclude(bsn=None).first()
    assert _raadpleeg(api, ["burgerservicenummer"], secret.bsn) == {
        "burgerservicenummer": secret.bsn,
        "geheimhoudingPersoonsgegevens": True,
    }


def test_deceased_persons_only_when_asked_for_in_a_search(api):
    deceased = (
        Person.objects.exclude(death_date="")
        .exclude(bsn=None)
        .exclude(birth_date="")
        .filter(birth_date__regex=r"^[0-9]{6}(0[1-9]|[12][0-9]|3[01])$")
        .first()
    )
    body = {
        "type": "ZoekMetGeslachtsnaamEnGeboortedatum",
        "geslachtsnaam": deceased.surname,
        "geboortedatum": f"{deceased.birth_date[:4]}-{deceased.birth_date[4:6]}-{deceased.birth_date[6:]}",
        "fields": ["burgerservicenummer"],
    }
    assert all(p["burgerservicenummer"] != deceased.bsn for p in api.personen(body))
    found = api.personen({**body, "inclusiefOverledenPersonen": True})
    assert any(p["burgerservicenummer"] == deceased.bsn for p in found)
    persoon = _raadpleeg(api, ["overlijden"], deceased.bsn)  # a lookup by BSN includes the deceased
    assert persoon["overlijden"]["datum"]["type"] in (
        "Datum",
        "JaarMaandDatum",
        "JaarDatum",
        "DatumOnbekend",
    )


def test_a_stay_abroad_is_a_verblijfplaats_buitenland(api):
    stay = (
        ForeignResidence.objects.filter(valid_until="", person__residences__isnull=True)
        .exclude(country="0000")
        .exclude(line1="")
        .exclude(person__bsn=None)
        .select_related("person")
        .first()
    )
    persoon = _raadpleeg(api, ["verblijfplaats.verblijfadres.regel1"], stay.person.bsn)
    assert persoon["verblijfplaats"] == {
        "type": "VerblijfplaatsBuitenland",
        "verblijfadres": {"regel1": stay.line1},
    }


def test_a_client_restricted_to_municipalities_sees_only_their_residents(api):
    api.client.municipalities.set([Municipality.objects.get(code="0363")])
    assert (
        api.personen(
            {
                "type": "RaadpleegMetBurgerservicenummer",
                "burgerservicenummer": [SUZANNE],
                "fields": ["naam"],
            }
        )
        == []
    )
    api.client.municipalities.set([Municipality.objects.get(code="0599")])
    assert (
        len(
            api.personen(
                {
                    "type": "RaadpleegMetBurgerservicenummer",
                    "burgerservicenummer": [SUZANNE],
                    "fields": ["naam"],
                }
            )
        )
        == 1
    )
