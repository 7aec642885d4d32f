"""When a burial or cremation may take place (Wet op de lijkbezorging, art. 16 and 17).

Not earlier than 36 hours after the death, not later than the sixth working day after the day
of the death; otherwise only with permission of the mayor. Working days exclude Saturdays,
Sundays and the general public holidays of the Algemene termijnenwet.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

EARLIEST_AFTER = datetime.timedelta(hours=36)
LATEST_WORKING_DAY = 6


def _easter(year: int) -> datetime.date:
    """Easter Sunday (the anonymous Gregorian computation)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own name
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def public_holidays(year: int) -> set[datetime.date]:
    """The Algemene termijnenwet's holidays: New Year, Easter Monday, Ascension Day, Whit Monday,
    Christmas (two days), King's Day (26 April when 27 April is a Sunday) and 5 May."""
    easter = _easter(year)
    kings_day = datetime.date(year, 4, 27)
    if kings_day.weekday() == 6:
        kings_day = datetime.date(year, 4, 26)
    return {
        datetime.date(year, 1, 1),
        easter + datetime.timedelta(days=1),
        easter + datetime.timedelta(days=39),
        easter + datetime.timedelta(days=50),
        kings_day,
        datetime.date(year, 5, 5),
        datetime.date(year, 12, 25),
        datetime.date(year, 12, 26),
    }


def is_working_day(day: datetime.date) -> bool:
    return day.weekday() < 5 and day not in public_holidays(day.year)


def working_day_after(day: datetime.date, count: int) -> datetime.date:
    """The `count`-th working day after `day` (not counting `day` itself)."""
    current, seen = day, 0
    while seen < count:
        current += datetime.timedelta(days=1)
        if is_working_day(current):
            seen += 1
    return current


@dataclass(frozen=True)
class Window:
    earliest: datetime.date
    latest: datetime.date

    def allows(self, day: datetime.date) -> bool:
        return self.earliest <= day <= self.latest


def window_for(died_at: datetime.datetime) -> Window:
    """The days a burial or cremation may take place without permission."""
    return Window(
        earliest=(died_at + EARLIEST_AFTER).date(),
        latest=working_day_after(died_at.date(), LATEST_WORKING_DAY),
    )
