"""Turns one chunk (part of one municipality) into table rows: plain tuples in the column order of
`columns`, ids already assigned, so the writers can stream them without reading anything back.

Deterministic: the rows depend only on the seed, the chunk and the reference date.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from .bsn import bsns
from .geography import Place
from .households import COUPLE, FAMILY, SINGLE, plan_households
from .names import NamePools

YEAR = 365.2425
NETHERLANDS, DUTCH = "6030", "0001"
BAG_SERIAL_BASE = 5_000_000_000  # far above the serials in RvIG's test set
FOREIGN_SHARE = 0.09  # households with a non-Dutch nationality
# (nationality table 32, country table 34, place of birth)
FOREIGN = (
    ("0339", "6043", "Ankara"),
    ("0131", "5022", "Rabat"),
    ("0072", "7028", "Warschau"),
    ("0263", "5007", "Paramaribo"),
    ("0336", "7009", "Damascus"),
    ("0052", "5010", "Brussel"),
    ("0034", "6038", "Kyiv"),
    ("0307", "6022", "Peking"),
    ("0077", "6037", "Madrid"),
    ("0064", "7044", "Rome"),
    ("0312", "7046", "New Delhi"),
    ("0074", "7047", "Boekarest"),
    ("0053", "7024", "Sofia"),
)
MARRIAGE, REGISTERED = "H", "P"
DEATH = "O"


@dataclass(frozen=True)
class Chunk:
    code: str
    part: int
    residents: int
    persons: int = 0
    addresses: int = 0
    person_start: int = 0
    address_start: int = 0
    address_index: int = 0  # position of its first address among the municipality's generated ones
    bsn_index: int = 0

    @property
    def key(self) -> str:
        return f"{self.code}:{self.part}"


@dataclass
class Rows:
    persons: list = field(default_factory=list)
    addresses: list = field(default_factory=list)
    residences: list = field(default_factory=list)
    nationalities: list = field(default_factory=list)
    relationships: list = field(default_factory=list)


def _unregistered(first_names: str, name: tuple[str, str], birth_date: str, country: str, gender: str) -> tuple:
    """A parent who is not in the registry, shaped like a person row for `relation`."""
    return (None, None, "", "", first_names, "", name[0], name[1], "", birth_date, "", country, gender)


@cache
def _day_strings(reference: int) -> tuple[int, tuple[str, ...]]:
    first = reference - int(130 * YEAR)
    return first, tuple(date.fromordinal(o).strftime("%Y%m%d") for o in range(first, reference + 1))


def generate(
    chunk: Chunk,
    place: Place,
    pools: NamePools,
    seed: int,
    reference: date,
    birth_places: tuple[str, ...],
    plan: list | None = None,
) -> Rows:
    """All rows of one chunk. `birth_places`: municipality codes to draw other places of birth from;
    `plan`: the chunk's `plan_households`, when the caller has it already."""
    if plan is None:
        plan = plan_households(seed, chunk.key, chunk.residents)
    rng = random.Random(f"{seed}:{chunk.key}")  # noqa: S311 - reproducible fake data, no secrets
    rnd, choice = rng.random, rng.choice
    today = reference.toordinal()
    first_day, days = _day_strings(today)
    rows = Rows()
    persons, residences, nationalities, relationships = rows.persons, rows.residences, rows.nationalities, rows.relationships
    numbers = bsns(chunk.bsn_index, chunk.persons)
    next_person = [chunk.person_start]
    male, female, surnames = pools.male, pools.female, pools.surnames
    code, place_id = place.code, place.id

    def d(ordinal: int) -> str:
        return days[ordinal - first_day]

    def born(age_from: float, age_to: float) -> int:
        return today - int((age_from + rnd() * (age_to - age_from)) * YEAR) - int(rnd() * 365)

    def between(low: int, high: int) -> int:
        return low + int(rnd() * (high - low)) if high > low else high

    def given_names(gender: str) -> str:
        pool = male if gender == "M" else female
        x = rnd()
        if x < 0.4:
            return choice(pool)
        if x < 0.85:
            return f"{choice(pool)} {choice(pool)}"
        return f"{choice(pool)} {choice(pool)} {choice(pool)}"

    def person(gender, birth, name, origin, usage="E", death=0, dutch_born=True) -> tuple:
        pid = next_person[0]
        next_person[0] = pid + 1
        birth_date = d(birth)
        nationality, country, city = origin
        if dutch_born:
            birth_place = code if rnd() < 0.55 else choice(birth_places)
            birth_country, registered = NETHERLANDS, birth_date
        else:
            birth_place, birth_country = city, country
            registered = d(min(today, birth + int((18 + rnd() * 20) * YEAR)))
        death_date = d(death) if death else ""
        row = (
            pid, None, numbers[pid - chunk.person_start], "", given_names(gender), "", name[0], name[1],
            usage, birth_date, birth_place, birth_country, gender,
            death_date, code if death else "", NETHERLANDS if death else "", 0,
            death_date, DEATH if death else "", registered,
        )  # fmt: skip
        persons.append(row)
        nationalities.append((pid, nationality, "", "001" if nationality == DUTCH else "301", "", birth_date))
        return row

    def relation(owner, kind, other, valid_from, parent="", valid_until="", kind_of="", end=""):
        relationships.append((
            owner[0], kind, parent, other[0] if other[0] else None, other[2], "", other[4], "", other[6], other[7],
            other[9], other[10], other[11], other[12], valid_from, valid_until, kind_of,
            code if kind_of else "", NETHERLANDS if kind_of else "", code if end else "",
            NETHERLANDS if end else "", end,
        ))  # fmt: skip

    def partners(a, b, married, until="", end=""):
        kind_of = MARRIAGE if rnd() < 0.85 else REGISTERED
        day = d(married)
        relation(a, "partner", b, day, valid_until=until, kind_of=kind_of, end=end)
        relation(b, "partner", a, day, valid_until=until, kind_of=kind_of, end=end)

    def live(resident, address_id, moved_in, until=""):
        day = d(moved_in)
        residences.append((place_id, resident[0], address_id, "", "W", day, until, day, code))

    def couple(age_from, age_to):
        """(woman, man) birth ordinals and genders, a bit older man; 2 % same-sex couples."""
        first = born(age_from, age_to)
        second = first - int(rng.gauss(2.5, 3.0) * YEAR)
        if rnd() < 0.02:
            gender = "M" if rnd() < 0.5 else "V"
            return (gender, first), (gender, second)
        return ("V", first), ("M", second)

    adult = int(18 * YEAR)
    street, house = place.locate(chunk.address_index)
    address_id = chunk.address_start
    for kind, children, detail in plan:
        # the address of this household
        postcode = place.postcode(street, house)
        serial = BAG_SERIAL_BASE + street * 200 + house
        name = place.street_name(pools, street)
        rows.addresses.append((
            address_id, f"{code}20{serial:010d}", f"{code}01{serial:010d}", name, name, house, "", "",
            postcode, place.name, place_id, True,
        ))  # fmt: skip
        house += 1
        if house > place.street_length(street):
            street, house = street + 1, 1

        origin = choice(FOREIGN) if rnd() < FOREIGN_SHARE else (DUTCH, NETHERLANDS, "")
        dutch_born = origin[0] == DUTCH or rnd() < 0.3
        if kind == SINGLE:
            if detail == "widowed":
                (g1, b1), (g2, b2) = couple(68, 97)
                if rnd() < 0.25:  # more widows than widowers
                    (g1, b1), (g2, b2) = (g2, b2), (g1, b1)
                died = between(max(b2 + int(55 * YEAR), today - int(15 * YEAR)), today - 30)
                moved_in = between(max(b1, b2) + int(25 * YEAR), died - 1)
                married = between(max(b1, b2) + int(20 * YEAR), moved_in)
                survivor = person(g1, b1, choice(surnames), origin, dutch_born=dutch_born)
                late = person(g2, b2, choice(surnames), origin, death=died, dutch_born=dutch_born)
                partners(survivor, late, married, until=d(died), end=DEATH)
                live(survivor, address_id, moved_in)
                live(late, address_id, moved_in, until=d(died))
            else:
                ages = {"young": (19, 35), "middle": (35, 65), "old": (65, 97)}[detail]
                gender = "V" if rnd() < (0.6 if detail == "old" else 0.48) else "M"
                birth = born(*ages)
                single = person(gender, birth, choice(surnames), origin, dutch_born=dutch_born)
                live(single, address_id, between(max(birth + adult, today - int(30 * YEAR)), today))
            address_id += 1
            continue

        if kind == COUPLE:
            young = rnd() < 0.4
            (g1, b1), (g2, b2) = couple(23, 40) if young else couple(45, 88)
            b2 = min(b2, today - adult)
            usage = "E" if g1 != "V" or g2 != "M" else ("E", "E", "E", "V", "P")[int(rnd() * 5)]
            one = person(g1, b1, choice(surnames), origin, usage=usage, dutch_born=dutch_born)
            two = person(g2, b2, choice(surnames), origin, dutch_born=dutch_born)
            grown = max(b1, b2) + adult
            partners(one, two, between(grown + int(5 * YEAR), min(today, grown + int(25 * YEAR))))
            moved_in = between(grown, today)
            live(one, address_id, moved_in)
            live(two, address_id, moved_in)
            address_id += 1
            continue

        # FAMILY or SINGLE_PARENT: children first, parents' ages follow from the eldest
        eldest = born(0, 25)
        ages = [eldest]
        for _ in range(children - 1):
            younger = ages[-1] + int((1.2 + rnd() * 3.5) * YEAR)
            ages.append(younger if younger <= today else between(ages[-1], today))
        mother_birth = eldest - int((24 + rnd() * 14) * YEAR)
        father_birth = min(mother_birth - int(rng.gauss(2.5, 3.0) * YEAR), eldest - int(20 * YEAR))
        father_surname, mother_surname = choice(surnames), choice(surnames)
        child_surname = father_surname if rnd() < 0.85 else mother_surname
        if kind == FAMILY:
            mother = person("V", mother_birth, mother_surname, origin, dutch_born=dutch_born)
            father = person("M", father_birth, father_surname, origin, dutch_born=dutch_born)
            if rnd() < 0.8:
                partners(mother, father, between(max(mother_birth, father_birth) + int(20 * YEAR), eldest))
            parents = (mother, father)
        elif rnd() < 0.8:  # a single mother; the father is not registered here, only his details
            mother = person("V", mother_birth, mother_surname, origin, dutch_born=dutch_born)
            parents = (mother, _unregistered(given_names("M"), father_surname, d(father_birth), origin[1], "M"))
        else:
            father = person("M", father_birth, father_surname, origin, dutch_born=dutch_born)
            parents = (_unregistered(given_names("V"), mother_surname, d(mother_birth), origin[1], "V"), father)
        moved_in = between(max(mother_birth, father_birth) + int(20 * YEAR), today)
        moved_in = min(moved_in, eldest + int(rnd() * 3 * YEAR)) if rnd() < 0.6 else moved_in
        moved_in = min(max(moved_in, max(mother_birth, father_birth) + adult), today)
        for parent in parents:
            if parent[0] is not None:
                live(parent, address_id, moved_in)
        for birth in ages:
            gender = "M" if rnd() < 0.512 else "V"
            child = person(gender, birth, child_surname, origin, dutch_born=True)
            day = d(birth)
            for number, parent in enumerate(parents, start=1):
                relation(child, "parent", parent, day, parent=str(number))
                if parent[0] is not None:
                    relation(parent, "child", child, day)
            live(child, address_id, max(moved_in, birth))
        address_id += 1
    return rows
