"""Messages for the user on stderr: stdout is kept for data."""

from __future__ import annotations

import sys


def _stderr_console():
    from rich.console import Console

    # soft_wrap: the terminal wraps long lines; logs and pipes get them whole.
    return Console(stderr=True, highlight=False, soft_wrap=True)


def error(message: str) -> None:
    _stderr_console().print(f"[bold red]Error:[/] {escape(message)}")


def warning(message: str) -> None:
    _stderr_console().print(f"[yellow]Warning:[/] {escape(message)}")


def note(message: str) -> None:
    """A confirmation (what was done) that is not data."""
    _stderr_console().print(escape(message))


def data_line(text: str) -> None:
    """One line of plain data on stdout (an id, a path)."""
    sys.stdout.write(text + "\n")


def escape(text: str) -> str:
    """User text (titles, names, paths) shown literally, never read as rich markup."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)
