"""Messages for the user on stderr: stdout is kept for data."""

from __future__ import annotations

import re
import sys

# C0 and C1 control characters (ESC starts every terminal sequence, CSI is
# one character in C1), DEL, line and paragraph separators, the bidi
# overrides that reorder what a terminal shows, and lone surrogates.
# Compiled on first need (2 ms): nearly all text passes str.isprintable.
_UNSAFE = "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
_unsafe: re.Pattern[str] | None = None


def _stderr_console():
    from rich.console import Console

    # soft_wrap: the terminal wraps long lines; logs and pipes get them whole.
    return Console(stderr=True, highlight=False, soft_wrap=True)


def error(message: str) -> None:
    _stderr_console().print(f"[bold red]Error:[/] {_escape_lines(message)}")


def warning(message: str) -> None:
    _stderr_console().print(f"[yellow]Warning:[/] {_escape_lines(message)}")


def note(message: str) -> None:
    """A confirmation (what was done) that is not data."""
    _stderr_console().print(_escape_lines(message))


def data_line(text: str) -> None:
    """One line of plain data on stdout (an id, a path)."""
    sys.stdout.write(text + "\n")


def escape(text: str) -> str:
    """User text (titles, names, paths) shown literally, never read as rich
    markup, with control characters made visible (printable)."""
    from rich.markup import escape as rich_escape

    return rich_escape(printable(text))


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


def _escape_lines(message: str) -> str:
    """A message's own line breaks kept; what it quotes is escaped."""
    return "\n".join(escape(line) for line in message.split("\n"))
