"""Loads registry records (one JSON object per line, see `test_persons.py`) with bulk inserts.

Idempotent: persons already present (by A-number) are replaced, with everything hanging off them.
History events (moved in/out, emigrated, died, partnership started/ended) are derived from the
records, so the committed file stays compact.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from django.db import transaction

from loket.tenancy.models import Municipality

from ..constants import EventKind
from ..models import (
    Address,
    CivilStatusEvent,
    ForeignResidence,
    Person,
    PersonNationality,
    Relationship,
    Residence,
)

BATCH = 2000


def read_records(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


ADDRESS_FIELDS = (
    "nummeraanduiding_id",
    "adresseerbaar_object_id",
    "street",
    "public_space_name",
    "house_number",
    "house_letter",
    "house_number_addition",
    "postcode",
    "place",
)


def _address_key(fields: dict, municipality_id: int) -> tuple:
    return (*(fields.get(name) or "" for name in ADDRESS_FIELDS), municipality_id)


@transaction.atomic
def load_records(records: Iterable[dict]) -> dict[str, int]:
    records = list(records)
    municipalities = dict(Municipality.objects.values_list("code", "pk"))
    for record in records:
        for key in ("nationalities", "addresses", "residences", "foreign", "relationships"):
            record.setdefault(key, [])
    a_numbers = [r["person"]["a_number"] for r in records if r["person"].get("a_number")]
    _remove_existing(a_numbers)

    persons = [Person(**r["person"]) for r in records]
    Person.objects.bulk_create(persons, batch_size=BATCH)
    if persons and persons[0].pk is None:  # backends that do not return ids
        by_a_number = dict(Person.objects.filter(a_number__in=a_numbers).values_list("a_number", "pk"))
        for person in persons:
            person.pk = by_a_number[person.a_number]
    related_bsns = {item["bsn"] for r in records for item in r["relationships"] if item.get("bsn")}
    by_bsn = dict(Person.objects.filter(bsn__in=related_bsns).values_list("bsn", "pk"))

    addresses = _load_addresses(records, municipalities)
    nationalities, residences, foreign, relationships, events = [], [], [], [], []
    for record, person in zip(records, persons, strict=True):
        own_addresses = [addresses[_address_key(a, municipalities[a["municipality"]])] for a in record["addresses"]]
        nationalities += [PersonNationality(person_id=person.pk, **n) for n in record["nationalities"]]
        for item in record["residences"]:
            municipality_id = municipalities[item["municipality"]]
            address = own_addresses[item["address"]] if item.get("address") is not None else None
            residences.append(
                Residence(
                    person_id=person.pk,
                    address=address,
                    municipality_id=municipality_id,
                    **{k: v for k, v in item.items() if k not in ("address", "municipality")},
                )
            )
            if item.get("valid_from"):
                events.append(_event(person, EventKind.MOVED_IN, item["valid_from"], municipality_id, address))
            if item.get("valid_until"):
                events.append(_event(person, EventKind.MOVED_OUT, item["valid_until"], municipality_id, address))
        for item in record["foreign"]:
            foreign.append(ForeignResidence(person_id=person.pk, **item))
            if item.get("valid_from"):
                events.append(_event(person, EventKind.EMIGRATED, item["valid_from"], None, None))
        for item in record["relationships"]:
            related_id = by_bsn.get(item["bsn"]) if item.get("bsn") else None
            relationships.append(Relationship(person_id=person.pk, related_person_id=related_id, **item))
            if item["kind"] == "partner" and item.get("valid_from"):
                events.append(_event(person, EventKind.PARTNERSHIP_STARTED, item["valid_from"], None, None, related_id))
            if item["kind"] == "partner" and item.get("valid_until"):
                events.append(_event(person, EventKind.PARTNERSHIP_ENDED, item["valid_until"], None, None, related_id))
        if person.death_date:
            events.append(_event(person, EventKind.DIED, person.death_date, None, None))

    PersonNationality.objects.bulk_create(nationalities, batch_size=BATCH)
    Residence.all_municipalities.bulk_create(residences, batch_size=BATCH)
    ForeignResidence.objects.bulk_create(foreign, batch_size=BATCH)
    Relationship.objects.bulk_create(relationships, batch_size=BATCH)
    CivilStatusEvent.objects.bulk_create(events, batch_size=BATCH)
    return {
        "persons": len(persons),
        "addresses": len(set(map(id, addresses.values()))),
        "residences": len(residences),
        "foreign_residences": len(foreign),
        "relationships": len(relationships),
        "events": len(events),
    }


def _event(person, kind, date, municipality_id, address, related_id=None) -> CivilStatusEvent:
    return CivilStatusEvent(
        person_id=person.pk,
        kind=kind,
        date=date,
        municipality_id=municipality_id,
        address=address,
        related_person_id=related_id,
    )


def _load_addresses(records: list[dict], municipalities: dict[str, int]) -> dict[tuple, Address]:
    """Finds or creates every address once, by all its fields."""
    wanted: dict[tuple, dict] = {}
    for record in records:
        for fields in record["addresses"]:
            municipality_id = municipalities[fields["municipality"]]
            wanted.setdefault(_address_key(fields, municipality_id), fields | {"municipality_id": municipality_id})
    existing: dict[tuple, Address] = {}
    postcodes = {fields.get("postcode", "") for fields in wanted.values()}
    for address in Address.objects.filter(postcode__in=postcodes):
        existing[_address_key(address.__dict__, address.municipality_id)] = address
    new = [
        Address(**{k: v for k, v in fields.items() if k not in ("municipality", "municipality_code")})
        for key, fields in wanted.items()
        if key not in existing
    ]
    Address.objects.bulk_create(new, batch_size=BATCH)
    if new and new[0].pk is None:
        return _load_addresses(records, municipalities)
    for address in new:
        existing[_address_key(address.__dict__, address.municipality_id)] = address
    return existing


def _remove_existing(a_numbers: list[str]) -> None:
    person_ids = list(Person.objects.filter(a_number__in=a_numbers).values_list("pk", flat=True))
    if not person_ids:
        return
    Residence.all_municipalities.filter(person_id__in=person_ids).delete()
    Person.objects.filter(pk__in=person_ids).delete()
