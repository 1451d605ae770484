"""Amounts and dates as a spreadsheet writes them back.

Excel on a European locale saves 7.5 as `7,5` and the day 2026-03-04 in the
locale's short form: `04.03.2026` (German, Nordic, Polish...) or `04/03/2026`
(French, Italian, Spanish...). Amounts have at most two decimals, so a comma
followed by one or two digits can only be a decimal comma (never a thousands
separator). A dotted date is day first in every locale that writes it; a
slashed one is day first in a `;`-separated file (the locales whose list
separator is `;` write the day first), but ambiguous in a comma-separated one
(the US writes 03/04/2026 for March 4), and refused there.
"""

from __future__ import annotations

import re
from datetime import date

from ..dates import parse_iso_date
from ..rules import EARLIEST_DATE, LATEST_DATE
from .problems import CellDateOutOfRange, NoSuchDay, SlashedDate

_DECIMAL_COMMA = re.compile(r"\s*[+-]?\d*,\d{1,2}\s*")
_DOTTED_DAY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_SLASHED_DAY = re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})")


def amount_text(cell: str) -> str:
    """The cell with a decimal comma written as a point (`7,5` -> `7.5`); other cells unchanged."""
    return cell.replace(",", ".") if _DECIMAL_COMMA.fullmatch(cell) else cell


def cell_date(cell: str, *, day_first_slashes: bool) -> date:
    """A date cell: YYYY-MM-DD, DD.MM.YYYY, or DD/MM/YYYY where the file says the day comes first."""
    text = cell.strip()
    dotted = _DOTTED_DAY.fullmatch(text)
    slashed = _SLASHED_DAY.fullmatch(text)
    if slashed and not day_first_slashes:
        raise SlashedDate(text)
    found = dotted or slashed
    if not found:
        return parse_iso_date(text, "date")
    day, month, year = map(int, found.groups())
    try:
        value = date(year, month, day)
    except ValueError:
        raise NoSuchDay(text, day, month) from None
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise CellDateOutOfRange(text, value)
    return value
