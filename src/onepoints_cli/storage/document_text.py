"""The text of a PDF (pypdf), an email (the standard library's email package,
with its PDF and .ics attachments) and an invitation (icalendar).

Each reader returns a Source or raises Unreadable with what to tell the user.
A damaged file can make a parser fail in any way, so each parser's errors are
caught whole here and turned into one line of the report, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import io
import re

from ..domain.rules import MAX_SCAN_PDF_PAGES
from ..domain.scan.records import Event, Source
from .documents import RawFile


class Unreadable(Exception):
    """A file that may be evidence but cannot be read; the message says why."""


def read_source(raw: RawFile) -> Source:
    if raw.format == "pdf":
        return Source(raw.path, raw.sha256, "pdf", pdf_text(raw.data))
    if raw.format == "ics":
        event = ics_event(raw.data)
        if event.start is None:
            raise Unreadable("an invitation with no start (DTSTART): add it by hand")
        return Source(raw.path, raw.sha256, "ics", "", event=event)
    return email_source(raw)


def pdf_text(data: bytes) -> str:
    import logging

    # pypdf logs every oddity of a damaged file; the report says it in one line.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not _opens_without_password(reader):
            raise Unreadable("an encrypted PDF (it needs a password): add it by hand")
        pages = reader.pages[:MAX_SCAN_PDF_PAGES]
        text = "\n".join(page.extract_text() or "" for page in pages)
    except Unreadable:
        raise
    except Exception:  # noqa: BLE001 - a damaged PDF may fail anywhere in pypdf
        raise Unreadable("a damaged PDF: pypdf cannot read it") from None
    if not text.strip():
        raise Unreadable("no text (a scanned image?): add it by hand")
    return clean(text)


def _opens_without_password(reader) -> bool:
    """Some PDFs are encrypted with an empty password only to stop editing."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # noqa: BLE001 - AES needs the cryptography package: still encrypted to us
        return False


def ics_event(data: bytes) -> Event:
    from icalendar import Calendar

    try:
        events = Calendar.from_ical(data).walk("VEVENT")
    except Exception:  # noqa: BLE001 - icalendar raises ValueError and others on bad lines
        raise Unreadable("a damaged invitation: icalendar cannot read it") from None
    if not events:
        raise Unreadable("an invitation with no event in it")
    event = events[0]
    start = _decoded(event, "DTSTART")
    end = _decoded(event, "DTEND")
    length = _decoded(event, "DURATION")
    if not isinstance(length, dt.timedelta):
        length = end - start if _same_type(start, end) and isinstance(start, dt.datetime) else None
    return Event(
        summary=clean(str(event.get("SUMMARY", ""))) or None,
        start=start.date()
        if isinstance(start, dt.datetime)
        else start
        if isinstance(start, dt.date)
        else None,
        length=length if isinstance(length, dt.timedelta) and length.total_seconds() > 0 else None,
        description=clean(str(event.get("DESCRIPTION", ""))),
    )


def _decoded(event, name: str):
    try:
        return event.decoded(name) if name in event else None
    except Exception:  # noqa: BLE001 - a malformed value is a missing one
        return None


def _same_type(start, end) -> bool:
    if not (isinstance(start, dt.datetime) and isinstance(end, dt.datetime)):
        return False
    return (start.tzinfo is None) == (end.tzinfo is None)


def email_source(raw: RawFile) -> Source:
    try:
        return _email_source(raw)
    except Unreadable:
        raise
    except Exception:  # noqa: BLE001 - the email package fails in odd ways on broken headers
        raise Unreadable("a malformed email: it cannot be read") from None


def _email_source(raw: RawFile) -> Source:
    from email import policy
    from email.parser import BytesParser

    message = BytesParser(policy=policy.default).parsebytes(raw.data)
    texts: list[str] = []
    notes: list[str] = []
    event = None
    for part in message.walk():
        if part.is_multipart():
            continue
        kind, name = part.get_content_type(), (part.get_filename() or "").casefold()
        try:
            if kind == "application/pdf" or name.endswith(".pdf"):
                texts.append(pdf_text(part.get_payload(decode=True) or b""))
            elif kind == "text/calendar" or name.endswith(".ics"):
                event = event or ics_event(part.get_payload(decode=True) or b"")
            elif kind in ("text/plain", "text/html") and part.get_content_disposition() != "attachment":
                body = _part_text(part)
                texts.append(html_text(body) if kind == "text/html" else body)
        except Unreadable as problem:
            notes.append(f"attachment {name or kind}: {problem}")
    subject = _header(message, "Subject")
    if not any(t.strip() for t in texts) and subject is None and event is None:
        raise Unreadable("an email with no text, subject or invitation in it")
    return Source(
        raw.path,
        raw.sha256,
        "email",
        clean("\n".join(texts)),
        subject=subject,
        sender=_header(message, "From"),
        sent=_sent_day(message),
        event=event,
        notes=tuple(notes),
    )


def _header(message, name: str) -> str | None:
    """A header's text. Raw 8-bit bytes (no =?charset?= encoding) are read as
    UTF-8 or Windows-1252 rather than as the email package's replacement marks."""
    parsed = str(message.get(name, ""))
    if "\ufffd" in parsed:
        raw = next((value for key, value in message.raw_items() if key.casefold() == name.casefold()), "")
        parsed = " ".join(str(raw).split())
    return clean(parsed) or None


def _part_text(part) -> str:
    try:
        return part.get_content()
    except (LookupError, UnicodeError):  # an unknown charset
        return _decode(part.get_payload(decode=True) or b"")


def _decode(data: bytes) -> str:
    """Bytes of an unknown encoding: UTF-8 if they are, else Windows-1252, which
    is what mail programs that do not say their charset mostly write."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _sent_day(message) -> dt.date | None:
    try:
        sent = message["Date"].datetime
    except Exception:  # noqa: BLE001 - no Date header, or one that is not a date
        return None
    return sent.date() if isinstance(sent, dt.datetime) else None


def html_text(html: str) -> str:
    from html.parser import HTMLParser

    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.hidden = 0

        def handle_starttag(self, tag, attrs):
            self.hidden += tag in ("script", "style")
            if tag in ("br", "p", "div", "tr", "li", "h1", "h2", "h3", "td"):
                self.parts.append("\n")

        def handle_endtag(self, tag):
            self.hidden -= tag in ("script", "style") and self.hidden > 0

        def handle_data(self, data):
            if not self.hidden:
                self.parts.append(data)

    reader = Text()
    reader.feed(html)
    reader.close()
    return "".join(reader.parts)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """Text safe to show and to store: undecodable bytes (surrogates) and
    control characters replaced, lines kept."""
    try:  # 8-bit bytes in a header arrive as surrogates: give them their characters
        text = _decode(text.encode("utf-8", "surrogateescape"))
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
