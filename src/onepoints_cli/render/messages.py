"""Messages for the user on stderr: stdout is kept for data.

Written directly, without rich: every write prints a confirmation, and
importing rich for it cost ~20 ms. Long lines are never wrapped here: the
terminal wraps them, and logs and pipes get them whole.
"""

from __future__ import annotations

import sys

#: Unicode categories escaped in user text: controls (C0, C1, DEL: ESC starts
#: every terminal sequence), invisible format characters (bidi overrides that
#: reorder what a terminal shows, zero-width spaces), lone surrogates, and line
#: and paragraph separators. Other non-printable characters (a no-break space)
#: are shown as they are.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def _paint(text: str, code: str) -> str:
    from .console import colour_on

    if colour_on(sys.stderr):
        return f"\x1b[{code}m{text}\x1b[0m"
    return text


def error(message: str) -> None:
    sys.stderr.write(f"{_paint('Error:', '1;31')} {escape(message)}\n")


def warning(message: str) -> None:
    sys.stderr.write(f"{_paint('Warning:', '33')} {escape(message)}\n")


def note(message: str) -> None:
    """A confirmation (what was done) that is not data."""
    sys.stderr.write(escape(message) + "\n")


def data_line(text: str) -> None:
    """One line of plain data on stdout (an id, a path)."""
    sys.stdout.write(text + "\n")


def escape(text: str) -> str:
    """User text (titles, names, paths) shown literally: control characters escaped, lines kept."""
    return "\n".join(printable(line) for line in text.split("\n"))


def printable(text: str) -> str:
    """`text` with every control or invisible character written as Python writes
    it in a string (ESC as \\x1b, CR as \\r, U+200B as \\u200b): a title cannot
    clear the screen, fake a link, hide a word or rewrite a line. Plain output
    (pipes, files) uses it as it is."""
    if text.isprintable():  # nearly all text: no per-character look-up
        return text
    from unicodedata import category

    return "".join(repr(c)[1:-1] if category(c) in _UNSAFE_CATEGORIES else c for c in text)
