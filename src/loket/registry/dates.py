"""BRP dates: eight characters yyyymmdd, where an unknown year, month or day is 0000 or 00.

Stored as text so partial dates survive (a birth in "1968" is 19680000) and still sort and
compare as text. An empty string means no date.
"""

from __future__ import annotations

import re
from datetime import date

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_PATTERN = re.compile(r"^\d{8}$")


def validate_brp_date(value: str) -> None:
    if value in ("", None):
        return
    if not _PATTERN.match(value):
        raise ValidationError(_("Een datum heeft de vorm jjjjmmdd."), code="brp_date")
    year, month, day = int(value[:4]), int(value[4:6]), int(value[6:])
    if month > 12 or day > 31 or (month == 0 and day != 0):
        raise ValidationError(_("Deze datum bestaat niet."), code="brp_date")
    if year and month and day:
        try:
            date(year, month, day)
        except ValueError:
            raise ValidationError(_("Deze datum bestaat niet."), code="brp_date") from None


def to_brp(value: date) -> str:
    return value.strftime("%Y%m%d")


def precision(value: str) -> str:
    """'day', 'month', 'year' or 'unknown' — the Haal Centraal AbstractDatum kinds."""
    if not value or value[:4] == "0000":
        return "unknown"
    if value[4:6] == "00":
        return "year"
    if value[6:] == "00":
        return "month"
    return "day"


def earliest(value: str) -> date | None:
    """The first day the partial date can mean, or None when the year is unknown."""
    kind = precision(value)
    if kind == "unknown":
        return None
    year = int(value[:4])
    month = int(value[4:6]) or 1
    day = int(value[6:]) or 1
    return date(year, month, day)


def to_date(value: str) -> date | None:
    return earliest(value) if precision(value) == "day" else None


def display(value: str) -> str:
    """A BRP date for people: '3 maart 1985', 'maart 1985', '1985' or 'onbekend', in the active language."""
    from django.utils.formats import date_format

    kind = precision(value)
    if kind == "unknown":
        return str(_("onbekend"))
    first = earliest(value)
    if kind == "year":
        return str(first.year)
    if kind == "month":
        return date_format(first, "F Y")
    return date_format(first, "j F Y")
