"""Plain text for a terminal or a pipe: user text made safe, lines kept to a width."""

from __future__ import annotations

from .messages import printable


def shown(text: str) -> str:
    """User text (a title, a name) with control characters written as escapes: the
    one set of render/messages.py (C0, C1, DEL, line separators, bidi overrides)."""
    return printable(text)


def clip(line: str, width: int | None) -> str:
    """The line cut to `width` characters (with '...'); whole when width is None (a pipe)."""
    if width is None or len(line) <= width:
        return line
    return line[: max(width - 3, 0)] + "..."


def table(headers: tuple[str, ...], rows: list[tuple[str, ...]], indent: str = "  ") -> list[str]:
    """Left-aligned columns, two spaces apart; the last column is not padded."""
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
    return [
        indent + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in [headers, *rows]
    ]
