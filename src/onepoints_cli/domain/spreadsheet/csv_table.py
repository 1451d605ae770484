"""A CSV file's rows, in any of the dialects Excel saves: comma, semicolon or tab
separated, with or without a `sep=` first line (Excel's own hint of the separator)."""

from __future__ import annotations

import csv
import io
import re

from ...errors import OnePointsError
from .columns import COLUMNS, EXPORT_ONLY, REQUIRED, Table
from .formula_guard import unguard_cell
from .problems import DoubledColumn, MissingColumns, NoHeaderRow, TooManyCells, UnknownColumns, UnreadableCsv

#: Excel's first line naming the separator, e.g. `sep=;` (it is not a row of the sheet).
_SEP_LINE = re.compile(r"sep=(.)\s*")


def read_csv(text: str, source: str, encoding: str = "utf-8") -> Table:
    """The rows of a CSV with a header row. The separator is the `sep=` line's, else the one
    of comma, semicolon and tab the header row has most of."""
    first_line, _, rest = text.partition("\n")
    if sep := _SEP_LINE.fullmatch(first_line.rstrip("\r")):
        delimiter, text = sep.group(1), rest
        first_line = text.partition("\n")[0]
    else:
        delimiter = max(",;\t", key=first_line.count)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise UnreadableCsv(source, str(error)) from None
    if not records or not any(cell.strip() for cell in records[0]):
        raise NoHeaderRow(source)
    header = _header(records[0], source)
    rows: list[tuple[int, dict[str, str]]] = []
    problems: list[tuple[int, OnePointsError]] = []
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        if len(record) > len(header) and any(cell.strip() for cell in record[len(header) :]):
            problems.append((number, TooManyCells(len(record), len(header))))
            continue
        cells = {name: unguard_cell(cell) for name, cell in zip(header, record, strict=False) if name}
        rows.append((number, cells))
    return Table(source, rows, problems, encoding, delimiter)


def _header(cells: list[str], source: str) -> list[str]:
    names = [cell.strip().lower().replace(" ", "_").replace("-", "_") for cell in cells]
    unknown = [c for c, n in zip(cells, names, strict=True) if n and n not in COLUMNS + EXPORT_ONLY]
    if unknown:
        raise UnknownColumns(source, tuple(unknown))
    doubled = sorted({n for n in names if n and names.count(n) > 1})
    if doubled:
        raise DoubledColumn(source, doubled[0])
    missing = [n for n in REQUIRED if n not in names]
    if missing or ("hours" not in names and "points" not in names):
        raise MissingColumns(source, tuple(missing), "hours" not in names and "points" not in names)
    # Export-only columns are dropped, but for `state`: a `used` row must not come back as counting.
    return [n if n in COLUMNS or n == "state" else "" for n in names]
