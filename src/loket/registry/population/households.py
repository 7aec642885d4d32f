"""Household composition, after CBS (2023): about 8.2 million households, 39 % single-person,
on average 2.1 persons per household.

A chunk's plan is drawn from its own random stream, so counting persons and addresses up front
(to hand out id ranges) and generating the rows later give the same households.
"""

from __future__ import annotations

import random

SINGLE, COUPLE, FAMILY, SINGLE_PARENT = "single", "couple", "family", "single_parent"
# Share of households by kind (CBS: single-person 39 %, couple without children 29 %,
# couple with children 25 %, single parent 7 %).
HOUSEHOLD_KINDS = ((SINGLE, 39), (COUPLE, 29), (FAMILY, 25), (SINGLE_PARENT, 7))
# Children living at home in households with children (CBS: 1: 40 %, 2: 42 %, 3: 14 %, 4+: 4 %).
CHILDREN = ((1, 40), (2, 42), (3, 14), (4, 4))
# Age band of single-person households: young adults, middle-aged, elderly.
SINGLE_AGES = (("young", 36), ("middle", 30), ("old", 34))
# Share of elderly singles who are widowed: their late partner is generated as a deceased person.
WIDOWED_SHARE = 0.45

_KINDS, _KIND_CUM = zip(*HOUSEHOLD_KINDS, strict=True)
_KIND_CUM = tuple(sum(_KIND_CUM[: i + 1]) for i in range(len(_KIND_CUM)))
_CHILDREN, _CHILDREN_CUM = zip(*CHILDREN, strict=True)
_CHILDREN_CUM = tuple(sum(_CHILDREN_CUM[: i + 1]) for i in range(len(_CHILDREN_CUM)))
_BANDS, _BAND_CUM = zip(*SINGLE_AGES, strict=True)
_BAND_CUM = tuple(sum(_BAND_CUM[: i + 1]) for i in range(len(_BAND_CUM)))


def expected_size() -> float:
    weights = dict(HOUSEHOLD_KINDS)
    mean_children = sum(n * w for n, w in CHILDREN) / sum(w for _, w in CHILDREN)
    sizes = {SINGLE: 1, COUPLE: 2, FAMILY: 2 + mean_children, SINGLE_PARENT: 1 + mean_children}
    return sum(sizes[k] * w for k, w in weights.items()) / sum(weights.values())


def plan_households(seed: int, key: str, residents: int) -> list[tuple[str, int, str]]:
    """(kind, children, detail) per household, exactly `residents` living persons in all.

    detail is the age band of a single ("young", "middle", "old", or "widowed": old with a late partner).
    """
    rng = random.Random(f"{seed}:{key}:plan")  # noqa: S311 - reproducible fake data, no secrets
    choices = rng.choices
    plan: list[tuple[str, int, str]] = []
    left = residents
    while left > 0:
        batch = max(16, int(left / 2))  # about the number of households still to come
        kinds = choices(_KINDS, cum_weights=_KIND_CUM, k=batch)
        children = choices(_CHILDREN, cum_weights=_CHILDREN_CUM, k=batch)
        bands = choices(_BANDS, cum_weights=_BAND_CUM, k=batch)
        widowed = [rng.random() < WIDOWED_SHARE for _ in range(batch)]
        for kind, kids, band, late in zip(kinds, children, bands, widowed, strict=True):
            if kind == SINGLE:
                size, item = 1, (SINGLE, 0, "widowed" if band == "old" and late else band)
            elif kind == COUPLE:
                size, item = 2, (COUPLE, 0, "")
            elif kind == FAMILY:
                size, item = 2 + kids, (FAMILY, kids, "")
            else:
                size, item = 1 + kids, (SINGLE_PARENT, kids, "")
            if size > left:  # the last households of a chunk: draw again until one fits
                continue
            plan.append(item)
            left -= size
            if left == 0:
                break
    return plan


def count(plan: list[tuple[str, int, str]]) -> tuple[int, int]:
    """(persons incl. deceased partners, addresses) of a plan."""
    deceased = sum(1 for kind, _, detail in plan if detail == "widowed")
    living = sum({SINGLE: 1, COUPLE: 2, FAMILY: 2, SINGLE_PARENT: 1}[kind] + kids for kind, kids, _ in plan)
    return living + deceased, len(plan)
