"""The body of a successful answer: `personen` as Persoon or PersoonBeperkt, limited to `fields`."""

from __future__ import annotations

from datetime import date

from .fields import select, selection
from .queries import Query
from .representation import automatic, collect_codes, persoon


def personen(query: Query, persons, today: date) -> list[dict]:
    codes = collect_codes(persons)
    chosen = selection(query.fields)
    result = []
    for person in persons:
        item = select(persoon(person, codes, today), query.type.tree, chosen)
        item.update(automatic(person))
        result.append(item)
    return result
