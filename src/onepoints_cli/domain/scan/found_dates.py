"""Dates as documents write them: March 4, 2025; 4 March 2025; 14. Oktober
2025; 10-Jun-2025; 2025-03-04; 13/03/2025; and ranges (May 13–15, 2025;
13th-15th May 2025), whose first day is the activity's date. 04/03/2025 is
4 March in Europe and April 3 in the US: such a date is settled only by an
unambiguous date in the same form in the same document (13/03/2025 says
day first), else reported as ambiguous, never guessed. A dotted date
(03.11.2025) is day first: that form is Europe's (German, Dutch, Italian...),
never the US's."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from ..dates import date_problem
from ..rules import (
    MAX_SCAN_DATES,
    MAX_SCAN_EVENT_DAYS,
    MAX_SCAN_TWO_DIGIT_YEAR,
    MIN_SCAN_LISTED_DATES,
    MIN_SCAN_TWO_DIGIT_YEAR,
)
from .date_patterns import (
    A_YEAR,
    CALENDAR_VIEW,
    ISSUED,
    LABEL,
    LETTER_PLACE,
    NO_YEAR,
    OTHER,
    PATTERNS,
    RANGE_BETWEEN,
    WEEKDAY_AFTER,
    WEEKDAY_BEFORE,
    WEEKDAY_NUMBERS,
    WEEKDAYS,
)
from .mail_stamps import mail_stamp
from .months import MONTHS
from .records import Field, Note, Order
from .text import in_header_block


class DateHit(NamedTuple):
    day: date | None  # None when ambiguous
    text: str
    labelled: bool
    #: The two readings of an ambiguous numeric date (day first, month first).
    readings: tuple[date, ...] = ()
    #: The days of a range (May 13–15: 3), else 1.
    days: int = 1
    #: "/" or "." for a numeric date (the form that settles an ambiguous one).
    form: str = ""
    other: bool = False
    #: Said to be the day the document was made ("Issued:", "ausgestellt am").
    issued: bool = False
    #: Where and when a letter was written, by its shape ("München, den 26.11.2025").
    letter: bool = False
    #: An ambiguous date read as the unambiguous ones of its form are written.
    order: Order | None = None
    #: The order an ambiguous date's own weekday showed ("Tuesday 10/11/2026": day first).
    said_order: Order | None = None


_CHAT_TIME = re.compile(r",?[ \t]*\d{1,2}:\d\d(?::\d\d)?(?:[ \t]*[AP]M)?\]", re.I)


def find_dates(text: str) -> list[DateHit]:
    """The dates of the text, in order, at most MAX_SCAN_DATES of each form."""
    hits: list[tuple[int, int, DateHit]] = []
    taken: list[tuple[int, int]] = []
    for pattern in PATTERNS:
        for count, match in enumerate(pattern.finditer(text)):
            if count >= MAX_SCAN_DATES:
                break
            if any(start <= match.start() < end for start, end in taken):
                continue  # inside a range or date already read
            hit = _read(match)
            if hit is not None:
                before = text[max(0, match.start() - 40) : match.start()].split("\n")[-1]
                if hit.readings:
                    hit = _by_weekday(hit, before, text[match.end() : match.end() + 20].split("\n")[0])
                if not before.strip():  # a table as text: "Registration Date" on the line above the date
                    before = text[max(0, match.start() - 60) : match.start()].rstrip().split("\n")[-1]
                    if before.split() and WEEKDAYS.match(before.split()[-1].strip(",")):
                        before += " "  # "... gevolgd op dinsdag" / "13 oktober 2026": one sentence, wrapped
                elif WEEKDAYS.match(before.strip(" ,")):
                    # "When" over "Thursday, September 17, 2026": a label of a few words on the line above
                    lead = text[max(0, match.start() - 60) : match.start()]
                    above = lead[: len(lead) - len(before)].rstrip().split("\n")[-1]
                    before = (
                        above
                        if len(above.split()) <= 3 and not above.rstrip().endswith((".", "!", "?"))
                        else before
                    )
                label, other = _labels(before)
                # "because you registered for an event on Luma on": a step before, said at length
                other = other or bool(
                    OTHER.search(text[max(0, match.start() - 100) : match.start()].split("\n")[-1])
                )
                other = other or in_header_block(text, match.start())  # a printed email's "Sent:" line
                # a chat's stamp: "[10/28/26, 4:02:11 PM] Maria:", the day a message was written
                other = other or (before.strip() == "[" and bool(_CHAT_TIME.match(text, match.end())))
                other = other or mail_stamp(text, *match.span())
                after = text[match.end() : match.end() + 40].split("\n")[0]
                other = other or bool(CALENDAR_VIEW.match(after))
                label = label and not other
                # "München, den 26.11.2025" ending its line: where and when a letter was written
                letter = hit.days == 1 and not after.strip(" .") and _letter_place(before)
                issued = bool(ISSUED.search(before))
                label = label and not issued and not letter
                hits.append(
                    (*match.span(), hit._replace(labelled=label, other=other, issued=issued, letter=letter))
                )
                taken.append(match.span())
    hits.sort(key=lambda found: found[0])
    # settled first: "Tuesday 10/11/2026 - Wednesday 11/11/2026" joins once "18/08/2026" says day first
    settled = _settled([hit for _, _, hit in hits])
    return _ranges_joined(
        text, [(start, end, hit) for (start, end, _), hit in zip(hits, settled, strict=True)]
    )


#: The words that say an article went out: the date after them is a press activity's.
_PUBLISHED = re.compile(
    r"\b(?:published|went\s+live|publicad[oa]|publié(?:e|s)?|pubblicat[oa]|veröffentlicht|gepubliceerd|online\s+gegangen)\b",
    re.I,
)


def published_date(text: str) -> Field | None:
    """The first date written within a sentence's reach after "published" (accepted,
    submitted or interviewed days come before it): a press activity's day."""
    for count, match in enumerate(_PUBLISHED.finditer(text)):
        if count >= MAX_SCAN_DATES:
            break
        reach = re.split(r"[.!?](?:\s|$)", text[match.end() : match.end() + 120], maxsplit=1)[0]
        hits = [hit for hit in find_dates(reach) if hit.day is not None]
        if hits:
            return Field(hits[0].day, "guessed", _from(hits[0]))
    return None


def _ranges_joined(text: str, hits: list[tuple[int, int, DateHit]]) -> list[DateHit]:
    """Two whole dates written as one range are one event's days: the first, with their count."""
    joined: list[DateHit] = []
    skip = False
    for index, (_, end, hit) in enumerate(hits):
        following = hits[index + 1] if index + 1 < len(hits) else None
        if skip:
            skip = False
            continue
        if following is not None and hit.day is not None and hit.days == 1:
            start, _, later = following
            span = (later.day - hit.day).days if later.day is not None else 0
            if later.days == 1 and 0 < span <= MAX_SCAN_EVENT_DAYS and RANGE_BETWEEN.match(text[end:start]):
                joined.append(hit._replace(days=span + 1))
                skip = True
                continue
        joined.append(hit)
    return joined


def _labels(before: str) -> tuple[bool, bool]:
    """(a label of the activity's date, a deadline's word) just before a date."""
    other = bool(OTHER.search(before))
    return bool(LABEL.search(before)) and not other and not ISSUED.search(before), other


def _letter_place(before: str) -> bool:
    match = LETTER_PLACE.match(before)
    return match is not None and not WEEKDAYS.match(match["place"].split()[-1])


def _by_weekday(hit: DateHit, before: str, after: str) -> DateHit:
    """An ambiguous date whose weekday is written beside it is the reading that falls on it:
    "10/11/2026 (terça-feira)" is 10 November, a Tuesday (11 October 2026 is a Sunday)."""
    for match in (WEEKDAY_BEFORE.search(before), WEEKDAY_AFTER.match(after)):
        number = WEEKDAY_NUMBERS.get(match["word"].casefold()) if match else None
        fitting = [reading for reading in hit.readings if reading.weekday() == number]
        if len(fitting) == 1:
            order: Order = "day-first" if fitting[0] == hit.readings[0] else "month-first"
            return hit._replace(day=fitting[0], readings=(), said_order=order)
    return hit


def _settled(hits: list[DateHit]) -> list[DateHit]:
    """Ambiguous numeric dates read the way an unambiguous one of the same form is."""
    orders = {
        form: {hit.said_order or _order(hit) for hit in hits if hit.form == form and not hit.readings}
        for form in "/.-"
    }
    settled = []
    for hit in hits:
        known = orders.get(hit.form, set()) - {None}
        if hit.readings and len(known) == 1:
            order = next(iter(known))
            day = hit.readings[0] if order == "day-first" else hit.readings[1]
            hit = hit._replace(day=day, readings=(), order=order)
        settled.append(hit)
    return settled


def _order(hit: DateHit) -> Order | None:
    first, second = (int(part) for part in re.split(r"[/.-]", hit.text)[:2])
    return "day-first" if first > 12 else "month-first" if second > 12 else None


def pick_date(text: str, year: int | None = None) -> Field:
    """The activity's date in a text: a labelled one first, else the only one.
    year: the year the document was sent, for a date written without one."""
    found = find_dates(text)
    hits = [hit for hit in found if not hit.other]
    if not hits:
        # "Thursday November 19" in a chat stamped "[10/28/26, 4:05 PM]": the stamps' one year
        years = {hit.day.year for hit in found if hit.day is not None}
        return _without_year(text, year or (years.pop() if len(years) == 1 else None))
    labelled = [hit for hit in hits if hit.labelled]
    ranges = [hit for hit in hits if hit.days > 1]
    chosen = (labelled or ranges or [hit for hit in hits if not (hit.issued or hit.letter)] or hits)[0]
    if chosen.day is None:
        return Field(None, "ambiguous", Note("ambiguous-date", chosen.text, readings=chosen.readings))
    distinct = {hit.day for hit in hits if hit.day is not None}
    if len(labelled_days := {hit.day for hit in labelled if hit.day is not None}) >= MIN_SCAN_LISTED_DATES:
        # a transcript: "Completed: 2025-09-02" for each of its courses; the whole is done on the last
        return Field(max(labelled_days), "guessed", Note("latest-labelled", number=len(labelled_days)))
    if chosen.issued or chosen.letter:
        # only the day the document was issued or written: the activity was on it or before
        return Field(chosen.day, "guessed", Note("first-of-dates", number=len(distinct), days=chosen.days))
    inside = {
        hit.day: hit
        for hit in hits
        if hit.day is not None and hit.days == 1 and not hit.issued and _within(hit, chosen)
    }
    if chosen.days > 1 and inside and chosen.day not in inside:
        if labelled:
            # "held October 5–7" over "Attendance confirmed: October 6 and October 7": the event's
            # days, said so, and the holder's maybe fewer: its first day, but not surely
            return Field(chosen.day, "guessed", _from(chosen))
        # "11 NOV 2026 · 4 HRS" on a badge of "Splash 2026 · November 10-12, 2026": the day of the
        # conference named alone is likelier the session's than its first day, but not surely (a
        # table of each day names the first day too)
        first = inside[min(day for day in inside if day is not None)]
        return Field(first.day, "guessed", _from(first))
    if len(distinct) == 1 or (ranges and all(_within(hit, chosen) for hit in hits)):
        return Field(chosen.day, "found", _from(chosen))
    # The other days are said to be the document's own ("Issued:"); a letter's place is only a
    # shape, so a day excused by it leaves the date guessed.
    excused = all(hit.day == chosen.day or _within(hit, chosen) for hit in hits if not hit.issued)
    if (chosen.labelled or chosen.days > 1) and excused:
        # "Issued: June 5. The webinar on June 3", "May 18 – 21, 2026 ... Issued June 1, 2026": the
        # other day is said to be the document's own
        return Field(chosen.day, "found", _from(chosen))
    if labelled:
        # A label is a strong hint, not proof: a forwarded header's "Date:", a course's
        # start beside its completion. Found only when no other day is in the file.
        return Field(chosen.day, "guessed", _from(chosen)._replace(kind="date-one-of", number=len(distinct)))
    return Field(chosen.day, "guessed", Note("first-of-dates", number=len(distinct), days=chosen.days))


def _from(hit: DateHit) -> Note:
    return Note("date-from", hit.text, days=hit.days, order=hit.order)


def _without_year(text: str, sent_year: int | None) -> Field:
    """A day and month with no year ("September 18-21"), in the only year the
    document names, else the year it was sent: a guess."""
    years = set(A_YEAR.findall(text[: MAX_SCAN_DATES * 50]))
    year = int(next(iter(years))) if len(years) == 1 else sent_year if not years else None
    if year is None:
        return Field(None, "missing", Note("no-date"))
    for pattern in NO_YEAR:
        for match in pattern.finditer(text[: MAX_SCAN_DATES * 50]):
            lead = text[max(0, match.start() - 100) : match.start()]
            before = (
                lead.split("\n")[-1] if lead.split("\n")[-1].strip() else lead.rstrip().split("\n")[-1] + " "
            )
            if OTHER.search(before):
                continue  # "Part 2 opens for enrolment on" / "November 2": another day's, not the activity's
            groups = {**match.groupdict(), "year": str(year)}
            hit = _read_groups(match.group(0), groups)
            if hit is not None and hit.day is not None:
                return Field(hit.day, "guessed", Note("no-year", hit.text, number=year, days=hit.days))
    return Field(None, "missing", Note("no-date"))


def _within(hit: DateHit, span: DateHit) -> bool:
    """A date inside a multi-day range (a day of the agenda) agrees with it."""
    return hit.day is not None and span.day is not None and 0 <= (hit.day - span.day).days < span.days


def _read(match: re.Match[str]) -> DateHit | None:
    return _read_groups(match.group(0), match.groupdict())


def _read_groups(text: str, groups: dict[str, str]) -> DateHit | None:
    given = groups.get("year") or groups.get("year2")  # "12.10. bis 13.10.2026" writes it once, last
    year = int(given) if given else 2000 + int(groups["yy"])
    if groups.get("yy") and not MIN_SCAN_TWO_DIGIT_YEAR <= year <= MAX_SCAN_TWO_DIGIT_YEAR:
        return None  # "12/12/12", "1/2/03": a code or a fraction
    if "first2" in groups:
        return _numeric_range(text, groups)
    if groups.get("dstart"):
        first, last = (_valid(year, int(groups["second"]), int(groups[key])) for key in ("dstart", "first"))
        days = (last - first).days + 1 if first and last else 0
        return DateHit(first, text, False, days=days) if 1 < days <= MAX_SCAN_EVENT_DAYS else None
    if "first" in groups:
        return _numeric(text, int(groups["first"]), int(groups["second"]), year, groups["sep"])
    month_text = groups.get("month0") or groups["month"]
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.casefold())
    day = _valid(year, month, int(groups["day"])) if month else None
    if day is None:
        return None
    days = 1
    if groups.get("day2"):
        # the range's last month: "May 13 – June 2" names it second, "30 septembre – 2 octobre" last
        month2 = MONTHS.get(
            (groups.get("month2") or (groups["month"] if groups.get("month0") else "")).casefold(), month
        )
        last = _valid(year, month2, int(groups["day2"]))
        days = (last - day).days + 1 if last and last > day else 1
        if days > MAX_SCAN_EVENT_DAYS:
            days = 1
    if groups.get("lead"):  # "6, 7 y 8 de octubre": from the list's first day to its last
        first = _valid(year, month, int(groups["lead"]))
        if first is None or not timedelta(0) < day - first <= timedelta(days=MAX_SCAN_EVENT_DAYS):
            return DateHit(day, text, False, days=days)
        days += (day - first).days
        day = first
    return DateHit(day, text, False, days=days)


def _numeric_range(text: str, groups: dict[str, str]) -> DateHit | None:
    """A numeric range read the one way that makes it a few days long."""
    year2 = int(groups["year2"])
    year = int(groups["year"]) if groups.get("year") else year2
    first, second, first2, second2 = (int(groups[k]) for k in ("first", "second", "first2", "second2"))
    readings = []
    for start, end in (
        (_valid(year, second, first), _valid(year2, second2, first2)),  # day first
        (_valid(year, first, second), _valid(year2, first2, second2)),  # month first
    ):
        if start and end and 0 <= (end - start).days <= MAX_SCAN_EVENT_DAYS:
            readings.append((start, (end - start).days + 1))
    if len({start for start, _ in readings}) != 1:
        return None  # both or neither readings make a short range: the single dates decide
    start, days = readings[0]
    return DateHit(start, text, False, days=days)


def _numeric(text: str, first: int, second: int, year: int, sep: str) -> DateHit | None:
    day_first = _valid(year, second, first)
    month_first = _valid(year, first, second)
    if day_first and month_first and day_first != month_first:
        if sep == ".":  # 03.11.2025: the dotted form is the day-first one of Europe; no US date is dotted
            return DateHit(day_first, text, False, form=sep)
        return DateHit(None, text, False, (day_first, month_first), form=sep)
    day = day_first or month_first
    return DateHit(day, text, False, form=sep) if day else None


def _valid(year: int, month: int | None, day: int) -> date | None:
    if month is None:
        return None
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return None if date_problem(value) else value
