"""Time ranges as the seven languages write them, and ranges of days that are not times."""

from __future__ import annotations

from decimal import Decimal

import pytest

from onepoints_cli.domain.scan.time_ranges import range_hours, without_ranges


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("de 14 h à 15 h", "1"),
        ("14h-15h30", "1.5"),
        ("10h00 à 11h00", "1"),
        ("dalle 15:00 alle 16:30", "1.5"),
        ("das 14h às 15h30", "1.5"),
        ("2-3 pm", "1"),
        ("14–15 Uhr", "1"),
        ("von 14 bis 16 Uhr", "2"),
        ("1:00pm – 1:45pm", "0.75"),
    ],
)
def test_a_time_range_gives_its_length(text, hours):
    assert list(range_hours(text)) == [Decimal(hours)]


@pytest.mark.parametrize(
    "text", ["13-15 May", "May 13-15, 2025", "9–11 March 2026", "10 t/m 12 maart", "13:00-14", "2025 - 2026"]
)
def test_days_and_years_are_no_time_range(text):
    assert list(range_hours(text)) == []


def test_without_ranges_blanks_the_clock_times():
    assert "14" not in without_ranges("de 14 h à 15 h")


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("le jeudi 13 novembre 2025, de 10 h 00 à 11 h 15.", ["1.25"]),  # French, spaced, then a full stop
        ("das 14h00 às 15h00.", ["1"]),
        ("9.00-10.30.", ["1.5"]),
        ("from 10:00-11:30.5", []),  # no clock time ends in ".5"
    ],
)
def test_ranges_spaced_or_ending_a_sentence(text, hours):
    assert list(range_hours(text)) == [Decimal(h) for h in hours]
