"""Name pools from Faker nl_NL, built once per seed; the generator then draws with random.Random.

Faker is far too slow per call for millions of persons, so only its word lists are used.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from faker.providers.address.nl_NL import Provider as AddressProvider
from faker.providers.person.nl_NL import Provider as PersonProvider

# Share of Dutch surnames with a prefix (voorvoegsel) and which ones, roughly as they occur.
PREFIX_SHARE = 0.25
PREFIXES = (("van", 40), ("de", 30), ("van der", 12), ("van den", 8), ("van de", 5), ("ter", 2), ("ten", 2), ("'t", 1))
EXTRA_STREET_SUFFIXES = ("straat", "weg", "plein", "singel", "kade", "gracht", "steeg", "erf")


@dataclass(frozen=True)
class NamePools:
    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[tuple[str, str], ...]  # (prefix, surname)
    street_bases: tuple[str, ...]
    street_suffixes: tuple[str, ...]


def _plain(words) -> list[str]:
    return sorted({w for w in words if w.isalpha() and w[:1].isupper()})


@cache
def name_pools(seed: int) -> NamePools:
    rng = random.Random(f"{seed}:names")  # noqa: S311 - reproducible fake data, no secrets
    prefixes, weights = zip(*PREFIXES, strict=True)
    surnames = []
    for name in _plain(PersonProvider.last_names):
        prefix = rng.choices(prefixes, weights)[0] if rng.random() < PREFIX_SHARE else ""
        surnames.append((prefix, name))
    male, female = _plain(PersonProvider.first_names_male), _plain(PersonProvider.first_names_female)
    bases = sorted(set(male) | set(female) | {s for _, s in surnames})
    suffixes = tuple(sorted(set(AddressProvider.street_suffixes) | set(EXTRA_STREET_SUFFIXES)))
    return NamePools(tuple(male), tuple(female), tuple(surnames), tuple(bases), suffixes)
