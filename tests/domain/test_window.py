"""The rolling 24-month window and calendar months, at their exact edges."""

from __future__ import annotations

import datetime as dt
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onepoints_cli.domain.dates import add_months, parse_iso_date
from onepoints_cli.domain.problems import BadDate
from onepoints_cli.domain.window import activity_state, ages_out, in_window
from tests.support.builders import activity
from tests.support.oracles import counts_on, months_later


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2024, 2, 29), 24, date(2026, 2, 28)),  # leap day clamps
        (date(2024, 2, 29), 48, date(2028, 2, 29)),  # ... unless the target is leap too
        (date(2024, 3, 31), 24, date(2026, 3, 31)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2024, 8, 31), 1, date(2024, 9, 30)),
        (date(2024, 12, 15), 1, date(2025, 1, 15)),
        (date(2025, 1, 15), -1, date(2024, 12, 15)),
        (date(2024, 3, 31), -1, date(2024, 2, 29)),
        (date(2022, 1, 1), 24, date(2024, 1, 1)),
    ],
)
def test_add_months(start, months, expected):
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("activity_date", "day", "counts"),
    [
        (date(2024, 2, 29), date(2024, 2, 28), False),  # the day before: not yet
        (date(2024, 2, 29), date(2024, 2, 29), True),  # the day itself counts
        (date(2024, 2, 29), date(2026, 2, 27), True),  # the last day that counts
        (date(2024, 2, 29), date(2026, 2, 28), False),  # ages out on the clamped day
        (date(2024, 3, 31), date(2026, 3, 30), True),
        (date(2024, 3, 31), date(2026, 3, 31), False),
        (date(2024, 1, 31), date(2026, 1, 30), True),
        (date(2024, 1, 31), date(2026, 1, 31), False),
        (date(2022, 1, 1), date(2022, 1, 1), True),  # the program's first day counts
        (date(2021, 12, 31), date(2022, 1, 1), False),  # the day before never does
        (date(2021, 12, 31), date(2021, 12, 31), False),
    ],
)
def test_in_window_edges(activity_date, day, counts):
    assert in_window(activity_date, day) is counts


@pytest.mark.parametrize(
    ("activity_date", "day", "used", "state"),
    [
        (date(2025, 1, 1), date(2025, 1, 1), False, "counting"),
        (date(2025, 1, 2), date(2025, 1, 1), False, "planned"),
        (date(2025, 1, 1), date(2027, 1, 1), False, "aged_out"),
        (date(2025, 1, 1), date(2026, 12, 31), False, "counting"),
        (date(2021, 12, 31), date(2022, 6, 1), False, "before_program"),
        (date(2025, 1, 1), date(2025, 6, 1), True, "used"),
        (date(2030, 1, 1), date(2025, 6, 1), True, "used"),
    ],
)
def test_activity_state(activity_date, day, used, state):
    a = activity(day=activity_date)
    assert activity_state(a, day, frozenset({a.id} if used else ())) == state


dates = st.dates(min_value=date(2022, 1, 1), max_value=date(2040, 12, 31))


@given(dates, dates)
def test_counts_exactly_on_the_window(activity_date, day):
    """An activity counts on exactly the days [D, D + 24 months)."""
    assert in_window(activity_date, day) is counts_on(activity_date, day)


@given(dates)
def test_ages_out_is_24_calendar_months_later(activity_date):
    out = ages_out(activity_date)
    assert (out.year - activity_date.year) * 12 + out.month - activity_date.month == 24
    assert out.day == activity_date.day or (
        out.day < activity_date.day and (out + dt.timedelta(days=1)).day == 1
    )
    assert in_window(activity_date, out - dt.timedelta(days=1))
    assert not in_window(activity_date, out)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)), st.integers(-240, 240))
def test_add_months_agrees_with_walking_month_by_month(start, months):
    assert add_months(start, months) == months_later(start, months)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)), st.integers(-600, 600))
def test_add_months_never_invents_a_day(start, months):
    result = add_months(start, months)
    assert result.day <= start.day
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months


@pytest.mark.parametrize(
    "text", ["2025-02-30", "2025-13-01", "25-01-01", "2025/01/01", "tomorrow", "", "2025-1-1"]
)
def test_impossible_dates_are_refused(text):
    with pytest.raises(BadDate) as refused:
        parse_iso_date(text, "--date")
    assert refused.value == BadDate("--date", text)
