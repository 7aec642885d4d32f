"""Readable, unique besluit numbers per municipality: BESLUIT-2026-0000000001 (brc-002).

The same counter pattern as zaken (`zaken/identificatie.py`): an UPDATE on a (municipality,
year) row inside the caller's transaction, so parallel creates never get the same number. The
year is that of the besluit's datum; the format is the one Open Zaak generates.
"""

from django.db.models import F

from .models import Besluit, BesluitIdentificatieCounter

PREFIX = "BESLUIT"


def _increment(municipality_id: int, year: int) -> int:
    counters = BesluitIdentificatieCounter.all_municipalities.filter(
        municipality_id=municipality_id, year=year
    )
    if not counters.update(last_value=F("last_value") + 1):
        BesluitIdentificatieCounter.all_municipalities.bulk_create(
            [BesluitIdentificatieCounter(municipality_id=municipality_id, year=year)],
            ignore_conflicts=True,
        )
        counters.update(last_value=F("last_value") + 1)
    return counters.values_list("last_value", flat=True).get()


def generate_identificatie(
    municipality_id: int, verantwoordelijke_organisatie: str, year: int
) -> str:
    """Must run inside transaction.atomic(); skips numbers a client already chose itself."""
    while True:
        candidate = f"{PREFIX}-{year}-{_increment(municipality_id, year):010d}"
        if not Besluit.all_municipalities.filter(
            verantwoordelijke_organisatie=verantwoordelijke_organisatie, identificatie=candidate
        ).exists():
            return candidate
