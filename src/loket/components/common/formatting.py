"""Values as the standard writes them: ISO-8601 dates, date-times and durations."""

import datetime

from django.utils.duration import duration_iso_string


def iso_date(value: datetime.date | None) -> str | None:
    return value.isoformat() if value else None


def iso_datetime(value: datetime.datetime | None) -> str | None:
    """In UTC, as the database gives it back: a value just parsed from a request is in local
    time, and for dates before 1835 Amsterdam's local time is "+00:19:32", which RFC 3339 has no
    way to write."""
    if not value:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(datetime.UTC)
    return value.isoformat().replace("+00:00", "Z")


def iso_duration(value: datetime.timedelta | None) -> str | None:
    return duration_iso_string(value) if value is not None else None
