"""What every reader shares: the error it raises, and text made safe and bounded."""

from __future__ import annotations

import re

from ...domain.rules import MAX_SCAN_TEXT_CHARS


class Unreadable(Exception):
    """A file that may be evidence but cannot be read; the message says why."""


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """Text safe to show and to store: undecodable bytes (surrogates) and
    control characters replaced, lines kept, at most MAX_SCAN_TEXT_CHARS."""
    text = text[:MAX_SCAN_TEXT_CHARS]
    try:  # 8-bit bytes in a header arrive as surrogates: give them their characters
        text = decode(text.encode("utf-8", "surrogateescape"))
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))


def decode(data: bytes) -> str:
    """Bytes of an unknown encoding: UTF-8 if they are, else Windows-1252, which
    is what mail programs that do not say their charset mostly write."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def html_text(html: str) -> str:
    """The words of an HTML body (html_page)."""
    return html_page(html)[0]


def html_page(html: str) -> tuple[str, str | None]:
    """(the text, the page's heading: its only <h1>, None when it has none or several). The words of an HTML page or body, a line per block (and per <span>
    glued to the one before it); scripts and styles left out. A table whose first row names its columns also gives a
    "Label: value" line for each cell of the row under it ("CPE credits: 1.0")."""
    from html.parser import HTMLParser

    blocks = (
        "br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "title", "dt", "dl",
        "section", "article", "header", "footer", "main", "nav", "ul", "ol",
    )  # fmt: skip
    boxes = ("span", "label", "time")

    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.size = 0
            self.hidden = 0
            self.tables: list[list[list[str]]] = []
            self.after_box = False  # a <span> just closed, nothing written after it yet
            self.h1: list[str] = []  # each <h1>'s text
            self.in_h1 = False

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.hidden += tag in ("script", "style")
            if tag == "table":
                self.tables.append([])
            elif tag == "tr" and self.tables:
                self.tables[-1].append([])
            elif tag in ("td", "th") and self.tables and self.tables[-1]:
                self.tables[-1][-1].append("")
            if tag == "h1":
                self.h1.append("")
                self.in_h1 = True
            if tag in boxes and self.after_box:
                # "<span>Format: eLearning</span><span>Duration: 1 hr</span>": boxes that
                # only CSS sets apart, glued in the source; a line each, as they are seen
                self.parts.append("\n")
            self.after_box = False
            if tag == "dd":  # a definition list: "Credit hours" then "2.5"
                self.parts.append(": ")
            elif tag in blocks or tag in ("td", "th"):
                self.parts.append("\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in ("script", "style") and self.hidden > 0:
                self.hidden -= 1
            if tag == "h1":
                self.in_h1 = False
            if tag == "table" and self.tables:
                self.parts.extend(_pairs(self.tables.pop()))
            if tag in blocks and tag != "dt":  # its <dd> follows on the same line
                self.parts.append("\n")
            self.after_box = tag in boxes

        def handle_data(self, data: str) -> None:
            if data.strip():
                self.after_box = False
            elif data and self.after_box:  # a space between two spans: they read as one line
                self.after_box = False
            if not self.hidden and self.size < MAX_SCAN_TEXT_CHARS:
                self.parts.append(data)
                self.size += len(data)
                if self.in_h1 and len(self.h1[-1]) < 1000:
                    self.h1[-1] += data
                if self.tables and self.tables[-1] and self.tables[-1][-1]:
                    self.tables[-1][-1][-1] += data

    reader = Text()
    reader.feed(html[: MAX_SCAN_TEXT_CHARS * 4])
    reader.close()
    heading = " ".join(reader.h1[0].split()) if len(reader.h1) == 1 else None
    return re.sub(r"[ \t\xa0]*\n\s*", "\n", "".join(reader.parts)), heading or None


def _pairs(rows: list[list[str]]) -> list[str]:
    """'Label: value' for a table's first row over its second, cell by cell."""
    rows = [[" ".join(cell.split()) for cell in row] for row in rows if any(c.strip() for c in row)]
    if len(rows) < 2 or len(rows[0]) < 2 or len(rows[0]) != len(rows[1]):
        return []
    if any(not label or label[0].isdigit() or len(label) > 40 for label in rows[0]):
        return []
    return [
        "\n" + "\n".join(f"{label}: {value}" for label, value in zip(rows[0], rows[1], strict=True)) + "\n"
    ]
