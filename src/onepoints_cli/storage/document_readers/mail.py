"""An email's text, read with the standard library's email package: its plain
and HTML bodies and its attachments (a PDF or an .ics inside is read too)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ...domain.rules import MAX_SCAN_EMAIL_BYTES
from ...domain.scan.records import Event, Source
from .calendar import ics_event
from .common import Unreadable, clean, decode, html_text
from .pdf import pdf_lines


class Parts:
    """What an email or a .msg holds, gathered part by part."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.notes: list[str] = []
        self.event: Event | None = None

    def attachment(self, name: str, kind: str, data: bytes) -> None:
        """A PDF or an invitation attached; one that cannot be read is a note."""
        try:
            if kind == "application/pdf" or name.endswith(".pdf"):
                lines, notes = pdf_lines(data)
                self.texts.append("\n".join(line.text for line in lines))
                self.notes.extend(f"attachment {name or kind}: {note}" for note in notes)
            elif kind == "text/calendar" or name.endswith((".ics", ".ical")):
                self.event = self.event or ics_event(data)
        except Unreadable as problem:
            self.notes.append(f"attachment {name or kind}: {problem}")

    def body(self, text: str, html: bool) -> None:
        self.texts.append(html_text(text) if html else text)


def email_source(path: str, sha256: str, data: bytes) -> Source:
    try:
        return _email_source(path, sha256, data)
    except Unreadable:
        raise
    except Exception:  # noqa: BLE001 - the email package fails in odd ways on broken headers
        raise Unreadable("a malformed email: it cannot be read") from None


def _email_source(path: str, sha256: str, data: bytes) -> Source:
    from email import policy
    from email.parser import BytesParser

    message = BytesParser(policy=policy.default).parsebytes(data[:MAX_SCAN_EMAIL_BYTES])
    parts = Parts()
    for part in message.walk():
        if part.is_multipart():
            continue
        kind, name = part.get_content_type(), (part.get_filename() or "").casefold()
        if kind in ("text/plain", "text/html") and part.get_content_disposition() != "attachment":
            parts.body(_part_text(part), kind == "text/html")
        elif kind in ("application/pdf", "text/calendar", "application/octet-stream") or name:
            parts.attachment(name, kind, part.get_payload(decode=True) or b"")
    subject = _header(message, "Subject")
    if not any(t.strip() for t in parts.texts) and subject is None and parts.event is None:
        raise Unreadable("an email with no text, subject or invitation in it")
    return Source(
        path,
        sha256,
        "email",
        clean("\n".join(parts.texts)),
        subject=subject,
        sender=_header(message, "From"),
        sent=_sent_day(message),
        event=parts.event,
        notes=tuple(parts.notes) + _cut_note(len(data)),
    )


def _cut_note(size: int) -> tuple[str, ...]:
    if size <= MAX_SCAN_EMAIL_BYTES:
        return ()
    return (f"only its first {MAX_SCAN_EMAIL_BYTES // 2**20} MiB read ({size} bytes)",)


def _header(message: Any, name: str) -> str | None:
    """A header's text, unfolded. Raw 8-bit bytes (no =?charset?= encoding) are
    read as UTF-8 or Windows-1252 rather than as the email package's replacement marks."""
    parsed = str(message.get(name, ""))
    if "\ufffd" in parsed:
        raw = next((value for key, value in message.raw_items() if key.casefold() == name.casefold()), "")
        parsed = str(raw)
    return " ".join(clean(parsed).split()) or None


def _part_text(part: Any) -> str:
    try:
        return str(part.get_content())
    except (LookupError, UnicodeError):  # an unknown charset
        return decode(part.get_payload(decode=True) or b"")


def _sent_day(message: Any) -> dt.date | None:
    try:
        sent = message["Date"].datetime
    except Exception:  # noqa: BLE001 - no Date header, or one that is not a date
        return None
    return sent.date() if isinstance(sent, dt.datetime) else None
