"""Messages for the user on stderr: stdout is kept for data.

Written directly, without rich: every write prints a confirmation, and
importing rich for it cost ~20 ms. Long lines are never wrapped here: the
terminal wraps them, and logs and pipes get them whole.
"""

from __future__ import annotations

import os
import re
import sys

# C0 and C1 control characters (ESC starts every terminal sequence, CSI is
# one character in C1), DEL, line and paragraph separators, the bidi
# overrides that reorder what a terminal shows, and lone surrogates.
# Compiled on first need (2 ms): nearly all text passes str.isprintable.
_UNSAFE = "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
_unsafe: re.Pattern[str] | None = None


def _paint(text: str, code: str) -> str:
    if sys.stderr.isatty() and not os.environ.get("NO_COLOR"):
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
    """`text` with every control character written as Python writes it in a
    string (ESC as \\x1b, CR as \\r): a title cannot clear the screen, fake a
    link or rewrite a line. Plain output (pipes, files) uses it as it is."""
    global _unsafe
    if text.isprintable():
        return text
    if _unsafe is None:
        _unsafe = re.compile(_UNSAFE)
    return _unsafe.sub(lambda found: repr(found.group())[1:-1], text)
