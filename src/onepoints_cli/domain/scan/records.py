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
    sent: dt.date | None = None  # an email's Date
    event: Event | None = None  # the invitation, or the one attached to an email
    #: What was in the file but could not be read (an encrypted attachment...).
    notes: tuple[str, ...] = ()
    #: A PDF's lines with their sizes and cells (empty for the other formats).
    lines: tuple[Line, ...] = ()
    #: A PDF's metadata (Author, Title, Subject, Keywords, Creator), a line each.
    metadata: str = ""


class Field(NamedTuple):
    value: Any
    confidence: Confidence
    #: Why it was guessed, what the ambiguity is, or where it was found.
    note: str | None = None


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
    "announcement",
    "account",
    "catalogue",
    "waiting-list",
    "marketing",
    "invoice",
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
