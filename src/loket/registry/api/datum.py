"""BRP dates (yyyymmdd, zeros for unknown parts) as the polymorphic AbstractDatum of the standard."""

from __future__ import annotations

from datetime import date

from ..dates import precision

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def datum(value: str) -> dict | None:
    """VolledigeDatum (type "Datum"), JaarMaandDatum, JaarDatum or DatumOnbekend; None for no date."""
    if not value or len(value) != 8 or not value.isdigit():
        return None  # not a well-formed BRP date (relatives' dates are kept as recorded)
    kind = precision(value)
    if kind == "unknown":
        return {"type": "DatumOnbekend", "onbekend": True, "langFormaat": "onbekend"}
    year, month, day = int(value[:4]), int(value[4:6]), int(value[6:])
    if month > 12 or (kind == "day" and not _exists(year, month, day)):
        return None
    if kind == "year":
        return {"type": "JaarDatum", "jaar": year, "langFormaat": str(year)}
    if kind == "month":
        return {
            "type": "JaarMaandDatum",
            "jaar": year,
            "maand": month,
            "langFormaat": f"{MONTHS[month - 1]} {year}",
        }
    return {
        "type": "Datum",
        "datum": date(year, month, day).isoformat(),
        "langFormaat": f"{day} {MONTHS[month - 1]} {year}",
    }


def _exists(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def age(birth: str, today: date) -> int | None:
    """Age in whole years, or None when the birth date does not tell it for certain."""
    if datum(birth) is None:
        return None
    kind = precision(birth)
    if kind in ("unknown", "year"):
        return None
    year, month, day = int(birth[:4]), int(birth[4:6]), int(birth[6:])
    if kind == "month":
        if today.month == month:
            return None  # the birthday may or may not have passed this month
        return today.year - year - (1 if today.month < month else 0)
    return today.year - year - (1 if (today.month, today.day) < (month, day) else 0)
