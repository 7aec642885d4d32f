"""A registry person as the standard's `Persoon`: every field we hold, before `fields` selects."""

from __future__ import annotations

import re
from datetime import date

from ..constants import COUNTRY_UNKNOWN, RNI_MUNICIPALITY_CODE, RelationshipKind
from .codes import (
    FUNCTIE_ADRES,
    GESLACHT,
    NAAMGEBRUIK,
    REDEN_OPSCHORTING,
    SOORT_VERBINTENIS,
    CodeTables,
    clean,
    fixed,
)
from .datum import age, datum
from .names import letter_forms, noble_title, volledige_naam, voorletters

BAG_ID = re.compile(r"^[0-9]{16}$")
BSN = re.compile(r"^[0-9]{9}$")
SPECIAL_DUTCH = {"B": "BehandeldAlsNederlander", "V": "VastgesteldNietNederlander"}
STATELESS = "0499"
NATIONALITY_UNKNOWN = "0000"


def prune(value):
    """Leave out what has no value: the standard does not deliver empty fields."""
    if isinstance(value, dict):
        pruned = {k: prune(v) for k, v in value.items()}
        return {k: v for k, v in pruned.items() if v not in (None, "", {}, [])}
    if isinstance(value, list):
        return [item for item in (prune(v) for v in value) if item not in (None, "", {}, [])]
    return value


def current_place(person):
    """(residence, foreign) of the current stay: a Dutch residence or one abroad/unknown, the latest."""
    residence = max(person.api_residences, key=lambda r: (r.valid_from, r.pk), default=None)
    foreign = max(person.api_foreign, key=lambda f: (f.valid_from, f.pk), default=None)
    if residence and foreign:
        if foreign.valid_from > residence.valid_from:
            return None, foreign
        return residence, None
    return residence, foreign


def relationships(person, kind: str) -> list:
    return [r for r in person.relationships.all() if r.kind == kind]


def shown_partners(person) -> list:
    """The current partner(s), or else the partnership that ended last."""
    partners = relationships(person, RelationshipKind.PARTNER)
    current = [p for p in partners if not p.valid_until]
    if current:
        return current
    ended = max(partners, key=lambda p: (p.valid_until, p.pk), default=None)
    return [ended] if ended else []


def collect_codes(persons) -> CodeTables:
    countries, municipalities, nationalities = set(), set(), set()
    for person in persons:
        countries |= {person.birth_country, person.death_country}
        municipalities |= {person.birth_place, person.death_place}
        residence, foreign = current_place(person)
        if residence:
            municipalities.add(residence.municipality_code or residence.municipality.code)
        if foreign:
            countries.add(foreign.country)
            municipalities.add(RNI_MUNICIPALITY_CODE)
        nationalities |= {n.nationality for n in person.nationalities.all()}
        for relation in person.relationships.all():
            countries |= {relation.birth_country, relation.start_country}
            municipalities |= {relation.birth_place, relation.start_place}
    municipalities = {m for m in municipalities if m and len(m) == 4 and m.isdigit()}
    return CodeTables.load(countries, municipalities, nationalities)


def _naam(first_names, prefix, surname, title_code, gender) -> dict:
    return {
        "voornamen": first_names,
        "adellijkeTitelPredicaat": noble_title(title_code, gender),
        "voorvoegsel": prefix,
        "geslachtsnaam": surname,
        "voorletters": voorletters(first_names),
    }


def _geboorte(item, codes: CodeTables) -> dict:
    return {
        "datum": datum(item.birth_date),
        "land": codes.country(item.birth_country),
        "plaats": codes.place(item.birth_place),
    }


def _bsn(value: str) -> str | None:
    return value if value and BSN.match(value) else None


def _related(relation, codes: CodeTables) -> dict:
    return {
        "burgerservicenummer": _bsn(relation.bsn),
        "naam": _naam(
            relation.first_names,
            relation.name_prefix,
            relation.surname,
            relation.noble_title,
            relation.gender,
        ),
        "geboorte": _geboorte(relation, codes),
    }


def _nationaliteit(nationality, codes: CodeTables) -> dict:
    if nationality.special_dutch in SPECIAL_DUTCH:
        kind = SPECIAL_DUTCH[nationality.special_dutch]
    elif nationality.nationality == STATELESS:
        kind = "Staatloos"
    elif nationality.nationality == NATIONALITY_UNKNOWN:
        kind = "NationaliteitOnbekend"
    else:
        kind = "Nationaliteit"
    result = {
        "type": kind,
        "redenOpname": {"code": nationality.acquired_reason}
        if nationality.acquired_reason
        else None,
        "datumIngangGeldigheid": datum(nationality.valid_from),
    }
    if kind == "Nationaliteit":
        result["nationaliteit"] = codes.nationality(nationality.nationality)
    return result


def _house_number(address) -> str:
    number = f"{address.house_number or ''}{address.house_letter}"
    if address.house_number_addition:
        number = f"{number}-{address.house_number_addition}"
    return number


def _postcode(value: str) -> str:
    return f"{value[:4]} {value[4:]}" if len(value) == 6 else value


def verblijfplaats(residence, foreign, codes: CodeTables) -> dict | None:
    if residence is not None and residence.address is not None:
        address = residence.address
        return {
            "type": "Adres",
            "datumVan": datum(residence.valid_from),
            "functieAdres": fixed(FUNCTIE_ADRES, residence.address_function),
            "adresseerbaarObjectIdentificatie": address.adresseerbaar_object_id
            if BAG_ID.match(address.adresseerbaar_object_id)
            else None,
            "nummeraanduidingIdentificatie": address.nummeraanduiding_id
            if BAG_ID.match(address.nummeraanduiding_id)
            else None,
            "verblijfadres": {
                "officieleStraatnaam": (address.public_space_name or address.street)[:80],
                "korteStraatnaam": address.street[:24],
                "huisnummer": address.house_number,
                "huisletter": address.house_letter,
                "huisnummertoevoeging": address.house_number_addition,
                "postcode": address.postcode,
                "woonplaats": clean(address.place),
            },
        }
    if residence is not None:
        return {
            "type": "Locatie",
            "datumVan": datum(residence.valid_from),
            "functieAdres": fixed(FUNCTIE_ADRES, residence.address_function),
            "verblijfadres": {"locatiebeschrijving": residence.location_description[:35]},
        }
    if foreign is not None and foreign.country == COUNTRY_UNKNOWN:
        return {"type": "VerblijfplaatsOnbekend", "datumVan": datum(foreign.valid_from)}
    if foreign is not None:
        return {
            "type": "VerblijfplaatsBuitenland",
            "datumVan": datum(foreign.valid_from),
            "verblijfadres": {
                "regel1": foreign.line1[:40],
                "regel2": foreign.line2[:50],
                "regel3": foreign.line3[:35],
                "land": codes.country(foreign.country),
            },
        }
    return None


def adresregels(residence, foreign, codes: CodeTables) -> dict:
    if residence is not None and residence.address is not None:
        address = residence.address
        line1 = " ".join(p for p in (address.street, _house_number(address)) if p)
        line2 = "  ".join(p for p in (_postcode(address.postcode), address.place.upper()) if p)
        return {"adresregel1": line1[:40], "adresregel2": line2[:50]}
    if residence is not None:
        return {
            "adresregel1": residence.location_description[:40],
            "adresregel2": residence.municipality.name.upper()[:50],
        }
    if foreign is not None and foreign.country != COUNTRY_UNKNOWN:
        return {
            "adresregel1": foreign.line1[:40],
            "adresregel2": foreign.line2[:50],
            "adresregel3": foreign.line3[:35],
            "land": codes.country(foreign.country),
        }
    return {}


def persoon(person, codes: CodeTables, today: date) -> dict:
    """The full `Persoon`; `PersoonBeperkt` is a selection of it (see fields.py)."""
    residence, foreign = current_place(person)
    partners = shown_partners(person)
    current_partner = next((p for p in partners if not p.valid_until), None)
    if residence is not None:
        municipality = residence.municipality_code or residence.municipality.code
        registered_on = residence.registered_in_municipality_on
    else:
        municipality = RNI_MUNICIPALITY_CODE if foreign is not None and foreign.in_rni else ""
        registered_on = ""
    naam = _naam(
        person.first_names, person.name_prefix, person.surname, person.noble_title, person.gender
    )
    naam["volledigeNaam"] = volledige_naam(
        person.first_names, person.name_prefix, person.surname, person.noble_title, person.gender
    )
    naam["aanduidingNaamgebruik"] = fixed(NAAMGEBRUIK, person.name_usage)
    data = {
        "aNummer": person.a_number,
        "burgerservicenummer": person.bsn,
        "datumEersteInschrijvingGBA": datum(person.first_registered_on),
        "geslacht": fixed(GESLACHT, person.gender),
        "leeftijd": None if person.death_date else age(person.birth_date, today),
        "naam": naam,
        "nationaliteiten": [
            _nationaliteit(n, codes) for n in person.nationalities.all() if not n.ended_reason
        ],
        "geboorte": _geboorte(person, codes),
        "overlijden": {
            "datum": datum(person.death_date),
            "land": codes.country(person.death_country),
            "plaats": codes.place(person.death_place),
        }
        if person.death_date
        else None,
        "verblijfplaats": verblijfplaats(residence, foreign, codes),
        "gemeenteVanInschrijving": codes.municipality(municipality),
        "datumInschrijvingInGemeente": datum(registered_on),
        "adressering": {
            **adresregels(residence, foreign, codes),
            **letter_forms(person, current_partner),
        },
        "kinderen": [_related(r, codes) for r in relationships(person, RelationshipKind.CHILD)],
        "ouders": [
            {
                **_related(r, codes),
                "geslacht": fixed(GESLACHT, r.gender),
                "ouderAanduiding": r.parent_number if r.parent_number in ("1", "2") else None,
                "datumIngangFamilierechtelijkeBetrekking": datum(r.valid_from),
            }
            for r in sorted(
                relationships(person, RelationshipKind.PARENT), key=lambda r: r.parent_number
            )
        ],
        "partners": [
            {
                **_related(r, codes),
                "geslacht": fixed(GESLACHT, r.gender),
                "soortVerbintenis": fixed(SOORT_VERBINTENIS, r.partnership_type),
                "aangaanHuwelijkPartnerschap": {
                    "datum": datum(r.valid_from),
                    "land": codes.country(r.start_country),
                    "plaats": codes.place(r.start_place),
                },
                "ontbindingHuwelijkPartnerschap": {"datum": datum(r.valid_until)},
            }
            for r in partners
        ],
    }
    return prune(data)


def automatic(person) -> dict:
    """Fields the standard always delivers when they have a value, whatever `fields` asks."""
    return prune(
        {
            "geheimhoudingPersoonsgegevens": True if person.secrecy else None,
            "opschortingBijhouding": {
                "reden": fixed(REDEN_OPSCHORTING, person.suspension_reason),
                "datum": datum(person.suspension_date),
            }
            if person.suspension_reason
            else None,
        }
    )
