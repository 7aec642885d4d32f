"""Values as the standard writes them: ISO-8601 dates, date-times and durations."""

import datetime

from django.utils.duration import duration_iso_string


def iso_date(value: datetime.date | None) -> str | None:
    return value.isoformat() if value else None


def iso_datetime(value: datetime.datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


def iso_duration(value: datetime.timedelta | None) -> str | None:
    return duration_iso_string(value) if value is not None else None
