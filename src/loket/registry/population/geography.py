"""Where generated residents live: municipality shares, synthetic streets and postcodes.

Postcodes: four digits in the ranges of the municipality's province (each municipality gets a
slice of them, in proportion to its population) and two letters without F, I, O, Q, U, Y and never
SA, SD or SS. Each block of 20 house numbers on a street has its own postcode, so postcode +
house number is unique. BAG ids are 16 digits starting with the municipality code.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from .names import NamePools

PROVINCE_POSTCODES = {
    "PV20": ((9300, 9399), (9500, 9999)),  # Groningen
    "PV21": ((8400, 9299),),  # Fryslân
    "PV22": ((7700, 7999), (9400, 9499)),  # Drenthe
    "PV23": ((7400, 7699), (8000, 8199), (8260, 8299)),  # Overijssel
    "PV24": ((1300, 1379), (8200, 8259), (8300, 8319)),  # Flevoland
    "PV25": ((3770, 3899), (4000, 4199), (6500, 7399)),  # Gelderland
    "PV26": ((3400, 3769), (3900, 3999)),  # Utrecht
    "PV27": ((1000, 1299), (1380, 2199)),  # Noord-Holland
    "PV28": ((2200, 3399),),  # Zuid-Holland
    "PV29": ((4300, 4599),),  # Zeeland
    "PV30": ((4600, 5799),),  # Noord-Brabant
    "PV31": ((5800, 6499),),  # Limburg
}
_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
LETTER_PAIRS = tuple(a + b for a in _LETTERS for b in _LETTERS if a + b not in ("SA", "SD", "SS"))
HOUSES_PER_POSTCODE = 20
BLOCKS_PER_STREET = 10  # streets have at most 200 house numbers
# The street lengths repeat with this period; sum and prefix sums make address -> (street, house) O(log n).
STREET_PATTERN = 64


@dataclass(frozen=True)
class Place:
    """One municipality as the generator needs it."""

    id: int
    code: str
    name: str
    postcodes: tuple[int, ...]  # its slice of four-digit postcodes
    street_step: int
    street_offset: int
    street_lengths: tuple[int, ...]
    street_starts: tuple[int, ...]  # prefix sums of street_lengths

    def street_name(self, pools: NamePools, street: int) -> str:
        total = len(pools.street_bases) * len(pools.street_suffixes)
        combo = (street * self.street_step + self.street_offset) % total
        base, suffix = divmod(combo, len(pools.street_suffixes))
        return pools.street_bases[base] + pools.street_suffixes[suffix]

    def locate(self, address_index: int) -> tuple[int, int]:
        """(street number, house number) of the address_index-th address in the municipality."""
        period = self.street_starts[-1]
        cycle, rest = divmod(address_index, period)
        low, high = 0, STREET_PATTERN - 1
        while low < high:  # last street whose start <= rest
            middle = (low + high + 1) // 2
            if self.street_starts[middle] <= rest:
                low = middle
            else:
                high = middle - 1
        return cycle * STREET_PATTERN + low, rest - self.street_starts[low] + 1

    def street_length(self, street: int) -> int:
        return self.street_lengths[street % STREET_PATTERN]

    def postcode(self, street: int, house: int) -> str:
        slot = street * BLOCKS_PER_STREET + (house - 1) // HOUSES_PER_POSTCODE
        digits = self.postcodes[(slot // len(LETTER_PAIRS)) % len(self.postcodes)]
        return f"{digits}{LETTER_PAIRS[slot % len(LETTER_PAIRS)]}"


def largest_remainder(total: int, weights: list[int], minimum: int = 0) -> list[int]:
    """Splits total in proportion to weights (each at least `minimum`), summing exactly to total."""
    spare = total - minimum * len(weights)
    weight_sum = sum(weights) or 1
    exact = [spare * w / weight_sum for w in weights]
    shares = [math.floor(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (shares[i] - exact[i], i))
    for i in order[: spare - sum(shares)]:
        shares[i] += 1
    return [s + minimum for s in shares]


def build_places(municipalities: list[dict], pools: NamePools, seed: int) -> dict[str, Place]:
    """municipalities: dicts with id, code, name, province_code and population (all 342)."""
    places = {}
    by_province: dict[str, list[dict]] = {}
    for row in sorted(municipalities, key=lambda r: r["code"]):
        by_province.setdefault(row["province_code"], []).append(row)
    street_total = len(pools.street_bases) * len(pools.street_suffixes)
    for province, rows in by_province.items():
        numbers = [n for low, high in PROVINCE_POSTCODES.get(province, ((1000, 9999),)) for n in range(low, high + 1)]
        sizes = largest_remainder(len(numbers), [max(r["population"], 1) for r in rows], minimum=1)
        start = 0
        for row, size in zip(rows, sizes, strict=True):
            rng = random.Random(f"{seed}:streets:{row['code']}")  # noqa: S311 - reproducible fake data
            step = rng.randrange(1, street_total)
            while math.gcd(step, street_total) != 1:
                step += 1
            lengths = tuple(rng.choice((8, 12, 16, 24, 30, 40, 48, 60, 80, 100, 140, 180)) for _ in range(STREET_PATTERN))
            starts = [0]
            for length in lengths:
                starts.append(starts[-1] + length)
            places[row["code"]] = Place(
                id=row["id"],
                code=row["code"],
                name=row["name"],
                postcodes=tuple(numbers[start : start + size]),
                street_step=step,
                street_offset=rng.randrange(street_total),
                street_lengths=lengths,
                street_starts=tuple(starts),
            )
            start += size
    return places
