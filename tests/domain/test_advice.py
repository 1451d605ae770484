"""Date arithmetic behind the advice: the month short cut agrees with the calendar."""

from __future__ import annotations

import datetime as dt


def test_add_months_short_cut_agrees_with_the_calendar():
    import calendar

    from onepoints_cli.domain.dates import add_months

    for day in (dt.date(2024, 1, d) for d in range(1, 32)):
        for months in (-24, -1, 1, 13, 24):
            got = add_months(day, months)
            index = day.year * 12 + day.month - 1 + months
            year, month = divmod(index, 12)
            last = calendar.monthrange(year, month + 1)[1]
            assert got == dt.date(year, month + 1, min(day.day, last))
