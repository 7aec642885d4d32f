"""Each of the seven query types of the BRP API Personen, against the RvIG test persons."""

from . import haalcentraal_support
from .haalcentraal_support import SUZANNE

api = haalcentraal_support.api  # a fixture
brp_persons = haalcentraal_support.brp_persons  # a fixture


def test_raadpleeg_met_burgerservicenummer_gives_the_full_persoon(api):
    [suzanne] = api.personen(
        {
            "type": "RaadpleegMetBurgerservicenummer",
            "burgerservicenummer": [SUZANNE],
            "fields": [
                "burgerservicenummer",
                "naam",
                "geboorte",
                "verblijfplaats",
                "gemeenteVanInschrijving",
            ],
        }
    )
    assert suzanne["burgerservicenummer"] == SUZANNE
    assert suzanne["naam"]["voornamen"] == "Suzanne"
    assert suzanne["naam"]["geslachtsnaam"] == "Moulin"
    assert suzanne["naam"]["voorletters"] == "S."
    assert suzanne["geboorte"]["datum"] == {
        "type": "Datum",
        "datum": "1985-12-01",
        "langFormaat": "1 december 1985",
    }
    assert suzanne["geboorte"]["plaats"] == {"omschrijving": "Thann"}
    assert suzanne["verblijfplaats"]["type"] == "Adres"
    assert suzanne["verblijfplaats"]["verblijfadres"]["officieleStraatnaam"] == "Boterdiep"
    assert suzanne["verblijfplaats"]["verblijfadres"]["huisnummer"] == 31
    assert suzanne["verblijfplaats"]["verblijfadres"]["postcode"] == "3077AW"
    assert suzanne["gemeenteVanInschrijving"] == {"code": "0599", "omschrijving": "Rotterdam"}


def test_zoek_met_geslachtsnaam_en_geboortedatum(api):
    personen = api.personen(
        {
            "type": "ZoekMetGeslachtsnaamEnGeboortedatum",
            "geslachtsnaam": "moulin",
            "geboortedatum": "1985-12-01",
            "fields": ["burgerservicenummer", "naam.volledigeNaam"],
        }
    )
    assert personen == [
        {"burgerservicenummer": SUZANNE, "naam": {"volledigeNaam": "Suzanne Moulin"}}
    ]


def test_zoek_met_naam_en_gemeente_van_inschrijving_with_wildcard(api):
    personen = api.personen(
        {
            "type": "ZoekMetNaamEnGemeenteVanInschrijving",
            "geslachtsnaam": "Mou*",
            "voornamen": "Suz*",
            "gemeenteVanInschrijving": "0599",
            "fields": ["burgerservicenummer"],
        }
    )
    assert {"burgerservicenummer": SUZANNE} in personen
    elsewhere = api.personen(
        {
            "type": "ZoekMetNaamEnGemeenteVanInschrijving",
            "geslachtsnaam": "Moulin",
            "voornamen": "Suzanne",
            "gemeenteVanInschrijving": "0363",
            "fields": ["burgerservicenummer"],
        }
    )
    assert elsewhere == []


def test_zoek_met_postcode_en_huisnummer(api):
    personen = api.personen(
        {
            "type": "ZoekMetPostcodeEnHuisnummer",
            "postcode": "3077 aw",
            "huisnummer": 31,
            "fields": ["burgerservicenummer", "adressering"],
        }
    )
    suzanne = next(p for p in personen if p["burgerservicenummer"] == SUZANNE)
    assert suzanne["adressering"] == {
        "adresregel1": "Boterdiep 31",
        "adresregel2": "3077 AW  ROTTERDAM",
    }


def test_zoek_met_straat_huisnummer_en_gemeente_van_inschrijving(api):
    personen = api.personen(
        {
            "type": "ZoekMetStraatHuisnummerEnGemeenteVanInschrijving",
            "straat": "boterdiep",
            "huisnummer": 31,
            "gemeenteVanInschrijving": "0599",
            "fields": ["burgerservicenummer"],
        }
    )
    assert {"burgerservicenummer": SUZANNE} in personen


def test_zoek_met_nummeraanduiding_identificatie(api):
    personen = api.personen(
        {
            "type": "ZoekMetNummeraanduidingIdentificatie",
            "nummeraanduidingIdentificatie": "0599200000219678",
            "fields": ["burgerservicenummer", "naam.geslachtsnaam"],
        }
    )
    assert {"burgerservicenummer": SUZANNE, "naam": {"geslachtsnaam": "Moulin"}} in personen


def test_zoek_met_adresseerbaar_object_identificatie(api):
    personen = api.personen(
        {
            "type": "ZoekMetAdresseerbaarObjectIdentificatie",
            "adresseerbaarObjectIdentificatie": "0599010000208579",
            "fields": ["burgerservicenummer"],
        }
    )
    assert {"burgerservicenummer": SUZANNE} in personen


def test_a_former_address_finds_nobody(api):
    """Suzanne lived at Vredesplein 7 until 2015: searches look at current residences only."""
    personen = api.personen(
        {
            "type": "ZoekMetNummeraanduidingIdentificatie",
            "nummeraanduidingIdentificatie": "0599200000999221",
            "fields": ["burgerservicenummer"],
        }
    )
    assert {"burgerservicenummer": SUZANNE} not in personen
