"""What a file said (Source) and what onepoints makes of it (Proposal, Skip)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Literal, NamedTuple

Confidence = Literal["found", "guessed", "ambiguous", "missing"]
SourceFormat = Literal["pdf", "email", "ics", "msg", "text", "html"]


class Event(NamedTuple):
    """The first VEVENT of an invitation."""

    summary: str | None
    start: dt.date | None
    #: From DTEND or DURATION; None for an all-day event or one with no end.
    length: dt.timedelta | None
    description: str = ""
    #: METHOD:CANCEL or STATUS:CANCELLED: the event will not take place.
    cancelled: bool = False
    #: How many different events (UIDs) the calendar holds, counted up to a few.
    events: int = 1
    #: The days a multi-day event covers (all-day DTSTART to DTEND), else 1.
    days: int = 1
    #: Every attendee other than the organiser is ROLE=CHAIR (a panelist's, a presenter's invitation).
    chair: bool = False
    #: LOCATION and ORGANIZER (its name and address): who holds the event, and where.
    place: str = ""
    organizer: str = ""
    #: The start's day on this computer's clock, when it is not the day in the zone the
    #: invitation names (09:00 in Singapore is the evening before in New York).
    here: dt.date | None = None


class Line(NamedTuple):
    """One line of a PDF page as it is laid out: its text, the size of its
    largest letters (in points) and its cells (x position, text), left to right."""

    text: str
    size: float
    cells: tuple[tuple[float, str], ...] = ()
    #: Its height on the page (points; only differences between lines matter).
    y: float = 0.0


class Source(NamedTuple):
    """The readable parts of one file, as storage/documents.py found them."""

    path: str  # as the user named it: shown, and used in the add line
    sha256: str
    format: SourceFormat
    text: str  # every text the file holds: PDF text, email bodies, attachments' text
    subject: str | None = None  # an email's Subject
    sender: str | None = None  # an email's From
    recipients: str | None = None  # an email's To
    sent: dt.date | None = None  # an email's Date
    event: Event | None = None  # the invitation, or the one attached to an email
    #: What was in the file but could not be read (an encrypted attachment...).
    notes: tuple[str, ...] = ()
    #: A PDF's lines with their sizes and cells (empty for the other formats).
    lines: tuple[Line, ...] = ()
    #: A PDF's metadata (Author, Title, Subject, Keywords, Creator), a line each.
    metadata: str = ""


#: Where a field was found, or why it is guessed or missing; render/scan_words.py words each kind.
NoteKind = Literal[
    # The title.
    "summary",  # the invitation's summary
    "labelled",  # the title the file labels ("Title:", "Course:")
    "labelled-not-heading",  # ... and the page's heading says otherwise
    "labelled-not-subject",  # ... and the email's subject says otherwise
    "largest-lines",  # the largest lines of the page
    "largest-lines-table",  # ... as a table lists other sessions
    "table-row",  # the row of a table of several that names OneStream
    "course-named",  # the course the file names ("completed X")
    "introduced",  # the line after "your article" or "awarded you a badge:"
    "quoted",  # the title the file quotes
    "quoted-in-subject",  # ... in the subject too
    "quoted-not-subject",  # ... and the subject says otherwise
    "subject",  # the email's subject
    "page-heading",  # a saved page's heading
    "onestream-line",  # the first line of its own naming OneStream
    "file-name",  # the file's name
    # The date.
    "invitation-start",
    "invitation-start-elsewhere",  # ... in the zone it names; readings: that day, this computer's day
    "ambiguous-date",  # text may be one of dates
    "latest-labelled",  # the latest of number labelled dates
    "date-from",  # from text
    "date-one-of",  # from text, one of number dates
    "first-of-dates",  # the first of number dates
    "no-year",  # text with no year: number assumed
    "no-date",
    "email-sent",
    # The hours and points.
    "hours-labelled",  # from the text (a label's kind) in the file
    "day-range",  # a time range, a day's of several days
    "time-range",
    "loose-hours",
    "hours-column",  # the sum of a table's hours column, one row a day or a session
    "no-hours",
    "invitation-length",
    "no-end",
    "too-long",  # the invitation lasts text
    "conference-day",  # a conference's opening hours or agenda, not the sessions attended
    "points-awarded",
    "points-given",
    # The kind.
    "kind-words",  # from the words of the text ("title" or "file")
    "kind-speaker",
    "kind-presenting",
    "kind-file-name",
    "kind-in-passing",  # text is named only in passing
    "kind-none",
    "kind-online",
    "kind-chair",
]
#: Why a title the file names is still only guessed (title_checks.py, titles.py).
Caveat = Literal[
    "second-person",
    "done-verb",
    "dangling-end",
    "form-label",
    "figure",
    "goes-on",
    "unmapped-glyph",
    "generic",
    "one-place",
    "other-figures",
    "kind-prefix",
]
#: How an ambiguous numeric date was read, as another date of its form is written.
Order = Literal["day-first", "month-first"]


class Note(NamedTuple):
    """Where a field was found, what the ambiguity is, or why it was guessed: values only."""

    kind: NoteKind
    #: The words of the file it names: a date as written, a label, a kind, a length.
    text: str = ""
    #: The dates (or figures) counted, or the year assumed.
    number: int = 0
    #: The days of a multi-day event, counted from the first.
    days: int = 1
    #: The readings of an ambiguous date.
    readings: tuple[dt.date, ...] = ()
    #: How an ambiguous date was settled by another of its form.
    order: Order | None = None
    #: Several different figures: how many (the first is taken).
    figures: int = 0
    caveat: Caveat | None = None


class Field(NamedTuple):
    value: Any
    confidence: Confidence
    #: Why it was guessed, what the ambiguity is, or where it was found.
    note: Note | None = None


class Proposal(NamedTuple):
    path: str
    sha256: str
    title: Field
    date: Field
    hours: Field
    kind: Field
    notes: tuple[str, ...] = ()
    #: OnePoints the document awards ("OnePoints awarded: 10"): logged as points, not hours.
    points: Field = Field(None, "missing")
    #: The activity already in the ledger this document is evidence of (its id).
    logged: int | None = None

    @property
    def complete(self) -> bool:
        """Only a proposal with a date and hours (or points) may be logged without editing."""
        amount = isinstance(self.hours.value, Decimal) or isinstance(self.points.value, Decimal)
        return isinstance(self.date.value, dt.date) and amount


#: Why a file gives no proposal; render/scan_words.py words each kind.
ReasonKind = Literal[
    # The document is read, but it is no evidence of one activity (domain/scan/evidence.py).
    "no-onestream",
    "guest-only",
    "cancelled",
    "deadline",
    "meeting",
    "calendar",
    "digest",
    "newsletter",
    "announcement",
    "account",
    "catalogue",
    "waiting-list",
    "not-attended",
    "declined",
    "reply-declined",
    "reply-internal",
    "auto-reply",
    "chat",
    "documentation",
    "postponed",
    "call-for-speakers",
    "terms",
    "template",
    "credential-status",
    "quote",
    "travel",
    "support-case",
    "job",
    "exam-score",
    "expense",
    "sponsorship",
    "voucher",
    "syllabus",
    "upgrade",
    "draft",
    "community",
    "revisions",
    "hold",
    "pending",
    "logistics",
    "survey",
    "subscription",
    "agenda",
    "policy",
    "marketing",
    "invoice",
    "shipment",
    # The document is about someone else than holder_name (domain/scan/whose.py).
    "someone-else",
    # The file is not read (storage/documents.py, storage/document_text.py).
    "not-found",
    "cannot-list",
    "folder",
    "other-suffix",
    "cannot-read",
    "not-regular",
    "too-large",
    "not-regular-or-too-large",
    "other-content",
    "unreadable",
    # The file is known already (app/scan.py).
    "recorded",
    "same-file",
]


class Reason(NamedTuple):
    """Why a file is skipped, as values: the kind, and what its words need."""

    kind: ReasonKind
    #: The events or dates counted, the file's size in bytes, the activity's id.
    number: int = 0
    #: The system's words for an error (strerror), the first file's path, or
    #: what the reader found unreadable.
    text: str = ""


class Skip(NamedTuple):
    path: str
    reason: Reason
    #: True when the file could be evidence but cannot be read (shown always);
    #: False for files that are not evidence or already recorded (--verbose).
    problem: bool
