"""The seven query types of `POST /personen` and the validation of their parameters.

Each parameter is checked as the OpenAPI file specifies it (pattern, type, bounds, required). All
problems are collected and reported together in one 400 with invalidParams, as the standard asks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .fields import GEZAG_PERSOON_BEPERKT, PERSOON, PERSOON_BEPERKT, UnknownField, normalise
from .problems import InvalidParam, bad_request

RAADPLEEG = "RaadpleegMetBurgerservicenummer"
GESLACHTSNAAM_GEBOORTEDATUM = "ZoekMetGeslachtsnaamEnGeboortedatum"
NAAM_GEMEENTE = "ZoekMetNaamEnGemeenteVanInschrijving"
POSTCODE_HUISNUMMER = "ZoekMetPostcodeEnHuisnummer"
STRAAT_HUISNUMMER_GEMEENTE = "ZoekMetStraatHuisnummerEnGemeenteVanInschrijving"
NUMMERAANDUIDING = "ZoekMetNummeraanduidingIdentificatie"
ADRESSEERBAAR_OBJECT = "ZoekMetAdresseerbaarObjectIdentificatie"

NAME_CHARS = r"[a-zA-Z0-9À-ž \.\-\']"
PATTERNS = {
    "burgerservicenummer": re.compile(r"^[0-9]{9}$"),
    "gemeenteVanInschrijving": re.compile(r"^[0-9]{4}$"),
    "geslachtsnaam": re.compile(rf"^{NAME_CHARS}{{1,200}}$|^{NAME_CHARS}{{3,199}}\*{{1}}$"),
    "voornamen_verplicht": re.compile(rf"^{NAME_CHARS}{{1,200}}$|^{NAME_CHARS}{{3,199}}\*{{1}}$"),
    "voornamen_optioneel": re.compile(rf"^{NAME_CHARS}{{1,199}}\*{{0,1}}$"),
    "voorvoegsel": re.compile(r"^[a-zA-Z \']{1,10}$"),
    "geslacht": re.compile(r"^([Mm]|[Vv]|[Oo])$"),
    "postcode": re.compile(r"^[1-9]{1}[0-9]{3}[ ]?[A-Za-z]{2}$"),
    "huisletter": re.compile(r"^[a-zA-Z]{1}$"),
    "huisnummertoevoeging": re.compile(r"^[a-zA-Z0-9 \-]{1,4}$"),
    "straat": re.compile(
        r"^[a-zA-Z0-9À-ž \-\'\.]{1,80}$|^[a-zA-Z0-9À-ž \-\'\.]{7,79}\*{1}$|^\*{1}[a-zA-Z0-9À-ž \-\'\.]{7,79}$"
    ),
    "bag": re.compile(r"^(?!0{16})[0-9]{16}$"),
    "field": re.compile(r"^[a-zA-Z0-9\._]{1,200}$"),
}
HINTS = {
    "burgerservicenummer": "verwacht 9 cijfers",
    "gemeenteVanInschrijving": "verwacht 4 cijfers",
    "postcode": "verwacht bijvoorbeeld 1234AB",
    "nummeraanduidingIdentificatie": "verwacht 16 cijfers",
    "adresseerbaarObjectIdentificatie": "verwacht 16 cijfers",
    "geslacht": "verwacht M, V of O",
}
# The reason text of an invalidParam may hold only these characters (OpenAPI InvalidParam.reason).
REASON_SAFE = re.compile(r"^[a-zA-Z0-9\., ]{1,80}$")

# Parameter name -> checker kind (and pattern key).
PARAMETERS = {
    "burgerservicenummer": ("bsn_list", "burgerservicenummer"),
    "gemeenteVanInschrijving": ("string", "gemeenteVanInschrijving"),
    "inclusiefOverledenPersonen": ("boolean", None),
    "geslachtsnaam": ("string", "geslachtsnaam"),
    "geboortedatum": ("date", None),
    "voorvoegsel": ("string", "voorvoegsel"),
    "geslacht": ("string", "geslacht"),
    "postcode": ("string", "postcode"),
    "huisnummer": ("integer", None),
    "huisletter": ("string", "huisletter"),
    "huisnummertoevoeging": ("string", "huisnummertoevoeging"),
    "straat": ("string", "straat"),
    "nummeraanduidingIdentificatie": ("string", "bag"),
    "adresseerbaarObjectIdentificatie": ("string", "bag"),
}


@dataclass(frozen=True)
class QueryType:
    name: str
    required: tuple[str, ...]
    optional: tuple[str, ...]
    tree: dict
    voornamen_pattern: str = "voornamen_optioneel"


SEARCH_OPTIONAL = ("inclusiefOverledenPersonen", "gemeenteVanInschrijving")
QUERY_TYPES = {
    q.name: q
    for q in (
        QueryType(RAADPLEEG, ("burgerservicenummer",), ("gemeenteVanInschrijving",), PERSOON),
        QueryType(
            GESLACHTSNAAM_GEBOORTEDATUM,
            ("geslachtsnaam", "geboortedatum"),
            (*SEARCH_OPTIONAL, "geslacht", "voorvoegsel", "voornamen"),
            PERSOON_BEPERKT,
        ),
        QueryType(
            NAAM_GEMEENTE,
            ("geslachtsnaam", "voornamen", "gemeenteVanInschrijving"),
            ("inclusiefOverledenPersonen", "geslacht", "voorvoegsel"),
            PERSOON_BEPERKT,
            voornamen_pattern="voornamen_verplicht",
        ),
        QueryType(
            POSTCODE_HUISNUMMER,
            ("postcode", "huisnummer"),
            (
                *SEARCH_OPTIONAL,
                "huisletter",
                "huisnummertoevoeging",
                "geboortedatum",
                "geslachtsnaam",
            ),
            PERSOON_BEPERKT,
        ),
        QueryType(
            STRAAT_HUISNUMMER_GEMEENTE,
            ("straat", "huisnummer", "gemeenteVanInschrijving"),
            ("inclusiefOverledenPersonen", "huisletter", "huisnummertoevoeging"),
            PERSOON_BEPERKT,
        ),
        QueryType(
            NUMMERAANDUIDING, ("nummeraanduidingIdentificatie",), SEARCH_OPTIONAL, PERSOON_BEPERKT
        ),
        QueryType(
            ADRESSEERBAAR_OBJECT,
            ("adresseerbaarObjectIdentificatie",),
            SEARCH_OPTIONAL,
            GEZAG_PERSOON_BEPERKT,
        ),
    )
}
MAX_BSNS = 20
MAX_FIELDS = 130


@dataclass
class Query:
    type: QueryType
    fields: list[tuple[str, ...]]
    params: dict = field(default_factory=dict)

    @property
    def include_deceased(self) -> bool:
        return self.type.name == RAADPLEEG or bool(self.params.get("inclusiefOverledenPersonen"))


def _pattern_reason(name: str, position: int | None = None) -> str:
    where = f"Waarde op positie {position}" if position is not None else "Waarde"
    hint = HINTS.get(name)
    return (
        f"{where} voldoet niet aan patroon, {hint}."
        if hint
        else f"{where} voldoet niet aan patroon."
    )


def _check(name: str, value, kind: str, pattern_key: str | None, errors: list[InvalidParam]):
    """The parsed value, or None after adding to `errors`."""
    if kind == "string":
        if not isinstance(value, str):
            errors.append(InvalidParam(name, "string", "Waarde is geen string."))
        elif not PATTERNS[pattern_key].match(value):
            errors.append(InvalidParam(name, "pattern", _pattern_reason(name)))
        else:
            return value
    elif kind == "boolean":
        if not isinstance(value, bool):
            errors.append(InvalidParam(name, "boolean", "Waarde is geen boolean."))
        else:
            return value
    elif kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            errors.append(InvalidParam(name, "integer", "Waarde is geen geldig getal."))
        elif value < 1:
            errors.append(InvalidParam(name, "minimum", "Waarde is lager dan minimum 1."))
        elif value > 99999:
            errors.append(InvalidParam(name, "maximum", "Waarde is hoger dan maximum 99999."))
        else:
            return value
    elif kind == "date":
        try:
            if not isinstance(value, str) or not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            errors.append(InvalidParam(name, "date", "Waarde is geen geldige datum."))
    elif kind == "bsn_list":
        return _check_list(name, value, MAX_BSNS, PATTERNS["burgerservicenummer"], errors)
    return None


def _check_list(name: str, value, maximum: int, pattern, errors: list[InvalidParam]):
    if not isinstance(value, list):
        errors.append(InvalidParam(name, "array", "Parameter is geen array."))
        return None
    if not value:
        errors.append(InvalidParam(name, "minItems", "Array bevat minder dan 1 items."))
        return None
    if len(value) > maximum:
        errors.append(InvalidParam(name, "maxItems", f"Array bevat meer dan {maximum} items."))
        return None
    bad = [
        i for i, item in enumerate(value) if not isinstance(item, str) or not pattern.match(item)
    ]
    for i in bad:
        errors.append(InvalidParam(name, "pattern", _pattern_reason(name, i)))
    return None if bad else value


def _check_fields(value, tree: dict, errors: list[InvalidParam]) -> list[tuple[str, ...]]:
    paths = _check_list("fields", value, MAX_FIELDS, PATTERNS["field"], errors)
    if paths is None:
        return []
    normalised = []
    for position, path in enumerate(paths):
        try:
            normalised.append(normalise(path, tree))
        except UnknownField as unknown:
            text = (
                "een automatisch geleverd veld"
                if unknown.automatic
                else "een niet bestaande veldnaam"
            )
            reason = f"Parameter bevat {text} {path}."
            if not REASON_SAFE.match(reason):
                reason = f"Parameter bevat {text} op positie {position}."
            errors.append(InvalidParam("fields", "fields", reason))
    return normalised


def parse(body) -> Query:
    """Validate a request body. Raises the standard's 400 (ProblemError) listing every problem."""
    if not isinstance(body, dict):
        raise bad_request([InvalidParam("type", "required", "Parameter is verplicht.")])
    name = body.get("type")
    if name is None:
        raise bad_request([InvalidParam("type", "required", "Parameter is verplicht.")])
    query_type = QUERY_TYPES.get(name) if isinstance(name, str) else None
    if query_type is None:
        raise bad_request([InvalidParam("type", "value", "Waarde is geen bekend zoektype.")])

    errors: list[InvalidParam] = []
    missing = [p for p in ("fields", *query_type.required) if p not in body]
    errors += [InvalidParam(p, "required", "Parameter is verplicht.") for p in missing]
    allowed = {"type", "fields", *query_type.required, *query_type.optional}
    errors += [
        InvalidParam(p, "unknownParam", "Parameter is niet verwacht.")
        for p in body
        if p not in allowed
    ]

    params = {}
    for param, value in body.items():
        if param in ("type", "fields") or param not in allowed:
            continue
        if param == "voornamen":
            params[param] = _check(param, value, "string", query_type.voornamen_pattern, errors)
        else:
            kind, pattern_key = PARAMETERS[param]
            params[param] = _check(param, value, kind, pattern_key, errors)
    fields = _check_fields(body["fields"], query_type.tree, errors) if "fields" in body else []
    if errors:
        raise bad_request(errors)
    return Query(query_type, fields, params)
