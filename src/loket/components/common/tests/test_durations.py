import datetime

import pytest

from loket.components.common.durations import parse_iso_duration

DAY = datetime.timedelta(days=1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("P14D", 14 * DAY),
        ("P8W", 56 * DAY),
        ("P10Y", 3650 * DAY),
        ("P2M", 60 * DAY),
        ("P1Y2M10DT2H", (365 + 60 + 10) * DAY + datetime.timedelta(hours=2)),
        ("PT36H", datetime.timedelta(hours=36)),
        ("P1DT0.5S", DAY + datetime.timedelta(seconds=0.5)),
    ],
)
def test_durations_as_the_standards_write_them(text, expected):
    assert parse_iso_duration(text) == expected


@pytest.mark.parametrize("text", ["", "P", "PT", "14D", "P1.5Y", "P1YT", "PXD", "P1D2Y", None, 14])
def test_what_is_not_a_duration(text):
    assert parse_iso_duration(text) is None
