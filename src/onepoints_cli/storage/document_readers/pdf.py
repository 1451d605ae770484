"""A PDF's text with its layout: pypdf's text, line by line, with the size of
each line's letters and its cells' positions, so that the domain can take the
title from the largest lines and pair a table's labels with their values.

pypdf decrypts a PDF encrypted with an empty password (an owner password only
forbids editing) with the cryptography package, which pypdf imports itself
when it is installed; a PDF that needs a password is reported as encrypted.
"""

from __future__ import annotations

import io
import math
from typing import Any

from ...domain.rules import (
    MAX_SCAN_PDF_CONTENT_BYTES,
    MAX_SCAN_PDF_METADATA_CHARS,
    MAX_SCAN_PDF_PAGE_CONTENT_BYTES,
    MAX_SCAN_PDF_PAGES_READ,
    MAX_SCAN_TEXT_CHARS,
)
from ...domain.scan.records import Line
from .common import Unreadable, clean

ENCRYPTED = (
    "an encrypted PDF (it needs a password): open it with its password, print it"
    " to a new PDF and scan that, or add it by hand"
)


#: The document information entries that may name who made the PDF.
_METADATA_KEYS = ("/Author", "/Title", "/Subject", "/Keywords", "/Creator")


def pdf_lines(data: bytes) -> tuple[tuple[Line, ...], tuple[str, ...]]:
    """The lines and notes of pdf_document."""
    lines, notes, _ = pdf_document(data)
    return lines, notes


def pdf_document(data: bytes) -> tuple[tuple[Line, ...], tuple[str, ...], str]:
    """The lines of the first pages of a PDF, up to MAX_SCAN_TEXT_CHARS of text
    and MAX_SCAN_PDF_CONTENT_BYTES of drawing instructions, notes on what
    was left unread, and its metadata (Author, Title, Subject, Keywords,
    Creator), a line each: "OneStream University" as Author says whose it is."""
    import logging

    # pypdf logs every oddity of a damaged file; the report says it in one line.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    from pypdf import PdfReader

    lines: list[Line] = []
    notes: list[str] = []
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not _opens_without_password(reader):
            raise Unreadable(ENCRYPTED)
        metadata = _metadata(reader)
        size = spent = 0
        for number, page in enumerate(reader.pages[:MAX_SCAN_PDF_PAGES_READ], 1):
            content = _content_bytes(page)
            if content > MAX_SCAN_PDF_PAGE_CONTENT_BYTES or spent + content > MAX_SCAN_PDF_CONTENT_BYTES:
                notes.append(f"page {number} and after not read: {content} bytes of drawing on page {number}")
                break
            spent += content
            page_lines = _page_lines(page)
            lines.extend(page_lines)
            size += sum(len(line.text) for line in page_lines)
            if size >= MAX_SCAN_TEXT_CHARS:
                break
    except Unreadable:
        raise
    except Exception:  # noqa: BLE001 - a damaged PDF may fail anywhere in pypdf
        raise Unreadable("a damaged PDF: pypdf cannot read it") from None
    if not any(line.text.strip() for line in lines):
        if notes:
            raise Unreadable(f"a page too dense to read ({notes[0].split(': ', 1)[1]}): add it by hand")
        raise Unreadable("no text (a scanned image?): add it by hand")
    return tuple(lines), tuple(notes), metadata


def _metadata(reader: Any) -> str:
    """The document information entries, a line each; none when it cannot be read."""
    try:
        info = reader.metadata or {}
        values = (info.get(key) for key in _METADATA_KEYS)
        return "\n".join(clean(str(value))[:MAX_SCAN_PDF_METADATA_CHARS] for value in values if value)
    except Exception:  # noqa: BLE001 - a damaged information dictionary: the page's text still counts
        return ""


def _content_bytes(page: Any) -> int:
    """The size of a page's drawing instructions, decoded (pypdf caps what a
    compressed stream may expand to)."""
    from pypdf.generic import ArrayObject

    contents = page.get("/Contents")
    if contents is None:
        return 0
    contents = contents.get_object()
    parts = contents if isinstance(contents, ArrayObject) else [contents]
    return sum(len(part.get_object().get_data()) for part in parts)


def _opens_without_password(reader: Any) -> bool:
    try:
        return bool(reader.decrypt(""))
    except Exception:  # noqa: BLE001 - an unknown algorithm: still encrypted to us
        return False


class _Builder:
    """Collects pypdf's text pieces into lines: a new line at each newline
    pypdf writes, each piece's size and position kept."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.text: list[str] = []
        self.cells: list[tuple[float, str]] = []
        self.size = 0.0
        self.y = 0.0

    def visit(self, text: str, cm: list[float], tm: list[float], font: Any, font_size: float) -> None:
        pieces = text.split("\n")
        for index, piece in enumerate(pieces):
            if index:
                self.flush()
            if piece.strip():
                scale = math.sqrt(abs(tm[0] * tm[3] - tm[1] * tm[2]) * abs(cm[0] * cm[3] - cm[1] * cm[2]))
                self.size = max(self.size, round(float(font_size) * scale, 1))
                self.cells.append((round(tm[4] * cm[0] + cm[4], 1), clean(piece).strip()))
                self.y = round(tm[5] * cm[3] + cm[5], 1)
            self.text.append(piece)

    def flush(self) -> None:
        text = clean("".join(self.text)).strip()
        if text:
            line = Line(text, self.size, tuple(sorted(self.cells)), self.y)
            last = self.lines[-1] if self.lines else None
            if last and last.cells and line.cells and abs(last.y - line.y) < 0.3 * max(line.size, 1):
                # A table's cells are drawn one by one: cells at one height are one row.
                cells = tuple(sorted(last.cells + line.cells))
                line = Line("  ".join(t for _, t in cells), max(last.size, line.size), cells, line.y)
                self.lines.pop()
            self.lines.append(line)
        self.text, self.cells, self.size = [], [], 0.0


def _page_lines(page: Any) -> list[Line]:
    builder = _Builder()
    page.extract_text(visitor_text=builder.visit)
    builder.flush()
    return builder.lines
