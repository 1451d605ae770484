"""Plain text for a terminal or a pipe: user text made safe, lines kept to a width."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def shown(text: str) -> str:
    """User text (a title, a name) with control characters written as escapes."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode(), text)


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
