"""Code values as the standard's `Waardetabel` ({code, omschrijving}).

Fixed lists (tabelwaarden) are here; the national tables 32, 33 and 34 are read in three queries
per call for just the codes the answer needs (`CodeTables.load`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from loket.tenancy.models import Municipality

from ..models import CountryCode, MunicipalityCode, NationalityCode

GESLACHT = {"M": "man", "V": "vrouw", "O": "onbekend"}
# RvIG's descriptions; tabelwaarden.csv has a "/" in them, which the schema pattern does not allow.
NAAMGEBRUIK = {
    "E": "gebruik alleen de eigen naam",
    "P": "gebruik alleen de naam van de partner",
    "V": "gebruik de naam van de partner, gevolgd door de eigen naam",
    "N": "gebruik de eigen naam, gevolgd door de naam van de partner",
}
SOORT_VERBINTENIS = {"H": "huwelijk", "P": "geregistreerd partnerschap"}
FUNCTIE_ADRES = {"W": "woonadres", "B": "briefadres"}
REDEN_OPSCHORTING = {
    "O": "overlijden",
    "E": "emigratie",
    "M": "ministerieel besluit",
    "R": "pl is aangelegd in de rni",
    "F": "fout",
    ".": "onbekend",
}
# BRP table 38, adellijke titel of predicaat: code -> (male form, female form, soort).
ADELLIJKE_TITEL = {
    "B": ("baron", "barones", "titel"),
    "BS": ("barones", "barones", "titel"),
    "G": ("graaf", "gravin", "titel"),
    "GI": ("gravin", "gravin", "titel"),
    "H": ("hertog", "hertogin", "titel"),
    "HI": ("hertogin", "hertogin", "titel"),
    "M": ("markies", "markiezin", "titel"),
    "MI": ("markiezin", "markiezin", "titel"),
    "P": ("prins", "prinses", "titel"),
    "PS": ("prinses", "prinses", "titel"),
    "R": ("ridder", "ridder", "titel"),
    "JH": ("jonkheer", "jonkvrouw", "predicaat"),
    "JV": ("jonkvrouw", "jonkvrouw", "predicaat"),
}

_NOT_ALLOWED = re.compile(r"[^a-zA-Z0-9À-ž '.\-(),]")


def clean(text: str) -> str:
    """Text fit for the `omschrijving` pattern of Waardetabel (e.g. table 32 has a '/')."""
    return re.sub(r"\s+", " ", _NOT_ALLOWED.sub(" ", text.replace("/", " of "))).strip()


def waarde(code: str, omschrijving: str | None) -> dict | None:
    if not code:
        return None
    result = {"code": code}
    if omschrijving:
        result["omschrijving"] = clean(omschrijving)
    return result


def fixed(table: dict[str, str], code: str) -> dict | None:
    return waarde(code, table.get(code)) if code else None


class CodeTables:
    """Descriptions of the codes of tables 32, 33 and 34 that one answer uses."""

    def __init__(self, countries: dict, municipalities: dict, nationalities: dict):
        self.countries = countries
        self.municipalities = municipalities
        self.nationalities = nationalities

    @classmethod
    def load(
        cls, countries: Iterable[str], municipalities: Iterable[str], nationalities: Iterable[str]
    ):
        countries, municipalities, nationalities = (
            {c for c in codes if c} for codes in (countries, municipalities, nationalities)
        )
        found_municipalities = dict(
            MunicipalityCode.objects.filter(code__in=municipalities).values_list(
                "code", "description"
            )
        )
        missing = municipalities - found_municipalities.keys()
        if missing:  # municipalities newer than table 33 (e.g. 1992 Voorne aan Zee)
            found_municipalities |= dict(
                Municipality.objects.filter(code__in=missing).values_list("code", "name")
            )
        return cls(
            dict(CountryCode.objects.filter(code__in=countries).values_list("code", "description"))
            if countries
            else {},
            found_municipalities,
            dict(
                NationalityCode.objects.filter(code__in=nationalities).values_list(
                    "code", "description"
                )
            )
            if nationalities
            else {},
        )

    def country(self, code: str) -> dict | None:
        return waarde(code, self.countries.get(code))

    def municipality(self, code: str) -> dict | None:
        return waarde(code, self.municipalities.get(code))

    def nationality(self, code: str) -> dict | None:
        return waarde(code, self.nationalities.get(code))

    def place(self, value: str) -> dict | None:
        """A place of birth, death or marriage: a municipality code in the Netherlands, else a name."""
        if not value:
            return None
        if len(value) == 4 and value.isdigit():
            return self.municipality(value)
        return {"omschrijving": clean(value)}
