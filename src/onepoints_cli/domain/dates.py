"""Calendar arithmetic the rules are stated in: months, not days."""

import calendar
from datetime import date
from typing import Literal

from .problems import BadDate, DateOutOfRange
from .rules import EARLIEST_DATE as EARLIEST
from .rules import LATEST_DATE as LATEST


def date_problem(day: date) -> Literal["out_of_range"] | None:
    """Why a date cannot be in a ledger (render words it), or None."""
    return None if EARLIEST <= day <= LATEST else "out_of_range"


def add_months(day: date, months: int) -> date:
    """The same day of the month `months` later (or earlier), clamped to the
    month's last day: 2024-02-29 + 24 months is 2026-02-28, 2024-03-31 is 2026-03-31."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    if day.day <= 28:  # every month has it: no calendar look-up (standings() did 26,000 of them)
        return date(year, month + 1, day.day)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last_day))


def parse_iso_date(text: str, what: str = "date") -> date:
    """A YYYY-MM-DD date typed by the user; anything else is a clear error."""
    try:
        if len(text) != 10:
            raise ValueError
        day = date.fromisoformat(text)
    except ValueError:
        raise BadDate(what, text) from None
    if not EARLIEST <= day <= LATEST:
        raise DateOutOfRange(what, day)
    return day
