"""The activity's title: an invitation's summary; a labelled title ("Session:",
"Course:"); a PDF's largest lines; the email's subject; the course a
certificate names after "completed" or "attended"; each without the
confirmation and completion phrases around it (title_words.py)."""

from __future__ import annotations

import re
from pathlib import PurePath

from .layout import BOILERPLATE, body_size, heading, join_wrapped
from .records import Field, Line
from .text import has_unmapped_glyph
from .title_words import GENERIC, strip_title

#: Titles are one line; longer text is a paragraph caught by mistake.
_MAX_TITLE = 120
_LABELLED = re.compile(
    r"^[ \t]*(?:session|course|course\s+(?:title|name)|title|event|webinar|training|activity|program|learning\s+path"
    r"|kurs|titel|veranstaltung|cours|titre|événement|curso|título|evento|cursus|corso|titolo)[ \t]*:[ \t]*(?P<rest>\S.*)$",
    re.I | re.M,
)
_COMPLETED = re.compile(
    r"(?:(?:has\s+)?(?:successfully\s+)?completed|\battended|participated\s+in|took\s+part\s+in"
    r"|(?:thank\s+you|thanks)\s+for\s+(?:presenting|attending|joining|registering)|(?:co-?)?authored"
    r"|teilgenommen\s+an|a\s+suivi|participé\s+à|deelgenomen\s+aan|partecipato\s+a|asisti[óo]\s+a|participou\s+d[oa])"
    r"(?P<rest>[^\n]*)",
    re.I,
)
#: Words of a subject that speaks of the message, not of the activity.
_VAGUE = re.compile(
    r"\b(?:your|you|ready|available|reminder|invitation|confirmation|registration|thank|thanks"
    r"|congratulations|certificate|attached|update|news|ihr|votre|tu|su|uw|jouw|il\s+tuo|seu|sua)\b",
    re.I,
)
#: A "Session:" that gives a day or a time, not a title.
_WHEN = re.compile(
    r"^\W*(?:\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)|\d{1,2}:\d\d|\b\d{1,2}\s*(?:am|pm)\b", re.I
)
#: Where a sentence after "attended" stops being the title.
_CUT = re.compile(
    r"\s*(?:,|;|\.(?:\s|$)|\s[-–]\s|\s+(?:on|held|from|at|which|dated?|am|le|el)\b|\s+\(|$)", re.I
)


def pick_title(
    summary: str | None, subject: str | None, text: str, path: str, lines: tuple[Line, ...] = ()
) -> Field:
    if summary and (title := _one_line(strip_title(summary) or summary)):
        return Field(title, "found", "the invitation's summary")
    for match in _LABELLED.finditer(text):
        if not _WHEN.search(match["rest"]) and (title := _one_line(strip_title(match["rest"]))):
            return _checked(title, "the title the file labels")
    if lines and (named := _after_completed(text, lines, next_line_only=True)):
        return _checked(named, "the course the file names")
    if lines and (big := heading(lines)) and (title := _one_line(strip_title(big))):
        return _checked(title, "the largest lines of the page")
    from_subject = _one_line(strip_title(subject)) if subject else ""
    if from_subject and not _VAGUE.search(from_subject):
        return _checked(from_subject, "the email's subject")
    if named := _after_completed(text, lines):
        return _checked(named, "the course the file names")
    if from_subject:  # "Your certificate is ready": a subject, but maybe no title
        return Field(from_subject, "guessed", "the email's subject")
    stem = re.sub(r"[_\s]+", " ", PurePath(path).stem).strip() or PurePath(path).name
    return Field(_one_line(stem) or "Activity", "guessed", "the file's name")


def _after_completed(text: str, lines: tuple[Line, ...], next_line_only: bool = False) -> str | None:
    """The title after "completed", "attended"...: on its line, or, when the
    line says only "the webinar", on the next one (on a PDF, in larger letters:
    a heading of its own, wrapped lines joined)."""
    for match in _COMPLETED.finditer(text):
        rest = re.sub(r"^\s*[:\-–]?\s*", "", match["rest"])
        if GENERIC.match(_CUT.split(rest, maxsplit=1)[0]):
            rest = text[match.end() :].lstrip(" \t").removeprefix("\n").split("\n", 1)[0]
            if not rest.strip() or BOILERPLATE.match(rest):
                continue
            if lines:
                larger = _larger_lines(rest, lines)
                if larger is None and next_line_only:
                    continue
                rest = larger or rest
        elif next_line_only:
            continue
        else:
            rest = _continued(rest, text[match.end() :])
        title = _one_line(strip_title(_CUT.split(rest.strip(), maxsplit=1)[0]))
        if title and not GENERIC.match(title):
            return title
    return None


def _larger_lines(first: str, lines: tuple[Line, ...]) -> str | None:
    """The line `first` and the lines of its size after it, if it is larger than the body text."""
    body = body_size(lines)
    for index, line in enumerate(lines):
        if line.text.strip() == first.strip() and line.size > body:
            same = [line.text]
            for after in lines[index + 1 :]:
                if abs(after.size - line.size) > 0.5:
                    break
                same.append(after.text)
            return join_wrapped(same)
    return None


def _continued(rest: str, after: str) -> str:
    """A title cut by the end of its line ('... May 13–' then '15, 2025')."""
    following = after.split("\n", 2)
    if rest.rstrip().endswith(("-", "–")) and len(following) > 1:
        return join_wrapped([rest, following[1]])
    return rest


def _checked(title: str, note: str) -> Field:
    """A title with a glyph the PDF left unmapped is not known to be right."""
    if has_unmapped_glyph(title):
        return Field(title, "guessed", f"{note} (some letters could not be read)")
    return Field(title, "found", note)


def _one_line(text: str) -> str:
    """Whitespace and control characters collapsed: a title is one line."""
    line = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return line[:_MAX_TITLE].rstrip()
