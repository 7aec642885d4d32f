"""Maps a municipality code as recorded on a person list to today's municipality.

Table 33 links a dissolved municipality to its successor ("nieuwe code"), but dates from November
2022, so the 2023 merger into Voorne aan Zee is added here. RvIG's test set also uses three test
municipality codes that never existed (1810 "Toetsoog", 1811 "Snellendam", 1802 on a few history
rows); the importer places them where most of their postcodes lie: Den Haag, Amsterdam and
Echt-Susteren. The code as recorded is kept next to it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

LATER_MERGERS = {"0501": "1992", "0530": "1992", "0614": "1992"}  # Voorne aan Zee, 1 January 2023
TEST_MUNICIPALITIES = {"1810": "0518", "1811": "0363", "1802": "1711"}


class MunicipalityMapper:
    def __init__(self, successors: Mapping[str, str], current_codes: Iterable[str]):
        self.successors = {**successors, **LATER_MERGERS, **TEST_MUNICIPALITIES}
        self.current = set(current_codes)

    def current_code(self, code: str) -> str | None:
        seen: set[str] = set()
        while code and code not in self.current and code not in seen:
            seen.add(code)
            code = self.successors.get(code, "")
        return code if code in self.current else None
