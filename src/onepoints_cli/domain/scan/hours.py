"""Hours as the evidence states them, the strongest statement first: OnePoints
awarded (points, not hours), CPE credits, credit or total hours, a labelled
duration ("Duration: 1 hr 30 min"), a time range ("1:00 PM - 2:30 PM",
"17:00 – 18:30"), then a loose "1.5 hours" (guessed). A figure is read only
on the line of its words: "IFRS 16" on the line above "CPE credits: 1.0" is
no credit. A number inside the title, or a reminder ("begins in 1 hour",
"2 hours before"), is never a duration."""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from ..rules import MAX_SCAN_EVENT_HOURS, MAX_SCAN_SURE_RANGE_HOURS
from ..validation import CENT, amount_fault, tidy_amount
from .hour_patterns import (
    ADDED_MINUTES,
    AND_A_HALF,
    AT_A_TIME_BEFORE,
    ATTENDED_TIME,
    FIFTY_MINUTE_CREDITS,
    LABELLED,
    LOOSE_H_MIN,
    LOOSE_HM,
    LOOSE_HOURS,
    LOOSE_MINUTES,
    LOOSE_SPELLED,
    LOOSE_TEACHING_HOURS,
    NOT_ONEPOINTS,
    OTHERS_BEFORE,
    POINTS,
    POINTS_AFTER,
    POINTS_LABELLED,
    POINTS_WORDED,
    POINTS_WRAPPED,
    REMINDER_AFTER,
    REMINDER_BEFORE,
    WORDS,
)
from .records import Field, Note
from .time_ranges import range_hours, without_ranges


def hours_from_text(text: str, title: str = "", several_days: bool = False) -> Field:
    """The hours a text states; several different figures of the same strength are a guess.
    several_days: the event spans a range of days, so one time range may be each day's."""
    if title.strip():
        text = text.replace(title.strip(), " ")  # a number in the title is no duration
    if elsewhere := _OTHER_COURSES.search(text):
        # "Learners who completed this course also watched": their lengths, not this one's
        text = text[: elsewhere.start()]
    text = _SPELLED_THEN_FIGURE.sub(_figure_of, text)  # "dieci (10) ore": the figure, read once
    text = _UNIT_WRAPPED.sub(" ", text)  # "soit 10" / "heures de formation au total": one sentence
    # "24 horas pedagógicas (18 horas cronológicas)": 45-minute teaching hours, then the clock's
    text = _TEACHING_THEN_CLOCK.sub(lambda match: f"{match['clock']}h", text)
    labelled = _labelled(text)
    ranges = [v for hours in range_hours(text) if (v := tidy_hours(hours)) is not None]
    if labelled:
        label, values = labelled[0]
        clock = [v for other, found in labelled if other in _CLOCK_LABELS for v in found]
        if label in _CREDIT_LABELS and clock and set(clock) != set(values):
            # "Program length 75 minutes" beside "CPE credits 1.5" (of a 50-minute hour): the time spent counts
            label, values = next((other, found) for other, found in labelled if other in _CLOCK_LABELS)
        elif (
            label in _CREDIT_LABELS
            and not clock
            and not ATTENDED_TIME.search(text)
            and (spent := _loose(without_ranges(text)))
            and set(spent) != set(values)
        ):
            # "Course completed ... • 1 hour 12 minutes" beside "Recommended CPE credit: 1.4": the time spent, a guess
            return Field(spent[0], "guessed", Note("loose-hours", caveat="other-figures"))
        elif (
            label in _CREDIT_LABELS
            and not clock
            and len(set(ranges)) == 1
            and ranges[0] <= MAX_SCAN_SURE_RANGE_HOURS
            and ranges[0] not in values
        ):
            # "(2:00 PM - 3:00 PM ET)" beside "CPE credits: 1.2": the session's hour is the time spent, a guess
            return Field(ranges[0], "guessed", Note("time-range", caveat="other-figures"))
        field = _verdict(values, Note("hours-labelled", label), sure=True)
        if field.confidence == "found" and label == "duration" and _TO_THE_SECOND.search(text):
            # "Meeting duration 1h 12m 34s" in a pasted attendance report: a meeting measured from
            # its first join to its last leave, not the session's scheduled length
            return Field(field.value, "guessed", Note("hours-labelled", label, caveat="other-figures"))
        if label == "duration" and field.value is not None and (added := ADDED_MINUTES.search(text)):
            # "Duração da sessão: 45 minutos, seguidos de 15 minutos de perguntas": the session is the sum
            whole = tidy_hours(field.value + Decimal(added["mins"]) / 60)
            return Field(whole, "guessed", Note("hours-labelled", label, caveat="other-figures"))
        # Another stated figure says otherwise, or a time range shorter than the figure (a longer
        # one holds breaks: "6 Stunden (09:00 - 16:00 Uhr, inkl. Mittagspause)"): likelier, not proven.
        # A total differs from each day's times and each course's hours by being their sum.
        others = {v for _, found in labelled for v in found} | {v for v in ranges if v < values[0]}
        if field.confidence == "found" and label != "total" and others - {field.value}:
            return Field(field.value, "guessed", Note("hours-labelled", label, caveat="other-figures"))
        if field.confidence == "found" and label in _CREDIT_LABELS and FIFTY_MINUTE_CREDITS.search(text):
            # "CPE credits: 18.0 ... based on a 50-minute hour": 15 clock hours or 18 credits, the holder's call
            return Field(field.value, "guessed", Note("hours-labelled", label, caveat="other-figures"))
        return field
    loose = _loose(without_ranges(text))
    if ranges:
        # "09:00–13:00 daily" beside "12 hours": the day's times are not the
        # whole; two figures that disagree are a guess either way.
        if several_days and len(set(ranges)) == 1:
            # "13th-15th October", "daily 9:00 AM - 1:00 PM": one day's hours, not the whole
            return Field(ranges[0], "guessed", Note("day-range"))
        # One session's range is its length; a longer one (a day with breaks) may not be what counts.
        short = len(set(ranges)) == 1 and ranges[0] <= MAX_SCAN_SURE_RANGE_HOURS
        return _verdict(ranges, Note("time-range"), sure=short and all(v in ranges for v in loose))
    if loose:
        return _verdict(loose, Note("loose-hours"), sure=False)
    return Field(None, "missing", Note("no-hours"))


#: A length measured to the second: "1h 12m 34s", "01:12:34" (a report's, not a schedule's).
_TO_THE_SECOND = re.compile(
    r"\b\d{1,2}\s*h\s*\d{1,2}\s*m(?:in)?\s*\d{1,2}\s*s\b|\b\d{1,2}:\d{2}:\d{2}\b(?!\s*[ap]\.?m)", re.I
)


#: A learning site's list of other courses under this one's page, each with its length.
_OTHER_COURSES = re.compile(
    r"^[^\n]*\b(?:learners|people|others|students)\s+who\s+(?:completed|took|viewed|watched|enrolled\s+in)\s+this"
    r"\s+\w+\s+also\b|^[ \t]*(?:you\s+may\s+also\s+like|recommended\s+for\s+you|related\s+courses|similar\s+courses"
    # a transcript's notice: what is still to do, under what was completed
    r"|more\s+courses\s+like\s+this|still\s+on\s+your\s+(?:plan|list)|next\s+on\s+your\s+(?:plan|list)|up\s+next"
    # the year's summary under the item: "Your transcript (2026)" over "Total training hours: 38.50" (a
    # pathway's own "Items completed 6 of 7" over its learning time is the activity's, and stays)
    r"|your\s+(?:learning\s+)?transcript[ \t]*(?:\(\d{4}\))?[ \t]*$)",
    re.I | re.M,
)


#: A number written out, then as a figure in brackets, as a legal text writes it: "ten (10) hours".
_SPELLED_THEN_FIGURE = re.compile(
    r"\b(?P<word>[^\W\d_]+)[ \t]+\((?P<n>\d{1,3}(?:[.,]\d{1,2})?)\)(?=[ \t]+[^\W\d])"
)


#: Teaching hours (of 45 minutes), then the clock's in brackets: "24 horas pedagógicas (18 horas
#: cronológicas)", as Chile writes a course's length.
_TEACHING_THEN_CLOCK = re.compile(
    r"\b\d{1,3}(?:[.,]\d{1,2})?[ \t]+horas?[ \t]+(?:pedag[óo]gicas|acad[ée]micas|lectivas)[ \t]*"
    r"\([ \t]*(?P<clock>\d{1,3}(?:[.,]\d{1,2})?)[ \t]+horas?[ \t]+cronol[óo]gicas[ \t]*\)",
    re.I,
)
#: A sentence wrapped between its figure and the unit: "..., soit 10" / "heures de formation au
#: total". Only after a word in small letters ("IFRS 16" over "hours ..." names a standard, and a
#: table's cell "16" over "hours" is no sentence) and before more words.
_UNIT_WRAPPED = re.compile(
    r"(?:(?<=[a-zß-ÿ][ \t]\d)|(?<=[a-zß-ÿ][ \t]\d\d))[ \t]*\n[ \t]*"
    r"(?=(?:hours?|heures?|horas?|ore|uren|uur|stunden)[ \t]+[^\W\d])"
)


def _figure_of(match: re.Match[str]) -> str:
    word = match["word"].casefold()
    same = word in WORDS and Decimal(WORDS[word]) == Decimal(match["n"].replace(",", "."))
    return match["n"] if same else match.group(0)


def _labelled(text: str) -> list[tuple[str, list[Decimal]]]:
    """Each label's figures, the strongest label first; a figure is read once, by the
    first pattern that reads it ("Umfang: 2 Std. 30 Min." is 2.5, not also 2)."""
    taken: list[tuple[int, int]] = []
    found: dict[str, list[Decimal]] = {}
    for label, pattern in LABELLED:
        for match in pattern.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            if (value := _amount(match)) is not None:
                taken.append(match.span())
                found.setdefault(label, []).append(value)
    return list(found.items())


#: Figures that count credits (a CPE credit may be a 50-minute hour), and those that count time.
_CREDIT_LABELS = ("cpe-credits", "credit-hours")
_CLOCK_LABELS = ("duration", "stated-hours", "hours-completed")


def _loose(text: str) -> list[Decimal]:
    """The hours a text names with no label ("1.5 hours", "45 minutes"), the first form that gives any."""
    for pattern in (LOOSE_HM, LOOSE_H_MIN, LOOSE_HOURS, LOOSE_SPELLED, LOOSE_TEACHING_HOURS, LOOSE_MINUTES):
        values = [
            v for match in pattern.finditer(text) if not _reminder(text, match) and (v := _amount(match))
        ]
        if values:
            return values
    return []


def points_from_text(text: str) -> Field:
    """OnePoints the document awards ("OnePoints: 10", "10 OnePoints")."""
    values = [
        v
        for p in (POINTS, POINTS_AFTER, POINTS_WRAPPED, POINTS_WORDED)
        for m in p.finditer(text)
        # "Degreed points are not OnePoints  1 / 2": a negation, and a page's number
        if not NOT_ONEPOINTS.search(text[max(0, m.start() - 12) : m.start()])
        and not re.match(r"[ \t]*/[ \t]*\d", text[m.end() :])
        and (v := _amount(m)) is not None
    ]
    if not values:
        loose = [v for m in POINTS_LABELLED.finditer(text) if (v := _amount(m)) is not None]
        return _verdict(loose, Note("points-awarded"), sure=False) if loose else Field(None, "missing", None)
    return _verdict(values, Note("points-awarded"), sure=True)


def _verdict(values: list[Decimal], note: Note, sure: bool) -> Field:
    distinct = list(dict.fromkeys(values))
    if len(distinct) > 1:
        return Field(values[0], "guessed", note._replace(figures=len(distinct)))
    return Field(values[0], "found" if sure else "guessed", note)


def _reminder(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 30) : match.start()]
    # the sentence so far: "approx. 6 hours" goes on after its abbreviation
    sentence = re.split(r"[.!?]\s+(?=[A-ZÀ-Þ])", text[max(0, match.start() - 120) : match.start()])[-1]
    return bool(
        REMINDER_BEFORE.search(before)
        or REMINDER_AFTER.match(text[match.end() : match.end() + 20])
        or OTHERS_BEFORE.search(sentence)
        or AT_A_TIME_BEFORE.search(before)
    )


def hours_from_length(length: timedelta | None) -> Field:
    if length is None:
        return Field(None, "missing", Note("no-end"))
    hours = tidy_hours(Decimal(int(length.total_seconds())) / 3600)
    if hours is None or hours > MAX_SCAN_EVENT_HOURS:
        return Field(None, "missing", Note("too-long", str(length)))
    return Field(hours, "found", Note("invitation-length"))


def _amount(match: re.Match[str]) -> Decimal | None:
    groups = match.groupdict()
    if groups.get("units") is not None:  # "24 Unterrichtsstunden à 45 Minuten": units of so many minutes
        return tidy_hours(Decimal(groups["units"]) * Decimal(groups["each"]) / 60)
    if groups.get("h") is not None:
        half = groups.get("m") is None and AND_A_HALF.match(match.string, match.end())  # "1 hora y media"
        return tidy_hours(
            Decimal(groups["h"]) + Decimal(groups.get("m") or 0) / 60 + (Decimal("0.5") if half else 0)
        )
    if groups.get("mins") is not None:
        return tidy_hours(Decimal(groups["mins"]) / 60)
    text = groups["n"].casefold().replace(",", ".")
    number = Decimal(WORDS[text]) if text in WORDS else Decimal(text)
    if AND_A_HALF.match(match.string, match.end()):  # "un'ora e mezza", "dos horas y media"
        number += Decimal("0.5")
    return tidy_hours(number)


def tidy_hours(hours: Decimal) -> Decimal | None:
    """Hours to the cent, as the ledger keeps them; None for an amount the ledger refuses."""
    hours = hours.quantize(CENT, rounding=ROUND_HALF_UP)
    return None if amount_fault(hours) else tidy_amount(hours)
