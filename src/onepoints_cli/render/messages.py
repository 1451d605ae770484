"""Messages for the user on stderr: stdout is kept for data.

Written directly, without rich: every write prints a confirmation, and
importing rich for it cost ~20 ms. Long lines are never wrapped here: the
terminal wraps them, and logs and pipes get them whole.
"""

from __future__ import annotations

import os
import sys


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
    from .table import clean

    return "\n".join(clean(line) for line in text.split("\n"))
