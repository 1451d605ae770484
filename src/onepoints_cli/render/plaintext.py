"""Plain text for a terminal or a pipe: user text made safe, lines folded to a width."""

from __future__ import annotations

from collections.abc import Sequence

from .messages import printable


def shown(text: str) -> str:
    """User text (a title, a name) with control characters written as escapes: the
    one set of render/messages.py (C0, C1, DEL, line separators, bidi overrides)."""
    return printable(text)


class Fitted(str):
    """A line already fitted to the width (a table's, with its colours): never folded."""


def wrapped(line: str, width: int | None) -> list[str]:
    """The line folded at spaces to `width` characters, later lines indented two more
    than the first: nothing is cut. Whole when width is None (a pipe) or it is a table's."""
    if width is None or len(line) <= width or isinstance(line, Fitted):
        return [line]
    import textwrap

    text = line.lstrip(" ")
    lead = " " * (len(line) - len(text))
    return textwrap.wrap(
        text, width, initial_indent=lead, subsequent_indent=lead + "  ", break_on_hyphens=False
    ) or [line]


def write_lines(lines: list[str], width: int | None) -> None:
    import sys

    sys.stdout.write("".join(part + "\n" for line in lines for part in wrapped(line, width)))


def table(
    headers: tuple[str, ...],
    rows: Sequence[tuple[str, ...]],
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
