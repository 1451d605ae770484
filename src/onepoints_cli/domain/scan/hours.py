"""Hours as the evidence states them: "Duration: 1 hour", "1.5 hours",
"90 minutes", "8 CPE credits", "CPE: 8", or the length of an invitation."""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from ..rules import MAX_SCAN_EVENT_HOURS
from ..validation import CENT, amount_problem, tidy_amount
from .records import Field

_NUMBER = r"(?P<n>\d{1,4}(?:[.,]\d{1,2})?|one|two|three|four|five|six|seven|eight|nine|ten|an?)"
_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
# The strongest statements first: a CPE figure is what the certificate awards.
_RULES: tuple[tuple[str, re.Pattern, Decimal], ...] = (
    ("CPE credits", re.compile(rf"\b{_NUMBER}\s*CPE\b", re.I), Decimal(1)),
    ("CPE credits", re.compile(r"\bCPE(?:\s+credits?|\s+hours?)?\s*(?:earned|awarded)?\s*[:=]\s*(?P<n>\d{1,4}(?:[.,]\d{1,2})?)", re.I), Decimal(1)),
    ("duration", re.compile(r"\bduration\s*[:=]?\s*(?P<h>\d{1,2}):(?P<m>\d\d)\b", re.I), Decimal(1)),
    ("duration", re.compile(rf"\bduration\s*[:=]?\s*(?:of\s+)?{_NUMBER}\s*(?:hours?|hrs?|h)\b", re.I), Decimal(1)),
    ("duration", re.compile(rf"\bduration\s*[:=]?\s*(?:of\s+)?{_NUMBER}\s*(?:minutes?|mins?)\b", re.I), Decimal(1) / 60),
    ("hours", re.compile(rf"\b{_NUMBER}[\s-]*(?:hours?|hrs?)\b", re.I), Decimal(1)),
    ("minutes", re.compile(rf"\b{_NUMBER}[\s-]*(?:minutes?|mins?)\b", re.I), Decimal(1) / 60),
)  # fmt: skip


def hours_from_text(text: str) -> Field:
    """The hours a text states; several different figures of the same strength are a guess."""
    for label, pattern, scale in _RULES:
        values = [v for match in pattern.finditer(text) if (v := _amount(match, scale)) is not None]
        if values:
            note = f"from the {label} in the file"
            if len(set(values)) > 1:
                return Field(values[0], "guessed", f"{note}: the first of {len(set(values))} figures")
            return Field(values[0], "found", note)
    return Field(None, "missing", "no duration, hours or CPE credits in the file")


def hours_from_length(length: timedelta | None) -> Field:
    if length is None:
        return Field(None, "missing", "the invitation has no end time")
    hours = _tidy(Decimal(int(length.total_seconds())) / 3600)
    if hours is None or hours > MAX_SCAN_EVENT_HOURS:
        return Field(None, "missing", f"the invitation lasts {length}: give --hours")
    return Field(hours, "found", "from the invitation's start and end")


def _amount(match: re.Match, scale: Decimal) -> Decimal | None:
    groups = match.groupdict()
    if "h" in groups:
        return _tidy(Decimal(groups["h"]) + Decimal(groups["m"]) / 60)
    text = groups["n"].casefold().replace(",", ".")
    number = Decimal(_WORDS[text]) if text in _WORDS else Decimal(text)
    return _tidy(number * scale)


def _tidy(hours: Decimal) -> Decimal | None:
    hours = hours.quantize(CENT, rounding=ROUND_HALF_UP)
    return None if amount_problem(hours) else tidy_amount(hours)
