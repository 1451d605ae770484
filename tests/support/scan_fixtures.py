"""Real evidence files for the scan tests and bench/bench_scan.py: PDFs with a
text layer (a minimal PDF writer: Helvetica, one Tj per line), emails built with
email.message.EmailMessage, invitations built with icalendar."""

from __future__ import annotations

import datetime as dt
import io
import zlib
from email.message import EmailMessage
from pathlib import Path

CERTIFICATE_LINES = (
    "Certificate of Completion",
    "This certifies that",
    "Sam Taylor",
    "has successfully completed",
    "OneStream Navigator: Finance Rules and Calculations",
    "CPE credits: 8",
    "Date: March 4, 2025",
)


def pdf_bytes(lines: tuple[str, ...] | list[str] = CERTIFICATE_LINES, text: bool = True) -> bytes:
    """A valid one-page PDF whose text layer holds `lines` (or, text=False, only
    a drawn line: an image-only PDF as far as text goes)."""
    if text:
        shown = "".join(f"({_pdf_string(line)}) Tj 0 -24 Td " for line in lines)
        content = f"BT /F1 14 Tf 72 720 Td {shown}ET".encode("latin-1")
    else:
        content = b"0 0 m 200 200 l S"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _pdf_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def encrypted_pdf_bytes(password: str = "secret") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes())))
    writer.encrypt(user_password=password, owner_password=password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def ics_bytes(
    summary: str = "OneStream Tech Talk: Cube Views",
    start: dt.datetime | dt.date | None = dt.datetime(2025, 3, 18, 15, 0, tzinfo=dt.UTC),
    end: dt.datetime | None = dt.datetime(2025, 3, 18, 16, 0, tzinfo=dt.UTC),
    description: str = "Join the OneStream Tech Talk.",
) -> bytes:
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//OneStream Software//Events//EN")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", f"{summary}@onestream.example")
    event.add("dtstamp", dt.datetime(2025, 3, 1, tzinfo=dt.UTC))
    event.add("summary", summary)
    event.add("description", description)
    if start is not None:
        event.add("dtstart", start)
    if end is not None:
        event.add("dtend", end)
    calendar.add_component(event)
    return calendar.to_ical()


def tech_talk_email(
    title: str = "Cube Views",
    body: str | None = None,
    invitation: bytes | None = None,
    attachment_pdf: bytes | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = "OneStream Events <events@onestream.example>"
    message["To"] = "sam.taylor@example.com"
    message["Subject"] = f"Thank you for registering for OneStream Tech Talk: {title}"
    message["Date"] = "Mon, 03 Mar 2025 09:00:00 +0000"
    text = body or (
        f"Thank you for registering for OneStream Tech Talk: {title}.\n"
        "When: Tuesday, March 18, 2025, 3:00 PM UTC\nDuration: 1 hour\n"
    )
    message.set_content(text)
    message.add_alternative(
        f"<html><body><p>{text}</p><script>var x = 1;</script></body></html>", subtype="html"
    )
    if invitation is not None:
        message.add_attachment(invitation, maintype="text", subtype="calendar", filename="invite.ics")
    if attachment_pdf is not None:
        message.add_attachment(
            attachment_pdf, maintype="application", subtype="pdf", filename="certificate.pdf"
        )
    return bytes(message)


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def dense_pdf_bytes(operations: int) -> bytes:
    """One page of `operations` text-drawing instructions (compressed: a small file)."""
    ops = "".join(
        f"BT /F1 6 Tf {20 + n % 50 * 10} {20 + n // 50 % 700} Td (OneStream x) Tj ET\n"
        for n in range(operations)
    )
    stream = zlib.compress(ops.encode())
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()
