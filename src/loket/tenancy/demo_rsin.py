"""Fictional RSINs for the demo, so catalogi and zaken have a bronorganisatie.

The reference data has no RSINs (the CBS/TOOI sources do not carry them). A municipality's real
RSIN is set by its functional administrator. Demo numbers start with 80, followed by the
municipality code, and pass the eleven-test; they are never loaded in production.
"""

from stdnum.nl import bsn


def demo_rsin(code: str) -> str:
    for filler in range(100):
        stem = f"80{code}{filler:02d}"[:8]
        for check in range(10):
            candidate = f"{stem}{check}"
            if bsn.is_valid(candidate):
                return candidate
    raise ValueError(f"No eleven-test number for municipality {code}")  # pragma: no cover
