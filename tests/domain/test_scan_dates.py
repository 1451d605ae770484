"""Dates as evidence writes them; a numeric date that reads two ways is never guessed."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onepoints_cli.domain.scan.found_dates import find_dates, pick_date
from onepoints_cli.domain.scan.records import Note

MONTH_NAMES = "January February March April May June July August September October November December".split()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date: March 4, 2025", dt.date(2025, 3, 4)),
        ("Date: Mar 4, 2025", dt.date(2025, 3, 4)),
        ("Tuesday, Mar. 4th, 2025", dt.date(2025, 3, 4)),
        ("completed on 4 March 2025", dt.date(2025, 3, 4)),
        ("4th of March, 2025", dt.date(2025, 3, 4)),
        ("2025-03-04", dt.date(2025, 3, 4)),
        ("13/03/2025", dt.date(2025, 3, 13)),  # 13 is no month: day first
        ("03/13/2025", dt.date(2025, 3, 13)),  # US order
        ("04/04/2025", dt.date(2025, 4, 4)),  # both readings are the same day
        ("29 February 2024", dt.date(2024, 2, 29)),
        ("February 28, 2025", dt.date(2025, 2, 28)),
        ("31.12.2025", dt.date(2025, 12, 31)),
    ],
)
def test_dates_are_read(text, expected):
    field = pick_date(text)
    assert (field.value, field.confidence) == (expected, "found")


@pytest.mark.parametrize(
    "text",
    ["29 February 2025", "February 30, 2025", "2025-02-29", "31/04/2025", "32/01/2025", "Smarch 4, 2025"],
)
def test_days_that_do_not_exist_are_no_dates(text):
    assert pick_date(text).confidence == "missing"


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("04/03/2025", (dt.date(2025, 3, 4), dt.date(2025, 4, 3))),
        ("12/01/2026", (dt.date(2026, 1, 12), dt.date(2026, 12, 1))),
    ],
)
def test_a_date_that_reads_two_ways_is_ambiguous_not_guessed(text, readings):
    field = pick_date(f"Date: {text}")
    assert (field.value, field.confidence) == (None, "ambiguous")
    assert field.note == Note("ambiguous-date", text, readings=readings)


@pytest.mark.parametrize(
    ("text", "day"),
    [("Datum: 03.11.2025", dt.date(2025, 11, 3)), ("Data 12.01.2026", dt.date(2026, 1, 12))],
)
def test_a_dotted_date_is_day_first_as_europe_writes_it(text, day):
    assert pick_date(text)[:2] == (day, "found")


def test_a_labelled_date_wins_over_others():
    field = pick_date("Held 2025-01-02. Registration closes February 1, 2025.\nDate: March 4, 2025")
    assert field.value == dt.date(2025, 1, 2)
    # the day it was issued is no label of the activity's date (tests/domain/scan/test_found_dates.py)
    issued = pick_date("Issued 2025-01-02. Registration closes February 1, 2025.\nDate: March 4, 2025")
    assert issued[:2] == (dt.date(2025, 3, 4), "found")
    unlabelled = pick_date("see 2025-01-02 and 2025-02-03")
    assert (unlabelled.value, unlabelled.confidence) == (dt.date(2025, 1, 2), "guessed")


days = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31))


@given(days)
def test_every_written_form_reads_back(day):
    month = MONTH_NAMES[day.month - 1]
    for text in (f"{month} {day.day}, {day.year}", f"{day.day} {month} {day.year}", day.isoformat()):
        assert [hit.day for hit in find_dates(text)] == [day], text


@given(days)
def test_a_numeric_date_is_ambiguous_exactly_when_both_readings_exist(day):
    hit = find_dates(f"{day.day:02d}/{day.month:02d}/{day.year}")[0]
    two_readings = day.day <= 12 and day.day != day.month
    assert (hit.day is None) == two_readings
    if not two_readings:
        assert hit.day == day
