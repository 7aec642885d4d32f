"""ISO 8601 durations as the ZGW standards write them ("P14D", "P8W", "P10Y", "P1Y2M10DT2H").

They are stored in DurationField, which has no calendar units: a year counts as 365 days and a
month as 30. "P1Y" is therefore written back as 365 days.
"""

import datetime
import re

from django.utils.dateparse import parse_duration

DAYS_PER_YEAR = 365
DAYS_PER_MONTH = 30

_CALENDAR = re.compile(
    r"P(?:(?P<years>\d+)Y)?(?:(?P<months>\d+)M)?(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?"
    r"(?P<time>T.+)?"
)


def parse_iso_duration(text: str) -> datetime.timedelta | None:
    """The duration `text` stands for; None if it is not an ISO 8601 duration."""
    if not isinstance(text, str) or not text.startswith("P") or text in ("P", "PT"):
        return None
    parsed = parse_duration(text)
    if parsed is not None:
        return parsed
    match = _CALENDAR.fullmatch(text)
    if match is None:
        return None
    parts = {key: int(value or 0) for key, value in match.groupdict().items() if key != "time"}
    time_part = datetime.timedelta()
    if match["time"]:
        time_part = parse_duration("P" + match["time"])
        if time_part is None:
            return None
    return time_part + datetime.timedelta(
        days=parts["years"] * DAYS_PER_YEAR
        + parts["months"] * DAYS_PER_MONTH
        + parts["weeks"] * 7
        + parts["days"]
    )
