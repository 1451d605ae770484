"""The date rules restated independently, for property tests to compare against.

Written from the rules' text (docs/rules.md) and sharing no code with onepoints_cli, so
that a property never checks the code under test against itself.
"""

from __future__ import annotations

from datetime import date, timedelta

#: The program's retroactive start: activities before it never count (docs/rules.md).
PROGRAM_START = date(2022, 1, 1)


def _next_first(first: date) -> date:
    return (first + timedelta(days=32)).replace(day=1)


def _previous_first(first: date) -> date:
    return (first - timedelta(days=1)).replace(day=1)


def months_later(day: date, months: int) -> date:
    """The same day of the month `months` on (or back), walking one month at a time
    and clamping to the month's length: 2024-02-29 + 24 months is 2026-02-28."""
    first = day.replace(day=1)
    for _ in range(abs(months)):
        first = _next_first(first) if months > 0 else _previous_first(first)
    length = (_next_first(first) - first).days
    return first.replace(day=min(day.day, length))


def counts_on(activity_date: date, day: date) -> bool:
    """The rolling window in the rules' words: from the activity's date until the day
    before the same date 24 months later, and never before the program's start."""
    return PROGRAM_START <= activity_date <= day < months_later(activity_date, 24)
