"""Plain text for a terminal or a pipe: user text made safe, lines kept to a width."""

from __future__ import annotations

from .messages import printable


def shown(text: str) -> str:
    """User text (a title, a name) with control characters written as escapes: the
    one set of render/messages.py (C0, C1, DEL, line separators, bidi overrides)."""
    return printable(text)


class Fitted(str):
    """A line already fitted to the width (a table's, with its colours): clip leaves it."""


def clip(line: str, width: int | None) -> str:
    """The line cut to `width` characters (with '...'); whole when width is None (a pipe)."""
    if width is None or len(line) <= width or isinstance(line, Fitted):
        return line
    return line[: max(width - 3, 0)] + "..."


def table(
    headers: tuple[str, ...],
    rows: list[tuple[str, ...]],
    *,
    right: tuple[str, ...] = (),
    flex: str,
    width: int | None,
    indent: str = "  ",
) -> list[Fitted]:
    """The one table style (render/table.py), as lines to put among others, each
    already fitted to `width` (None: whole, as on a pipe)."""
    from .table import render

    text = render(headers, rows, right=right, flex=flex, indent=len(indent), fit=width)
    return [Fitted(indent + line) for line in text.splitlines()]
