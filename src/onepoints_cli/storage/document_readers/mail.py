"""An email's text, read with the standard library's email package: its plain
and HTML bodies and its attachments (a PDF or an .ics inside is read too)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ...domain.rules import MAX_SCAN_ATTACHMENTS, MAX_SCAN_EMAIL_BYTES
from ...domain.scan.records import Event, Source
from .calendar import ics_event
from .common import Unreadable, clean, decode, html_text
from .pdf import pdf_lines

#: A header longer than this is cut before it is decoded (a subject is a line).
_MAX_HEADER = 4000


class Parts:
    """What an email or a .msg holds, gathered part by part."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.notes: list[str] = []
        self.event: Event | None = None
        self.read = 0

    def attachment(self, name: str, kind: str, data: bytes) -> None:
        """A PDF or an invitation attached; one that cannot be read is a note."""
        if self.read >= MAX_SCAN_ATTACHMENTS:
            if self.read == MAX_SCAN_ATTACHMENTS:
                self.notes.append(f"only its first {MAX_SCAN_ATTACHMENTS} attachments read")
                self.read += 1
            return
        self.read += 1
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

    # compat32 leaves headers as they are: the default policy's header parser
    # takes seconds on a header of a few hundred kilobytes (docs/performance.md), so
    # the headers read are cut first, then decoded (_header).
    message = BytesParser(policy=policy.compat32).parsebytes(data[:MAX_SCAN_EMAIL_BYTES])
    parts = Parts()
    for part in message.walk():
        if part.is_multipart():
            continue
        kind, name = part.get_content_type(), _filename(part)
        if kind in ("text/plain", "text/html") and part.get_content_disposition() != "attachment":
            parts.body(_part_text(part), kind == "text/html")
        elif kind in ("application/pdf", "text/calendar", "application/octet-stream") or name:
            payload = part.get_payload(decode=True)
            parts.attachment(name, kind, payload if isinstance(payload, bytes) else b"")
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
        recipients=_header(message, "To"),
        sent=_sent_day(message),
        event=parts.event,
        notes=tuple(parts.notes) + _cut_note(len(data)),
    )


def _cut_note(size: int) -> tuple[str, ...]:
    if size <= MAX_SCAN_EMAIL_BYTES:
        return ()
    return (f"only its first {MAX_SCAN_EMAIL_BYTES // 2**20} MiB read ({size} bytes)",)


def _raw(message: Any, name: str) -> str:
    """A header's raw text (8-bit bytes kept as surrogates), at most _MAX_HEADER characters."""
    wanted = name.casefold()
    value = next((v for key, v in message.raw_items() if key.casefold() == wanted), None)
    return str(value)[:_MAX_HEADER] if value is not None else ""


def _header(message: Any, name: str) -> str | None:
    """A header's text, unfolded, its =?charset?= words decoded. Raw 8-bit bytes
    are read as UTF-8 or Windows-1252 rather than as replacement marks (clean)."""
    from email.header import decode_header, make_header

    raw = _raw(message, name)
    try:
        text = str(make_header(decode_header(raw))) if "=?" in raw else raw
    except Exception:  # noqa: BLE001 - a malformed encoded word or charset: the raw text
        text = raw
    return " ".join(clean(text).split()) or None


def _filename(part: Any) -> str:
    try:
        return str(part.get_filename() or "")[:_MAX_HEADER].casefold()
    except Exception:  # noqa: BLE001 - a malformed Content-Disposition
        return ""


def _part_text(part: Any) -> str:
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    charset = part.get_content_charset()
    if charset:
        try:
            return data.decode(charset, "replace")
        except LookupError:  # an unknown charset
            pass
    return decode(data)


def _sent_day(message: Any) -> dt.date | None:
    from email.utils import parsedate_to_datetime

    try:
        sent = parsedate_to_datetime(_raw(message, "Date")[:200])
    except Exception:  # noqa: BLE001 - no Date header, or one that is not a date
        return None
    if not isinstance(sent, dt.datetime):
        return None
    # the day on this computer's clock, as an invitation's: sent 01:41 UTC is the evening before in New York
    return sent.astimezone().date() if sent.tzinfo is not None else sent.date()
