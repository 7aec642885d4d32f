"""Reads an LO GBA 'GBA-V' test set: one person list per `Lg01_<n>` row plus continuation rows.

Each column is an element `CC.GG.EE`. Within one person list, the rows of a category are read
top-down as a chain of occurrences. The `CC.H` column of a row says what the next row of that
category is: `5C` (category + 50) the history of the same occurrence, `CC` a new occurrence
(another nationality, partner or child), empty the end. So the first row of each occurrence (a
"stapel") holds the current values and the rows under it hold its history, newest first.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

Row = dict[str, str]


@dataclass
class Stack:
    """One occurrence of a category: current values, then its history rows (newest first)."""

    rows: list[Row] = field(default_factory=list)

    @property
    def current(self) -> Row:
        return self.rows[0]

    def latest(self, element: str) -> str:
        """The newest non-empty value of an element anywhere in the stack."""
        for row in self.rows:
            if row.get(element):
                return row[element]
        return ""


@dataclass
class PersonList:
    record_id: str
    categories: dict[str, list[Stack]]

    def stacks(self, category: str) -> list[Stack]:
        return self.categories.get(category, [])

    def current(self, category: str) -> Row:
        stacks = self.stacks(category)
        return stacks[0].current if stacks else {}


def _category_values(header: list[str], row: list[str], category: str) -> Row:
    return {
        name: value.strip()
        for name, value in zip(header, row, strict=False)
        if name.startswith(category + ".") and not name.endswith(".H") and value.strip()
    }


def _build_stacks(header: list[str], rows: list[list[str]], category: str) -> list[Stack]:
    marker_index = header.index(f"{category}.H") if f"{category}.H" in header else None
    stacks: list[Stack] = []
    next_is_history = False
    for row in rows:
        values = _category_values(header, row, category)
        marker = row[marker_index].strip() if marker_index is not None else ""
        if values:
            if next_is_history and stacks:
                stacks[-1].rows.append(values)
            else:
                stacks.append(Stack([values]))
        next_is_history = bool(marker) and marker != category
    return stacks


def read_person_lists(path: Path) -> Iterator[PersonList]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        header = [name.strip() for name in next(reader)]
        categories = sorted({name[:2] for name in header if len(name) >= 2 and name[:2].isdigit()})
        group: list[list[str]] = []
        for row in reader:
            if row and row[0].strip():
                if group:
                    yield _person_list(header, categories, group)
                group = [row]
            elif group:
                group.append(row)
        if group:
            yield _person_list(header, categories, group)


def _person_list(header: list[str], categories: list[str], rows: list[list[str]]) -> PersonList:
    stacks = {category: _build_stacks(header, rows, category) for category in categories}
    return PersonList(record_id=rows[0][0].strip(), categories={k: v for k, v in stacks.items() if v})
