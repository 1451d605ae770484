"""From a Source to a Proposal, or to the reason it is not evidence."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from itertools import islice
from pathlib import PurePath

from ..rules import MAX_SCAN_TITLE_LABELS, MIN_SCAN_CONFERENCE_DAY_HOURS, MIN_SCAN_TABLE_ROWS
from .evidence import not_evidence, onestream_sign
from .evidence_words import LEARNING_HISTORY
from .found_dates import find_dates, pick_date, published_date
from .found_kinds import HOLDER_TAG, guess_kind, kind_named
from .hours import hours_from_length, hours_from_text, points_from_text, tidy_hours
from .layout import paired_lines, stacked_pairs
from .records import Field, Note, NoteKind, Proposal, Reason, Skip, Source
from .text import SUBJECT_HEADER, normalise, without_quotes
from .title_checks import names_one
from .title_words import strip_title
from .titles import pick_title
from .transcript_rows import hours_column, onestream_record, onestream_row, record_hours, row_fields
from .whose import someone_else

_MAX_HEADING = 1000

__all__ = ["onestream_sign", "propose", "read_fields", "searched_text"]


def searched_text(source: Source) -> str:
    """The words the fields are read from: subject, body (an email's without its
    quoted replies and forwarded headers), a table's labels paired with their
    values, the invitation's description; normalised (text.py)."""
    event = source.event
    body = without_quotes(source.text) if source.format in ("email", "msg") else source.text
    # a PDF's layout pairs its labels and values; an email's table comes out a label over its value
    paired = "\n".join(
        paired_lines(source.lines) + stacked_pairs(body) if source.lines else stacked_pairs(body)
    )
    return normalise("\n".join(filter(None, (source.subject, body, paired, event and event.description))))


def propose(
    source: Source, own_kinds: tuple[tuple[str, str], ...] = (), holder: str | None = None
) -> Proposal | Skip:
    """A proposal, or why the file is skipped; `holder` is holder_name (config.toml), which
    tells the holder's certificate from a colleague's."""
    text = searched_text(source)
    if reason := not_evidence(source, text):
        return Skip(source.path, reason, problem=False)
    if person := someone_else(text, holder):
        return Skip(source.path, Reason("someone-else", text=person), problem=False)
    return read_fields(source, own_kinds, text)


def read_fields(
    source: Source, own_kinds: tuple[tuple[str, str], ...] = (), text: str | None = None
) -> Proposal:
    """Every field the file gives, whatever it is about (`add --from` asks for this one file)."""
    text = searched_text(source) if text is None else text
    event = source.event
    lines = tuple(line._replace(text=normalise(line.text)) for line in source.lines[:200])
    # A subject or summary is one line; a megabyte of one is cut before any pattern reads it.
    subject = normalise(source.subject[:_MAX_HEADING]) if source.subject else _first_line(source, text)
    if source.format == "html" and subject and not names_one(subject):
        subject = None  # a page's heading that says "Course completed" names no course
    body = text if not subject else text.removeprefix(subject)
    subject = _inner_subject(source, subject)
    summary = event.summary[:_MAX_HEADING] if event and event.summary else None
    subject_is: NoteKind = "page-heading" if source.format == "html" else "subject"
    title = pick_title(summary, subject, body, source.path, lines, subject_is)
    points = points_from_text(text)
    # a title only guessed because it stands once in the file, or because its kind opens it, is
    # still the file's own words: the kind they name is sure
    title_sure = title.confidence == "found" or (
        title.note is not None and title.note.caveat in ("one-place", "kind-prefix")
    )
    kind = _kind(source, title.value, text, own_kinds, title_sure)
    date = _date(source, text, kind.value)
    hours = (
        _hours(source, text, title.value, date)
        if points.value is None
        else Field(None, "missing", Note("points-given"))
    )
    several_items = len(_STATUS_CELL.findall(text)) >= MIN_SCAN_TABLE_ROWS
    if (
        lines
        and LEARNING_HISTORY.search(text[:1500])
        and len(_STATUS_WORD.findall(text)) >= MIN_SCAN_TABLE_ROWS
    ):
        # a learning history printed to PDF, a row a line: what the page labels may be another row's
        hours, date, title = _only_guessed(hours), _only_guessed(date), _only_guessed(title)
    if not lines and several_items:
        # a learning history as text ("Completed" in a cell of each row): what the page labels
        # may be another row's ("Total Hours: 1.00" of the newest item), or its header's, so none is sure
        hours, date, title = _only_guessed(hours), _only_guessed(date), _only_guessed(title)
        if record := onestream_record(text, _STATUS_CELL):
            # the OneStream item's own lines, one cell a line: its day and length, not the newest's
            title = Field(record.title, "guessed", Note("table-row"))
            # its latest day: "Enrolled 09/28/2026" comes before "Completed 10/22/2026"
            if days := [hit for hit in find_dates(record.text) if hit.day is not None and not hit.other]:
                latest = max(days, key=lambda hit: hit.day or dt.date.min)
                date = Field(latest.day, "guessed", Note("date-from", latest.text))
            own_hours = hours_from_text(record.text)
            if own_hours.value is None and (figure := record_hours(text, record)) is not None:
                own_hours = Field(figure, "guessed", Note("hours-column"))
            hours = _only_guessed(own_hours) if own_hours.value is not None else hours
    column = hours_column(lines)
    if (
        len(column) >= MIN_SCAN_TABLE_ROWS
        and hours.value in column
        and not (hours.note and hours.note.text == "total")
    ):
        # "Day 1 … 6.0" / "Day 2 … 5.5": one row's figure is not the whole; their sum likelier is
        hours = Field(tidy_hours(sum(column, Decimal(0))), "guessed", Note("hours-column"))
    if title.confidence != "found" and (transcript := onestream_row(lines)):
        # a transcript's OneStream row: its title, its own day and credits, not the first row's,
        # the run date or the total of every course
        title = Field(transcript.title, "guessed", Note("table-row"))
        date, hours = row_fields(
            transcript.row, date, hours, transcript.completed_at, transcript.clock_length_at
        )
        # its kind from its own row ("Classroom", "Webinar"), not from the other courses'
        row_kind = _kind(source, title.value, f"{title.value}\n{transcript.row.text}", own_kinds)
        kind = row_kind if row_kind.value != "other" else kind
        kind = kind._replace(confidence="guessed") if kind.confidence == "found" else kind
    return Proposal(
        path=source.path,
        sha256=source.sha256,
        title=title,
        date=date,
        hours=_conference_hours(hours, kind.value, date),
        kind=kind,
        notes=source.notes,
        points=points,
    )


_STATUSES = (
    r"(?:completed?|successful|passed|attended|abgeschlossen|bestanden|terminé|réussi|completado|aprobado"
    r"|voltooid|geslaagd|completato|superato|concluído|aprovado)"
)
#: A status alone on its line, as a learning history's table gives one a row.
_STATUS_CELL = re.compile(rf"^[ \t]*{_STATUSES}[ \t]*$", re.I | re.M)
#: A status anywhere in a row of a learning history printed to PDF.
_STATUS_WORD = re.compile(rf"\b{_STATUSES}\b", re.I)


def _only_guessed(field: Field) -> Field:
    return field._replace(confidence="guessed") if field.confidence == "found" else field


def _inner_subject(source: Source, subject: str | None) -> str | None:
    """A reply's or forward's subject of a word or two ("Re: Fwd: registration") names
    nothing: the forwarded message's own subject, quoted in the text, does."""
    if source.format not in ("email", "msg") or not subject or len(strip_title(subject).split()) > 2:
        return subject
    for match in islice(SUBJECT_HEADER.finditer(source.text), MAX_SCAN_TITLE_LABELS):
        if len(strip_title(match["rest"]).split()) > 2:
            return normalise(match["rest"][:_MAX_HEADING]).strip()
    return subject


def _first_line(source: Source, text: str) -> str | None:
    """A text file's first line, when it reads as a heading (it names OneStream
    or an activity, as an email's subject saved with it would)."""
    if source.format != "text":
        return None
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    return first if len(first) <= 150 and ("onestream" in first.casefold() or kind_named(first)) else None


def _date(source: Source, text: str, kind: object = None) -> Field:
    if source.event and source.event.start:
        if source.event.here is not None:
            # the zone the invitation names is the holder's (issue 20) unless they were elsewhere: ask
            readings = (source.event.start, source.event.here)
            return Field(source.event.start, "guessed", Note("invitation-start-elsewhere", readings=readings))
        return Field(source.event.start, "found", Note("invitation-start", days=source.event.days))
    if kind == "press" and (published := published_date(text)) is not None:
        return published  # an article's day is the day it was published, not accepted or written
    found = pick_date(text, source.sent.year if source.sent else None)
    if found.confidence == "missing" and source.sent:
        return Field(source.sent, "guessed", Note("email-sent"))
    return found


def _hours(source: Source, text: str, title: str, date: Field) -> Field:
    # An invitation's length is exact; an email's "1 hour before" reminder is not.
    # The activity's own days: a workshop's "Monday, November 2" under its conference's
    # "November 3–5" is one day; with no day read, any range of days may be its.
    if date.value is not None and date.note is not None:
        several_days = date.note.days > 1
    else:
        several_days = any(hit.days > 1 for hit in find_dates(text))
    if source.event is not None:
        length = hours_from_length(source.event.length)
        if length.value is not None:
            # "Training time: 5 h 30 min (lunch 12:00-12:30)" in a 09:00-15:00 invitation:
            # the total the description states is likelier what counts, but not sure
            stated = hours_from_text(text, title, several_days)
            labelled = stated.note is not None and stated.note.kind == "hours-labelled"
            if labelled and stated.value is not None and stated.value != length.value:
                return Field(stated.value, "guessed", stated.note)
            return length
    return hours_from_text(text, title, several_days)


def _conference_hours(hours: Field, kind: object, date: Field) -> Field:
    """A Splash or WAVE ticket's day (doors to close) or agenda of several sessions
    is no count of the sessions the holder attends: left for the holder to give. Nor is
    a length with no label in a conference of several days ("keynote d'ouverture (1h30)")."""
    if kind not in ("splash", "wave") or hours.note is None or hours.value is None:
        return hours
    note = hours.note
    several_days = date.note is not None and date.note.days > 1
    whole_day = (
        note.kind == "day-range"
        or (note.kind == "time-range" and (hours.value >= MIN_SCAN_CONFERENCE_DAY_HOURS or note.figures > 1))
        or (note.kind in ("loose-hours", "time-range") and several_days)  # a reception's "6:00 to 8:00 PM"
    )
    return Field(None, "missing", Note("conference-day")) if whole_day else hours


def _kind(
    source: Source, title: str, text: str, own_kinds: tuple[tuple[str, str], ...], title_sure: bool = True
) -> Field:
    if source.event is not None and source.event.summary and HOLDER_TAG.search(source.event.summary):
        text = f"{source.event.summary}\n{text}"  # "[Presenter] Lease Accounting ...": the tag the title lost
    kind = guess_kind(title, text, own_kinds, PurePath(source.path).stem)
    if not title_sure and kind.confidence == "found" and kind.note is not None and kind.note.text == "title":
        kind = kind._replace(confidence="guessed")  # a kind read from a title only guessed is a guess
    if kind.value == "webinar" and source.event is not None and source.event.chair:
        return Field("webinar-host", "found", Note("kind-chair"))
    return kind
