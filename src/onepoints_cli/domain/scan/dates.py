"""Dates as certificates and emails write them: March 4, 2025; 4 March 2025;
2025-03-04; 13/03/2025. 04/03/2025 is 4 March in Europe and April 3 in the
US: such a date is reported as ambiguous, never guessed."""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from ..dates import date_problem
from .records import Field

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)\b"
_PATTERNS = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),
    re.compile(r"\b(?P<first>\d{1,2})[/.](?P<second>\d{1,2})[/.](?P<year>(?:19|20)\d\d)\b"),
)
#: Words just before a date that say it is the date of the activity.
_LABEL = re.compile(
    r"(?:\bdate\b|completed|completion|awarded|issued|held|event|when|on)\W{0,4}(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)


class DateHit(NamedTuple):
    day: date | None  # None when ambiguous
    text: str
    labelled: bool
    #: The two readings of an ambiguous numeric date.
    readings: tuple[date, ...] = ()


def find_dates(text: str) -> list[DateHit]:
    """Every date in the text, in order."""
    hits: list[tuple[int, DateHit]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            hit = _read(match)
            if hit is not None:
                before = text[max(0, match.start() - 40) : match.start()].split("\n")[-1]
                hits.append((match.start(), hit._replace(labelled=bool(_LABEL.search(before)))))
    hits.sort(key=lambda pair: pair[0])
    return [hit for _, hit in hits]


def pick_date(text: str) -> Field:
    """The activity's date in a text: a labelled one first, else the only one."""
    hits = find_dates(text)
    if not hits:
        return Field(None, "missing", "no date in the file")
    labelled = [hit for hit in hits if hit.labelled]
    chosen = (labelled or hits)[0]
    if chosen.day is None:
        readings = " or ".join(d.isoformat() for d in chosen.readings)
        return Field(None, "ambiguous", f"{chosen.text} may be {readings}: give --date")
    distinct = {hit.day for hit in hits if hit.day is not None}
    if labelled or len(distinct) == 1:
        return Field(chosen.day, "found", f"from {chosen.text!r}")
    return Field(chosen.day, "guessed", f"the first of {len(distinct)} dates in the file")


def _read(match: re.Match) -> DateHit | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if "first" in groups:
        return _numeric(match.group(0), int(groups["first"]), int(groups["second"]), year)
    month_text = groups["month"]
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.casefold())
    day = _valid(year, month, int(groups["day"])) if month else None
    return DateHit(day, match.group(0), False) if day else None


def _numeric(text: str, first: int, second: int, year: int) -> DateHit | None:
    day_first = _valid(year, second, first)
    month_first = _valid(year, first, second)
    if day_first and month_first and day_first != month_first:
        return DateHit(None, text, False, (day_first, month_first))
    day = day_first or month_first
    return DateHit(day, text, False) if day else None


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return None if date_problem(value) else value
