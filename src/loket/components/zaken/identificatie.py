"""Readable, unique case numbers per municipality: ZAAK-2026-0000001.

A counter row per (municipality, year) is incremented with an UPDATE inside the caller's
transaction; the row lock it takes makes parallel creates wait for each other, so no two get
the same number (no MAX()+1 race). The year is the zaak's startdatum year.
"""

from django.db.models import F

from .models import Zaak, ZaakIdentificatieCounter

PREFIX = "ZAAK"


def _increment(municipality_id: int, year: int) -> int:
    counters = ZaakIdentificatieCounter.all_municipalities.filter(
        municipality_id=municipality_id, year=year
    )
    if not counters.update(last_value=F("last_value") + 1):
        ZaakIdentificatieCounter.all_municipalities.bulk_create(
            [ZaakIdentificatieCounter(municipality_id=municipality_id, year=year, last_value=0)],
            ignore_conflicts=True,
        )
        counters.update(last_value=F("last_value") + 1)
    return counters.values_list("last_value", flat=True).get()


def generate_identificatie(municipality_id: int, bronorganisatie: str, year: int) -> str:
    """Must run inside transaction.atomic(); skips numbers a client already chose itself."""
    while True:
        candidate = f"{PREFIX}-{year}-{_increment(municipality_id, year):07d}"
        if not Zaak.all_municipalities.filter(
            bronorganisatie=bronorganisatie, identificatie=candidate
        ).exists():
            return candidate
