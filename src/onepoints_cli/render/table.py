"""The one table style of every listing, written directly: no rich.

On a pipe: space-aligned plain text, never cut or wrapped, so `grep` gets the
whole row. On a terminal: the same columns with a bold header and colours (ANSI
SGR codes, by the conventions of render/console.py), fitted to the width by shortening the
`flex` columns (the title; in scan, the path first) with an ellipsis, and then
by closing the gaps to one space; a column never disappears. Not rich: it made
`list` many times slower to start (docs/performance.md).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence

from .console import colour_on, glyph
from .messages import printable

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
#: Between columns when even the shortest title leaves the row too wide for the terminal.
_NARROW_GAP = " "


def clean(text: str) -> str:
    """User text with control characters shown escaped: they could move the cursor or recolour."""
    return text if text.isprintable() else printable(text)


def is_terminal() -> bool:
    return sys.stdout.isatty()


def colours_on() -> bool:
    """Colour on stdout by the conventions (NO_COLOR, FORCE_COLOR, TERM=dumb): render/console.py."""
    return colour_on(sys.stdout, terminal=is_terminal())


def width() -> int:
    """The terminal's width: COLUMNS when set, else what the terminal says, else 80."""
    columns = os.environ.get("COLUMNS", "")
    # ASCII digits only ("²" is a digit to isdigit, not to int), and no more than a
    # screen can have: int() refuses a 5,000-digit string with a ValueError.
    if columns.isascii() and columns.isdigit() and len(columns) <= 5 and int(columns) > 0:
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
    flex: str | Sequence[str] = (),
    styles: Sequence[Sequence[str | None]] | None = None,
    title: str | None = None,
    indent: int = 0,
    fit: int | None = None,
) -> str:
    """The table as text; `styles[r][c]` colours one cell on a terminal; `indent`: the
    room the caller puts before each line; `fit`: the width to fit instead of the
    terminal's (a --width option), also on a pipe."""
    terminal = is_terminal()
    on = colours_on()
    rows = [[cell if cell.isprintable() else printable(cell) for cell in row] for row in rows]
    widths = [len(h) for h in headers]
    # strict: a row with a cell too many or too few is a bug in its caller.
    for i, column in enumerate(zip(*rows, strict=True)):
        widths[i] = max(widths[i], max(map(cell_width, column)))
    if rows and len(rows[0]) != len(headers):
        raise ValueError(f"rows of {len(rows[0])} cells in a table of {len(headers)} columns")
    gap = _GAP
    shrinkable = [
        list(headers).index(f) for f in ((flex,) if isinstance(flex, str) else flex) if f in headers
    ]
    room = fit if fit is not None else width() if terminal else None
    if room is not None and shrinkable:
        full = widths
        widths, gap = _fitted(headers, widths, shrinkable, room - indent)
        if widths != full:
            rows = [_shortened(row, shrinkable, widths) for row in rows]
    # One format string per combination of cell styles: a listing has a handful.
    formats: dict[tuple, str] = {}
    aligned_right = [h in right for h in headers]

    def line(cells: Sequence[str], cell_styles: Sequence[str | None]) -> str:
        key = tuple(cell_styles) if on else ()
        if not all(map(str.isascii, cells)) and any(cell_width(c) != len(c) for c in cells):
            return _wide_line(cells, widths, aligned_right, key, gap).rstrip()
        fmt = formats.get(key)
        if fmt is None:
            fmt = formats[key] = _row_format(widths, aligned_right, key, gap)
        return fmt.format(*cells).rstrip()

    out = [paint(title, "bold", on)] if title else []
    out.append(line(headers, ["bold"] * len(headers)))
    plain = [None] * len(headers)
    out.extend(line(row, styles[r] if styles else plain) for r, row in enumerate(rows))
    return "\n".join(out) + "\n"


def _fitted(
    headers: Sequence[str], widths: list[int], shrinkable: list[int], room: int
) -> tuple[list[int], str]:
    """Column widths and gap that fit `room`: the `shrinkable` columns are shortened in
    turn, each down to _MIN_FLEX; when that is not enough, the columns are closed up to
    one space and fitted again. Past that the row is as narrow as it gets."""
    for gap in (_GAP, _NARROW_GAP):
        fitted, over = list(widths), _line_width(widths, gap) - room
        for i in shrinkable:
            if over <= 0:
                break
            narrower = max(_MIN_FLEX, len(headers[i]), fitted[i] - over)
            over -= fitted[i] - narrower
            fitted[i] = narrower
        if over <= 0:
            break
    return fitted, gap


#: A character outside Latin letters and general punctuation (… – ’), where every
#: character takes one column: only text holding one is measured character by character.
_MAYBE_WIDE = re.compile("[^\x00-\u02ff\u2010-\u205f]")


def cell_width(text: str) -> int:
    """The columns `text` takes on a terminal: two for a wide character (日本語,
    full-width forms), none for a combining mark, one for the rest."""
    if text.isascii() or not _MAYBE_WIDE.search(text):
        return len(text)
    import unicodedata  # only for text that may hold a wide character or a combining mark

    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text
    )


def _cut(text: str, room: int) -> str:
    """The longest start of `text` that takes at most `room` columns."""
    if text.isascii() or not _MAYBE_WIDE.search(text):
        return text[:room]
    taken = 0
    for end, character in enumerate(text):
        taken += cell_width(character)
        if taken > room:
            return text[:end]
    return text


def _shortened(cells: Sequence[str], shrinkable: list[int], widths: list[int]) -> list[str]:
    cells = list(cells)
    mark = glyph("…")  # "..." where stdout cannot write the ellipsis
    for i in shrinkable:
        if cell_width(cells[i]) > widths[i]:
            cells[i] = _cut(cells[i], widths[i] - len(mark)) + mark
    return cells


def _wide_line(
    cells: Sequence[str], widths: list[int], aligned_right: list[bool], cell_styles: tuple, gap: str
) -> str:
    """A row holding wide characters, padded cell by cell to the columns it takes
    (str.format pads by characters: 日本語 would push the next columns out)."""
    last = len(widths) - 1
    out = []
    for i, (cell, w) in enumerate(zip(cells, widths, strict=True)):
        padding = " " * max(0, w - cell_width(cell))
        text = padding + cell if aligned_right[i] else cell if i == last else cell + padding
        out.append(paint(text, cell_styles[i] if cell_styles else None, bool(cell_styles)))
    return gap.join(out)


def _line_width(widths: list[int], gap: str) -> int:
    return sum(widths) + len(gap) * (len(widths) - 1)


def _row_format(widths: list[int], aligned_right: list[bool], cell_styles: tuple, gap: str) -> str:
    """A str.format pattern for one row: each cell padded to its column (the last
    left-aligned one is not), then coloured, padding included, as `paint` does."""
    last = len(widths) - 1
    fields = []
    for i, w in enumerate(widths):
        field = f"{{:>{w}}}" if aligned_right[i] else ("{}" if i == last else f"{{:<{w}}}")
        code = STYLES.get(cell_styles[i] or "") if cell_styles else None
        fields.append(f"\x1b[{code}m{field}\x1b[0m" if code else field)
    return gap.join(fields)


def write(*args, **kwargs) -> None:
    sys.stdout.write(render(*args, **kwargs))
