"""The `fields` parameter: which paths exist for `Persoon` and `PersoonBeperkt`, and the selection.

Rules of the standard (BRP API Personen 2.7.0 and RvIG's feature files):
- a path is the field name with its parents, joined by dots: "naam.voornamen", "partners.naam";
- asking for a group ("naam") gives all its fields; a path only selects from the root, so
  "naam.voornamen" does not give "partners.naam.voornamen";
- asking for any part of a code value (Waardetabel) or a date gives all of it;
- fields the standard delivers by itself (inOnderzoek, geheimhoudingPersoonsgegevens,
  opschortingBijhouding, rni, verificatie) may not be asked for;
- a field without a value is not delivered.
"""

from __future__ import annotations

VALUE = "value"
CODE = "code"  # Waardetabel: code and omschrijving (and soort for a noble title)
DATE = "date"  # AbstractDatum

CODE_PARTS = {"code", "omschrijving", "soort"}
DATE_PARTS = {"type", "datum", "jaar", "maand", "onbekend", "langFormaat"}
AUTOMATIC = {
    "inOnderzoek",
    "geheimhoudingPersoonsgegevens",
    "opschortingBijhouding",
    "rni",
    "verificatie",
}

NAAM_BASIS = {
    "voornamen": VALUE,
    "adellijkeTitelPredicaat": CODE,
    "voorvoegsel": VALUE,
    "geslachtsnaam": VALUE,
    "voorletters": VALUE,
    "volledigeNaam": VALUE,
}
NAAM_GERELATEERDE = {k: v for k, v in NAAM_BASIS.items() if k != "volledigeNaam"}
GEBOORTE = {"datum": DATE, "land": CODE, "plaats": CODE}
ADRESREGELS = {
    "adresregel1": VALUE,
    "adresregel2": VALUE,
    "adresregel3": VALUE,
    "land": CODE,
    "indicatieVastgesteldVerblijftNietOpAdres": VALUE,
}

PERSOON = {
    "aNummer": VALUE,
    "burgerservicenummer": VALUE,
    "datumEersteInschrijvingGBA": DATE,
    "geslacht": CODE,
    "uitsluitingKiesrecht": {"uitgeslotenVanKiesrecht": VALUE, "einddatum": DATE},
    "europeesKiesrecht": {"aanduiding": CODE, "einddatumUitsluiting": DATE},
    "leeftijd": VALUE,
    "naam": {**NAAM_BASIS, "aanduidingNaamgebruik": CODE},
    "nationaliteiten": {
        "type": VALUE,
        "nationaliteit": CODE,
        "redenOpname": CODE,
        "datumIngangGeldigheid": DATE,
    },
    "geboorte": GEBOORTE,
    "overlijden": {"datum": DATE, "land": CODE, "plaats": CODE},
    # Polymorphic: Adres, Locatie, VerblijfplaatsBuitenland, VerblijfplaatsOnbekend. A path of any of
    # them may be asked; each answer carries only what its own type has, plus `type`.
    "verblijfplaats": {
        "type": VALUE,
        "datumVan": DATE,
        "datumIngangGeldigheid": DATE,
        "functieAdres": CODE,
        "adresseerbaarObjectIdentificatie": VALUE,
        "nummeraanduidingIdentificatie": VALUE,
        "indicatieVastgesteldVerblijftNietOpAdres": VALUE,
        "verblijfadres": {
            "officieleStraatnaam": VALUE,
            "korteStraatnaam": VALUE,
            "huisnummer": VALUE,
            "huisletter": VALUE,
            "huisnummertoevoeging": VALUE,
            "aanduidingBijHuisnummer": CODE,
            "postcode": VALUE,
            "woonplaats": VALUE,
            "locatiebeschrijving": VALUE,
            "regel1": VALUE,
            "regel2": VALUE,
            "regel3": VALUE,
            "land": CODE,
        },
    },
    "immigratie": {
        "landVanwaarIngeschreven": CODE,
        "datumVestigingInNederland": DATE,
        "vanuitVerblijfplaatsOnbekend": VALUE,
        "indicatieVestigingVanuitBuitenland": VALUE,
    },
    "gemeenteVanInschrijving": CODE,
    "datumInschrijvingInGemeente": DATE,
    "adressering": {
        **ADRESREGELS,
        "aanhef": VALUE,
        "aanschrijfwijze": {"naam": VALUE, "aanspreekvorm": VALUE},
        "gebruikInLopendeTekst": VALUE,
    },
    "indicatieCurateleRegister": VALUE,
    "indicatieGezagMinderjarige": CODE,
    "gezag": VALUE,
    "verblijfstitel": {"aanduiding": CODE, "datumEinde": DATE, "datumIngang": DATE},
    "kinderen": {"burgerservicenummer": VALUE, "naam": NAAM_GERELATEERDE, "geboorte": GEBOORTE},
    "ouders": {
        "burgerservicenummer": VALUE,
        "geslacht": CODE,
        "ouderAanduiding": VALUE,
        "datumIngangFamilierechtelijkeBetrekking": DATE,
        "naam": NAAM_GERELATEERDE,
        "geboorte": GEBOORTE,
    },
    "partners": {
        "burgerservicenummer": VALUE,
        "geslacht": CODE,
        "soortVerbintenis": CODE,
        "naam": NAAM_GERELATEERDE,
        "geboorte": GEBOORTE,
        "aangaanHuwelijkPartnerschap": {"datum": DATE, "land": CODE, "plaats": CODE},
        "ontbindingHuwelijkPartnerschap": {"datum": DATE},
    },
}

PERSOON_BEPERKT = {
    "burgerservicenummer": VALUE,
    "geboorte": {"datum": DATE},
    "geslacht": CODE,
    "leeftijd": VALUE,
    "naam": NAAM_BASIS,
    "adressering": ADRESREGELS,
}
GEZAG_PERSOON_BEPERKT = {**PERSOON_BEPERKT, "gezag": VALUE}


class UnknownField(Exception):
    def __init__(self, automatic: bool = False):
        super().__init__()
        self.automatic = automatic


def normalise(path: str, tree: dict) -> tuple[str, ...]:
    """The path down to the part that is selected as a whole. Raises UnknownField."""
    parts = path.split(".")
    node: dict | str = tree
    for depth, part in enumerate(parts):
        if part in AUTOMATIC:
            raise UnknownField(automatic=True)
        if isinstance(node, dict):
            if part not in node:
                raise UnknownField()
            node = node[part]
            continue
        rest = parts[depth:]
        allowed = CODE_PARTS if node == CODE else DATE_PARTS if node == DATE else set()
        if len(rest) != 1 or rest[0] not in allowed:
            raise UnknownField()
        return tuple(parts[:depth])
    return tuple(parts)


def selection(paths: list[tuple[str, ...]]) -> dict:
    """A tree of the selected paths; True marks a part selected as a whole."""
    root: dict = {}
    for path in sorted(paths, key=len):
        node = root
        for part in path[:-1]:
            child = node.setdefault(part, {})
            if child is True:
                break
            node = child
        else:
            node[path[-1]] = True
    return root


def project(value, tree, chosen):
    """What of `value` the selection `chosen` asks for, within the allowed `tree`."""
    if not isinstance(tree, dict):
        return value
    if isinstance(value, list):
        items = [project(item, tree, chosen) for item in value]
        return [item for item in items if item] or None
    if not isinstance(value, dict):
        return None
    keys = tree.keys() if chosen is True else chosen.keys()
    result = {}
    for key in keys:
        if key in value:
            picked = project(value[key], tree[key], True if chosen is True else chosen[key])
            if picked not in (None, {}, []):
                result[key] = picked
    if result and "type" in value and "type" in tree:
        result = {"type": value["type"], **result}
    return result or None


def select(persoon: dict, tree: dict, chosen: dict) -> dict:
    return project(persoon, tree, chosen) or {}
