"""Date-times in API responses are written in UTC, so every value is valid RFC 3339."""

import datetime
import zoneinfo

from loket.components.common.formatting import iso_datetime


def test_a_date_time_before_1835_is_written_in_utc_not_with_amsterdams_old_offset():
    amsterdam = zoneinfo.ZoneInfo("Europe/Amsterdam")
    old = datetime.datetime(114, 3, 17, 10, 48, 22, 11000, tzinfo=amsterdam)
    assert old.isoformat().endswith("+00:19:32")  # what the response said: not RFC 3339
    assert iso_datetime(old) == "0114-03-17T10:28:50.011000Z"


def test_a_local_date_time_is_written_as_the_same_moment_in_utc():
    summer = datetime.datetime(2026, 7, 1, 12, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Amsterdam"))
    assert iso_datetime(summer) == "2026-07-01T10:00:00Z"
    assert iso_datetime(None) is None
