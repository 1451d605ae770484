"""Scan's words: why a file is skipped (domain/scan/records.Reason)."""

from __future__ import annotations

from ..domain.rules import MAX_SCAN_FILE_BYTES
from ..domain.scan.records import Reason

#: The reasons whose words need no value.
_FIXED = {
    "no-onestream": "no sign of OneStream in it",
    "guest-only": "another organiser's event: OneStream only named as a guest, sponsor or speaker",
    "cancelled": "a cancellation: the event will not take place",
    "deadline": "a deadline or booking in a calendar, not an activity",
    "meeting": "a working meeting (no webinar, course, Tech Talk or event named), not training",
    "announcement": "an announcement (save the date), not evidence of an activity",
    "account": "an account message (password, sign-in, verification), not evidence of an activity",
    "waiting-list": "a waiting-list notice: no seat yet, so no activity yet",
    "marketing": "a marketing email (an offer to register; no registration, attendance or completion of yours)",
    "invoice": "an invoice or receipt, not evidence of an activity",
    "not-found": "not found",
    "folder": "a folder (give --recursive to read folders)",
    "other-suffix": "not a .pdf, .eml, .ics, .msg, .txt or .html file",
    "not-regular": "not a regular file (a FIFO, socket or device): not read",
    "not-regular-or-too-large": "not a regular file, or over the size cap: not read",
    "other-content": "its content is not that of a PDF, an email or an invitation",
}


def reason_text(reason: Reason) -> str:
    """Why a file is skipped, as `scan` shows it (stderr, and --json's "reason")."""
    if reason.kind in _FIXED:
        return _FIXED[reason.kind]
    match reason.kind:
        case "calendar":
            return f"a calendar of {reason.number} or more events, not one invitation"
        case "digest":
            return f"a newsletter or digest naming {reason.number} dates: no one activity"
        case "catalogue":
            return f"a catalogue or programme of {reason.number} dates: no one activity"
        case "cannot-list":
            return f"cannot list the folder: {reason.text}"
        case "cannot-read":
            return f"cannot be read: {reason.text}"
        case "too-large":
            return f"{reason.number} bytes, over the {MAX_SCAN_FILE_BYTES // 2**20} MiB read"
        case "recorded":
            return f"already recorded (evidence of activity {reason.number})"
        case "same-file":
            return f"the same file as {reason.text}"
        case "unreadable":
            return reason.text
    raise AssertionError(f"no words for the reason {reason.kind!r}")
