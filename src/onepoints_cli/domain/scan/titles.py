"""The activity's title: an invitation's summary, an email's subject without
its "Thank you for registering for", a certificate's course name."""

from __future__ import annotations

import re
from pathlib import PurePath

from .records import Field

#: Titles are one line; longer text is a paragraph caught by mistake.
_MAX_TITLE = 120
_SUBJECT_PREFIXES = re.compile(
    r"^(?:(?:re|fwd?|aw|wg)\s*:\s*"
    r"|(?:updated\s+)?invitation\s*:\s*"
    r"|(?:registration|attendance|booking|speaker)\s+(?:confirmed|confirmation)\s*[:\-]\s*"
    r"|confirmation\s*[:\-]\s*"
    r"|reminder\s*[:\-]\s*"
    r"|(?:thank\s+you|thanks)\s+for\s+(?:registering|attending|joining)(?:\s+for)?\s*[:\-]?\s*"
    r"|you(?:'|’)?re\s+(?:registered|confirmed)\s+for\s*[:\-]?\s*"
    r"|your\s+(?:registration|attendance)(?:\s+for)?\s*[:\-]?\s*"
    r")+",
    re.I,
)
#: Google Calendar appends " @ Tue Mar 4, 2025 10am - 11am (EST) (name@example.com)".
_CALENDAR_TAIL = re.compile(r"\s+@\s+\w{3}\s.*$")
_COMPLETED = re.compile(
    r"(?:(?:has\s+)?successfully\s+completed|\battended|participated\s+in)(?:\s+the)?\s*[:\-]?[ \t]*"
    r"(?P<rest>[^\n]*)\n?(?P<next>[^\n]*)",
    re.I,
)
_TRAILING = re.compile(r"(?:\s+(?:on|dated?)\b.*|[\s.,;:]+)$", re.I)


def pick_title(summary: str | None, subject: str | None, text: str, path: str) -> Field:
    if summary and (title := _one_line(summary)):
        return Field(title, "found", "the invitation's summary")
    if subject and (title := _one_line(_CALENDAR_TAIL.sub("", _SUBJECT_PREFIXES.sub("", subject)))):
        return Field(title, "found", "the email's subject")
    if match := _COMPLETED.search(text):
        course = match["rest"].strip() or match["next"].strip()
        if title := _one_line(_TRAILING.sub("", course)):
            return Field(title, "found", "the course the certificate names")
    stem = re.sub(r"[_\s]+", " ", PurePath(path).stem).strip() or PurePath(path).name
    return Field(_one_line(stem) or "Activity", "guessed", "the file's name")


def _one_line(text: str) -> str:
    """Whitespace and control characters collapsed: a title is one line."""
    line = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return line[:_MAX_TITLE].rstrip()
