"""Spreadsheets: activities to CSV rows, and a CSV file's rows read back.

Pure: no clock, no file I/O; app/transfer.py reads and writes the files.
What an import does with the rows is in spreadsheet_import.py.

The CSV is what Excel and LibreOffice open without asking: UTF-8 with a byte
order mark, a header row, CRLF line ends. A cell that starts with = + - or @
gets a leading apostrophe on export, so no spreadsheet runs it as a formula;
import takes the apostrophe off again.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from typing import NamedTuple

from ..errors import OnePointsError
from .csv_cells import guard_cell, unguard_cell
from .models import Activity, ActivityState, replace
from .validation import points_text
from .window import ages_out

#: The columns an import reads, in the order export writes them.
COLUMNS = ("date", "title", "kind", "hours", "points", "evidence", "note")
#: Written by export for people to read; import ignores them.
EXPORT_ONLY = ("id", "state", "ages_out")
REQUIRED = ("date", "title", "kind")
#: Between several evidence paths in one cell.
EVIDENCE_SEPARATOR = ";"


# --- export ---------------------------------------------------------------------------


def located(activity: Activity, locate: Callable[[str], str]) -> Activity:
    """The activity with each evidence path as `locate` gives it (relative paths made absolute)."""
    evidence = tuple(replace(e, path=locate(e.path)) for e in activity.evidence)
    return replace(activity, evidence=evidence)


def export_csv(rows: Iterable[tuple[Activity, ActivityState]]) -> bytes:
    """Every activity as a CSV row: the import columns, then id, state and ages-out date."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS + EXPORT_ONLY)
    for activity, state in rows:
        writer.writerow(
            [
                activity.date.isoformat(),
                guard_cell(activity.title),
                activity.kind,
                points_text(activity.hours) if activity.hours is not None else "",
                points_text(activity.points),
                guard_cell(EVIDENCE_SEPARATOR.join(e.path for e in activity.evidence)),
                guard_cell(activity.note or ""),
                activity.id,
                state,
                ages_out(activity.date).isoformat(),
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


# --- reading a CSV --------------------------------------------------------------------


class Table(NamedTuple):
    source: str
    #: (spreadsheet row number, column -> cell); the header is row 1. Blank rows are left out.
    rows: list[tuple[int, dict[str, str]]]
    #: (row number, problem) for rows that cannot even be read as cells of the header's columns.
    problems: list[tuple[int, str]]


def read_csv(data: bytes, source: str) -> Table:
    """The rows of a CSV file with a header row; comma, semicolon or tab separated."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise OnePointsError(
            f"{source} is not UTF-8 text (byte {error.start}). In Excel save it as "
            "'CSV UTF-8 (Comma delimited)'; LibreOffice asks for the character set when saving."
        ) from None
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise OnePointsError(f"{source} is not a readable CSV file: {error}.") from None
    if not records or not any(cell.strip() for cell in records[0]):
        raise OnePointsError(
            f"{source} has no header row: the first row must name the columns ({_listed()})."
        )
    header = _header(records[0], source)
    rows, problems = [], []
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        if len(record) > len(header) and any(cell.strip() for cell in record[len(header) :]):
            problems.append((number, f"{len(record)} cells, but the header has {len(header)} columns"))
            continue
        cells = {name: unguard_cell(cell) for name, cell in zip(header, record, strict=False) if name}
        rows.append((number, cells))
    return Table(source, rows, problems)


def _header(cells: list[str], source: str) -> list[str]:
    names = [cell.strip().lower().replace(" ", "_").replace("-", "_") for cell in cells]
    unknown = [c for c, n in zip(cells, names, strict=True) if n and n not in COLUMNS + EXPORT_ONLY]
    if unknown:
        raise OnePointsError(
            f"{source}: unknown column{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))} in the "
            f"header row. The columns are {_listed()}; id, state and ages_out (written by `onepoints export`) "
            "are ignored."
        )
    doubled = sorted({n for n in names if n and names.count(n) > 1})
    if doubled:
        raise OnePointsError(f"{source}: the header row has the column {doubled[0]!r} twice.")
    missing = [n for n in REQUIRED if n not in names]
    if missing or ("hours" not in names and "points" not in names):
        wanted = ", ".join(missing + ([] if "hours" in names or "points" in names else ["hours or points"]))
        raise OnePointsError(f"{source}: the header row lacks {wanted}. The columns are {_listed()}.")
    # Export-only columns are dropped, but for `state`: a `used` row must not come back as counting.
    return [n if n in COLUMNS or n == "state" else "" for n in names]


def _listed() -> str:
    return ", ".join(COLUMNS)


def __getattr__(name: str):
    """The import plan moved to spreadsheet_import.py; its names stay importable from here."""
    if name in ("ImportPlan", "plan_import", "evidence_paths"):
        from . import spreadsheet_import

        return getattr(spreadsheet_import, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
