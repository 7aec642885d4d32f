"""The burial/cremation window: 36 hours after the death, at most the sixth working day after."""

import datetime

from loket.modules.contrib.overlijden.legal_window import public_holidays, window_for


def test_the_sixth_working_day_skips_the_weekend():
    window = window_for(datetime.datetime(2025, 3, 3, 10, 0))  # a Monday
    assert window.earliest == datetime.date(2025, 3, 4)  # 22:00 the next day
    assert window.latest == datetime.date(2025, 3, 11)  # Tue..Fri, Mon, Tue


def test_public_holidays_are_no_working_days():
    assert datetime.date(2025, 4, 21) in public_holidays(2025)  # Easter Monday
    assert datetime.date(2025, 5, 29) in public_holidays(2025)  # Ascension Day
    assert datetime.date(2025, 4, 26) in public_holidays(2025)  # King's Day on Saturday the 26th
    window = window_for(datetime.datetime(2025, 12, 23, 23, 0))
    # 24, 29, 30, 31 Dec, 2 and 5 Jan: Christmas, the weekends and New Year's Day do not count
    assert window.latest == datetime.date(2026, 1, 5)
    assert window.earliest == datetime.date(2025, 12, 25)
