"""domain/dates.py: month arithmetic (clamped at month ends) and the dates a user may type."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onepoints_cli.domain.dates import add_months, date_problem, parse_iso_date
from onepoints_cli.domain.problems import BadDate, DateOutOfRange


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2024, 2, 29), 24, dt.date(2026, 2, 28)),  # leap day to a common year: clamped
        (dt.date(2024, 2, 29), 48, dt.date(2028, 2, 29)),  # to a leap year: kept
        (dt.date(2024, 3, 31), 24, dt.date(2026, 3, 31)),
        (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),
        (dt.date(2023, 1, 31), 1, dt.date(2023, 2, 28)),
        (dt.date(2024, 5, 31), 1, dt.date(2024, 6, 30)),
        (dt.date(2024, 12, 15), 1, dt.date(2025, 1, 15)),  # across a year end
        (dt.date(2025, 1, 15), -1, dt.date(2024, 12, 15)),
        (dt.date(2026, 3, 31), -1, dt.date(2026, 2, 28)),
        (dt.date(2026, 2, 28), -24, dt.date(2024, 2, 28)),  # no un-clamping back to the 29th
        (dt.date(2025, 6, 28), 20, dt.date(2027, 2, 28)),  # the 28th: no look-up needed
        (dt.date(2025, 6, 30), 20, dt.date(2027, 2, 28)),
        (dt.date(2025, 6, 1), 0, dt.date(2025, 6, 1)),
    ],
)
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(9000, 12, 31)), st.integers(-600, 600))
def test_add_months_lands_in_the_right_month_on_the_same_or_last_day(day, months):
    result = add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    last = calendar.monthrange(result.year, result.month)[1]
    assert result.day == min(day.day, last)


@pytest.mark.parametrize(
    ("day", "ok"),
    [
        (dt.date(1899, 12, 31), False),
        (dt.date(1900, 1, 1), True),
        (dt.date(9899, 12, 31), True),
        (dt.date(9900, 1, 1), False),
    ],
)
def test_date_problem_at_the_range_edges(day, ok):
    problem = date_problem(day)
    if ok:
        assert problem is None
    else:
        assert problem == "out_of_range"


@pytest.mark.parametrize("text", ["2025-03-31", "2024-02-29", "1900-01-01"])
def test_parse_iso_date_reads_yyyy_mm_dd(text):
    assert parse_iso_date(text) == dt.date.fromisoformat(text)


@pytest.mark.parametrize(
    "text",
    [
        "2025-3-31",
        "20250331",
        "2025-02-29",
        "2025-13-01",
        "31/03/2025",
        "",
        " 2025-03-31",
        "2025-03-31T00:00",
        "２０２５-03-31",
    ],
)
def test_parse_iso_date_refuses_anything_else(text):
    with pytest.raises(BadDate) as refused:
        parse_iso_date(text, "--expires")
    assert refused.value == BadDate("--expires", text)


def test_parse_iso_date_refuses_a_valid_date_out_of_range():
    with pytest.raises(DateOutOfRange) as refused:
        parse_iso_date("1899-12-31")
    assert refused.value == DateOutOfRange("date", dt.date(1899, 12, 31))
