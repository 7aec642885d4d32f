"""Turns RvIG's GBA-V test person lists into compact registry records (one JSON line per person).

The records carry everything the registry stores: the person, nationalities, Dutch residences
with their addresses, stays abroad, parents, children and partners. `loader.py` reads them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..constants import RNI_MUNICIPALITY_CODE
from .gba_v import PersonList, Row, Stack
from .municipalities import MunicipalityMapper

IDENTITY_ELEMENTS = ("01.10", "01.20", "02.10", "02.40", "03.10")
INCORRECT = "O"  # 84.10 onjuist: the row was never true


class ConversionError(ValueError):
    pass


def _identifies(category: str, row: Row) -> bool:
    return any(row.get(f"{category}.{element}") for element in IDENTITY_ELEMENTS)


def _date(value: str) -> str:
    """A BRP date (yyyymmdd, 00 for unknown parts); anything else is a defect in the source, dropped.

    One record of RvIG's set (Lg01_803) has its partner columns shifted by one, which puts "05" in
    06.08.10 (date of death); that person did not die.
    """
    return value if len(value) == 8 and value.isdigit() else ""


def _int(value: str, default: int = 0) -> int:
    return int(value) if value.isdigit() else default


def convert(person_list: PersonList, mapper: MunicipalityMapper, seen_bsns: set[str]) -> dict:
    p = person_list.current("01")
    if not p:
        raise ConversionError(f"{person_list.record_id}: no category 01")
    death = person_list.current("06")
    inscription = person_list.current("07")
    bsn = p.get("01.01.20", "")
    disputed = ""
    if bsn and bsn in seen_bsns:
        bsn, disputed = "", bsn
    elif bsn:
        seen_bsns.add(bsn)
    addresses, residences, foreign = _residences(person_list, mapper)
    return {
        "record": person_list.record_id,
        "person": {
            "a_number": p.get("01.01.10") or None,
            "bsn": bsn or None,
            "disputed_bsn": disputed,
            "first_names": p.get("01.02.10", ""),
            "noble_title": p.get("01.02.20", ""),
            "name_prefix": p.get("01.02.30", ""),
            "surname": p.get("01.02.40", ""),
            "name_usage": p.get("01.61.10", "E"),
            "birth_date": _date(p.get("01.03.10", "")),
            "birth_place": p.get("01.03.20", ""),
            "birth_country": p.get("01.03.30", ""),
            "gender": p.get("01.04.10", ""),
            "death_date": _date(death.get("06.08.10", "")),
            "death_place": death.get("06.08.20", "") if _date(death.get("06.08.10", "")) else "",
            "death_country": death.get("06.08.30", "") if _date(death.get("06.08.10", "")) else "",
            "secrecy": _int(inscription.get("07.70.10", "0")),
            "suspension_date": inscription.get("07.67.10", ""),
            "suspension_reason": inscription.get("07.67.20", ""),
            "first_registered_on": inscription.get("07.68.10", ""),
        },
        "nationalities": [_nationality(stack) for stack in person_list.stacks("04")],
        "addresses": addresses,
        "residences": residences,
        "foreign": foreign,
        "relationships": _relationships(person_list),
    }


def _nationality(stack: Stack) -> dict:
    current = stack.current
    return {
        "nationality": stack.latest("04.05.10"),
        "special_dutch": current.get("04.65.10", ""),
        "acquired_reason": stack.latest("04.63.10"),
        "ended_reason": current.get("04.64.10", ""),
        "valid_from": current.get("04.85.10", ""),
    }


def _address_key(row: Row) -> tuple:
    return tuple(row.get(f"08.11.{e}", "") for e in ("10", "15", "20", "30", "40", "60", "70", "80", "90")) + (
        row.get("08.09.10", ""),
    )


def _residences(person_list: PersonList, mapper: MunicipalityMapper):
    rows = [row for stack in person_list.stacks("08") for row in stack.rows]
    addresses: list[dict] = []
    address_index: dict[tuple, int] = {}
    residences: list[dict] = []
    foreign: list[dict] = []
    newer_from = ""  # the start of the period after this one, newest first
    for position, row in enumerate(rows):
        recorded = row.get("08.09.10", "")
        is_foreign = bool(row.get("08.13.10")) and not row.get("08.11.10") and not row.get("08.12.10")
        start = (row.get("08.13.20") if is_foreign else row.get("08.10.30")) or row.get("08.09.20", "")
        superseded = position > 0 and (row.get("08.84.10") == INCORRECT or (start and newer_from and start >= newer_from))
        if row.get("08.11.10") or row.get("08.11.60"):
            key = _address_key(row)
            if key not in address_index:
                current_code = mapper.current_code(recorded) or mapper.current_code(row.get("08.11.90", "")[:4])
                if current_code is None:
                    raise ConversionError(f"{person_list.record_id}: no municipality for code {recorded!r}")
                address_index[key] = len(addresses)
                addresses.append(
                    {
                        "nummeraanduiding_id": row.get("08.11.90", ""),
                        "adresseerbaar_object_id": row.get("08.11.80", ""),
                        "street": row.get("08.11.10", ""),
                        "public_space_name": row.get("08.11.15", ""),
                        "house_number": _int(row.get("08.11.20", ""), None),
                        "house_letter": row.get("08.11.30", ""),
                        "house_number_addition": row.get("08.11.40", ""),
                        "postcode": row.get("08.11.60", ""),
                        "place": row.get("08.11.70", ""),
                        "municipality": current_code,
                        "municipality_code": recorded,
                    }
                )
        has_place = any(row.get(e) for e in ("08.11.10", "08.11.60", "08.12.10", "08.13.10"))
        if superseded or not (has_place or recorded == RNI_MUNICIPALITY_CODE):
            continue
        until = newer_from if position > 0 else ""
        if is_foreign or recorded == RNI_MUNICIPALITY_CODE:
            foreign.append(
                {
                    "country": row.get("08.13.10", "0000"),
                    "line1": row.get("08.13.30", ""),
                    "line2": row.get("08.13.40", ""),
                    "line3": row.get("08.13.50", ""),
                    "valid_from": start,
                    "valid_until": until,
                    "in_rni": recorded == RNI_MUNICIPALITY_CODE,
                }
            )
        else:
            has_address = bool(row.get("08.11.10") or row.get("08.11.60"))
            location = row.get("08.12.10", "")
            current_code = mapper.current_code(recorded)
            if current_code is None or not (has_address or location):
                raise ConversionError(f"{person_list.record_id}: residence without municipality or address")
            residences.append(
                {
                    "address": address_index[_address_key(row)] if has_address else None,
                    "location_description": location,
                    "address_function": row.get("08.10.10", "W") or "W",
                    "valid_from": start,
                    "valid_until": until,
                    "registered_in_municipality_on": row.get("08.09.20", ""),
                    "municipality": current_code,
                    "municipality_code": recorded,
                }
            )
        newer_from = start or newer_from
    return addresses, residences, foreign


def _related(category: str, row: Row) -> dict:
    return {
        "bsn": row.get(f"{category}.01.20", ""),
        "a_number": row.get(f"{category}.01.10", ""),
        "first_names": row.get(f"{category}.02.10", ""),
        "noble_title": row.get(f"{category}.02.20", ""),
        "name_prefix": row.get(f"{category}.02.30", ""),
        "surname": row.get(f"{category}.02.40", ""),
        "birth_date": row.get(f"{category}.03.10", ""),
        "birth_place": row.get(f"{category}.03.20", ""),
        "birth_country": row.get(f"{category}.03.30", ""),
        "gender": row.get(f"{category}.04.10", ""),
    }


def _relationships(person_list: PersonList) -> list[dict]:
    result: list[dict] = []
    for category, parent_number in (("02", "1"), ("03", "2")):
        stacks = person_list.stacks(category)
        if stacks and _identifies(category, stacks[0].current):
            row = stacks[0].current
            result.append(
                {"kind": "parent", "parent_number": parent_number, **_related(category, row),
                 "valid_from": row.get(f"{category}.62.10", "")}
            )
    for stack in person_list.stacks("05"):
        row = stack.current
        if not _identifies("05", row):
            continue
        result.append(
            {
                "kind": "partner",
                **_related("05", row),
                "partnership_type": stack.latest("05.15.10"),
                "valid_from": stack.latest("05.06.10"),
                "start_place": stack.latest("05.06.20"),
                "start_country": stack.latest("05.06.30"),
                "valid_until": row.get("05.07.10", ""),
                "end_place": row.get("05.07.20", ""),
                "end_country": row.get("05.07.30", ""),
                "end_reason": row.get("05.07.40", ""),
            }
        )
    for stack in person_list.stacks("09"):
        if _identifies("09", stack.current):
            result.append({"kind": "child", **_related("09", stack.current)})
    return result


def convert_all(person_lists: Iterable[PersonList], mapper: MunicipalityMapper) -> Iterator[dict]:
    seen: set[str] = set()
    for person_list in person_lists:
        yield convert(person_list, mapper, seen)


def _compact(value):
    """Drops empty values; the loader falls back to the model defaults."""
    if isinstance(value, dict):
        return {k: _compact(v) for k, v in value.items() if v not in ("", None, [], {})}
    if isinstance(value, list):
        return [_compact(v) for v in value]
    return value


def write_records(records: Iterable[dict], target: Path) -> int:
    target.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with target.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(_compact(record), ensure_ascii=False, separators=(",", ":")) + "\n")
            count += 1
    return count
