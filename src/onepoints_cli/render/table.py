"""The one table style of every listing, written directly: no rich.

On a pipe: space-aligned plain text, never cut or wrapped, so `grep` gets the
whole row. On a terminal: the same columns with a bold header and colours (ANSI
SGR codes, none when NO_COLOR is set), fitted to the width by shortening one
column (the title) with an ellipsis; that column never disappears. rich cost
13x the start-up floor for `list` at 1,000 activities (docs/performance.md).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

#: SGR codes by style name.
STYLES = {
    "bold": "1",
    "dim": "2",
    "red": "31",
    "green": "32",
    "yellow": "33",
    "magenta": "35",
    "cyan": "36",
    "bold red": "1;31",
    "bold green": "1;32",
    "bold yellow": "1;33",
}
#: The narrowest a shortened column gets, ellipsis included.
_MIN_FLEX = 8
_GAP = "  "


def clean(text: str) -> str:
    """User text with control characters shown escaped: they could move the cursor or recolour."""
    from .messages import printable

    return printable(text)


def is_terminal() -> bool:
    return sys.stdout.isatty()


def colours_on() -> bool:
    return is_terminal() and not os.environ.get("NO_COLOR")


def width() -> int:
    """The terminal's width: COLUMNS when set, else what the terminal says, else 80."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns or 80  # 0: a terminal without a size
    except OSError:
        return 80


def paint(text: str, style: str | None, on: bool) -> str:
    code = STYLES.get(style or "")
    return f"\x1b[{code}m{text}\x1b[0m" if on and code else text


def render(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    right: Sequence[str] = (),
    flex: str | None = None,
    styles: Sequence[Sequence[str | None]] | None = None,
    title: str | None = None,
    indent: int = 0,
) -> str:
    """The table as text; `styles[r][c]` colours one cell on a terminal; `indent`: the
    room the caller puts before each line."""
    terminal = is_terminal()
    on = colours_on()
    rows = [[clean(cell) for cell in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    if terminal and flex in headers:
        index = list(headers).index(flex)
        spare = width() - indent - (sum(widths) + len(_GAP) * (len(widths) - 1))
        if spare < 0:
            widths[index] = max(_MIN_FLEX, len(headers[index]), widths[index] + spare)
    last = len(headers) - 1
    out = [paint(title, "bold", on)] if title else []

    def line(cells: Sequence[str], cell_styles: Sequence[str | None]) -> str:
        parts = []
        for i, (cell, w) in enumerate(zip(cells, widths, strict=True)):
            if terminal and len(cell) > w:
                cell = cell[: w - 1] + "…"
            pad = " " * (w - len(cell))
            text = pad + cell if headers[i] in right else (cell if i == last else cell + pad)
            parts.append(paint(text, cell_styles[i], on))
        return _GAP.join(parts).rstrip()

    out.append(line(headers, ["bold"] * len(headers)))
    plain = [None] * len(headers)
    for r, row in enumerate(rows):
        out.append(line(row, styles[r] if styles else plain))
    return "\n".join(out) + "\n"


def write(*args, **kwargs) -> None:
    sys.stdout.write(render(*args, **kwargs))
