"""The text of a file `onepoints scan` opens, by its format: one reader each
in storage/document_readers/ (PDF, email, invitation, Outlook .msg, plain
text, saved HTML).

Each reader returns a Source or raises Unreadable with what to tell the user.
A damaged file can make a parser fail in any way, so each parser's errors are
caught whole there and turned into one line of the report, never a traceback.
Every text is cut at MAX_SCAN_TEXT_CHARS: what a proposal needs is near the top.
"""

from __future__ import annotations

from ..domain.rules import MAX_SCAN_TEXT_CHARS
from ..domain.scan.records import Source
from .document_readers.common import Unreadable, clean, decode, html_page
from .documents import RawFile

__all__ = ["Unreadable", "read_source"]


def read_source(raw: RawFile) -> Source:
    if raw.format == "pdf":
        from .document_readers.pdf import pdf_document

        lines, notes, metadata = pdf_document(raw.data)
        text = "\n".join(line.text for line in lines)
        return Source(raw.path, raw.sha256, "pdf", text, notes=notes, lines=lines, metadata=metadata)
    if raw.format == "ics":
        from .document_readers.calendar import ics_event

        event = ics_event(raw.data)
        if event.start is None:
            raise Unreadable("an invitation with no start (DTSTART): add it by hand")
        return Source(raw.path, raw.sha256, "ics", "", event=event)
    if raw.format == "msg":
        from .document_readers.msg import msg_source

        return msg_source(raw.path, raw.sha256, raw.data)
    if raw.format in ("text", "html"):
        text = decode(raw.data[: MAX_SCAN_TEXT_CHARS * 4])
        text, heading = html_page(text) if raw.format == "html" else (text, None)
        if not text.strip():
            raise Unreadable("no text in it")
        # A saved page's one <h1> is its heading, as an email's subject is (its <title> is the site's).
        return Source(raw.path, raw.sha256, raw.format, clean(text), subject=heading and clean(heading))
    from .document_readers.mail import email_source

    return email_source(raw.path, raw.sha256, raw.data)
