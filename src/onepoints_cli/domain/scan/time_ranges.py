"""The length of a time range as invitations and emails write it: "1:00 PM -
2:00 PM", "10am – 11:30am", "2-3 pm", "17:00 – 18:30", "16:00–17:00", and as
French, Italian, Portuguese or German write whole hours: "de 14 h à 15 h",
"14h–15h", "14–15 Uhr"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from itertools import islice

from ..rules import MAX_SCAN_DATES, MAX_SCAN_EVENT_HOURS

#: A clock time: "13:30", "1:30 pm", "10h00", "10 h 00", or a whole hour marked "h" ("14 h", "14h").
_TIME = (
    r"(?P<{h}>\d{{1,2}})(?:(?:[:.]|[ \t]?h[ \t]?)(?P<{m}>\d\d)(?!\d)|[ \t]?(?P<{x}>h|uhr)(?![\w]))?"
    r"[ \t]*(?P<{p}>[ap]\.?[ \t]?m\.?)?"
)
_RANGE = re.compile(
    r"(?<![\d/.:-])" + _TIME.format(h="h1", m="m1", p="p1", x="x1")
    # a range wrapped after its word: "dalle 14:30 alle" / "16:00."
    + r"[ \t]*(?:-|–|—|to|bis|à|a|tot|alle|às|hasta|until)[ \t]*(?:\n[ \t]*)?"
    + _TIME.format(h="h2", m="m2", p="p2", x="x2") + r"(?![\d/:]|\.\d)",  # a full stop may end the sentence
    re.I,
)  # fmt: skip


def range_hours(text: str) -> Iterator[Decimal]:
    """The length of every time range in the text (a range with neither a
    minute nor an am/pm, such as "13-15", is a range of days, not of times)."""
    for count, match in enumerate(_RANGE.finditer(text)):
        if count >= MAX_SCAN_DATES:
            return
        hours = _length(match)
        if hours is not None:
            yield hours


def distinct_ranges(text: str) -> int:
    """How many different time ranges the text writes ("10:15–11:00", "14:00–14:45"):
    an agenda's sessions; the same range written twice (a form's pair) counts once."""
    found = {
        re.sub(r"\s+", "", match.group(0))
        for match in islice(_RANGE.finditer(text), MAX_SCAN_DATES)
        if _length(match)
    }
    return len(found)


def without_ranges(text: str) -> str:
    """The text with its time ranges blanked: "14 h" in "de 14 h à 15 h" is a
    clock time, not a length."""
    return _RANGE.sub(" ", text)


def _length(match: re.Match[str]) -> Decimal | None:
    g = match.groupdict()
    if not (g["m2"] or g["p2"] or g["x2"]):
        return None
    if not (g["m1"] or g["p1"] or g["x1"]) and not (g["p2"] or g["x2"]):
        return None  # "2-3 pm", "14–15 Uhr": the end's mark is the start's; "13:00-14" is no range
    start = _minutes(g["h1"], g["m1"], g["p1"] or g["p2"] if not g["p1"] and g["p2"] else g["p1"])
    end = _minutes(g["h2"], g["m2"], g["p2"])
    if start is None or end is None:
        return None
    if g["p2"] and not g["p1"] and start > end:  # "11:00 - 1:00 PM": 11 AM
        start -= 12 * 60
    length = end - start
    if length <= 0 or length > MAX_SCAN_EVENT_HOURS * 60:
        return None
    return Decimal(length) / 60


def _minutes(hour: str, minute: str | None, half: str | None) -> int | None:
    h, m = int(hour), int(minute or 0)
    if m > 59:
        return None
    if half:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if half.casefold().startswith("p") else 0)
    elif h > 23:
        return None
    return h * 60 + m
