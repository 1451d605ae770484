"""Spreadsheets: activities to CSV rows and back, with the checks an import makes.

Pure: no clock, no file I/O. The CLI reads and writes the files. The evidence
files a row names are checked through the `inspect` function the CLI passes
in (activity_input.collect_evidence), and copied through `keep` once every
row has passed, so a bad row anywhere means nothing is imported.

The CSV is what Excel and LibreOffice open without asking: UTF-8 with a byte
order mark, a header row, CRLF line ends. A cell that starts with = + - or @
gets a leading apostrophe on export, so no spreadsheet runs it as a formula;
import takes the apostrophe off again.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from ..errors import OnePointsError
from . import edits
from .dates import parse_iso_date
from .kinds import find_kind, points_for
from .models import Activity, ActivityState, Evidence, Kind, Ledger, replace
from .validation import clean_title, parse_amount, points_text
from .window import ages_out

#: The columns an import reads, in the order export writes them.
COLUMNS = ("date", "title", "kind", "hours", "points", "evidence", "note")
#: Written by export for people to read; import ignores them.
EXPORT_ONLY = ("id", "state", "ages_out")
REQUIRED = ("date", "title", "kind")
#: Between several evidence paths in one cell.
EVIDENCE_SEPARATOR = ";"
MAX_PROBLEMS_SHOWN = 20

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


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
                _guard(activity.title),
                activity.kind,
                points_text(activity.hours) if activity.hours is not None else "",
                points_text(activity.points),
                _guard(EVIDENCE_SEPARATOR.join(e.path for e in activity.evidence)),
                _guard(activity.note or ""),
                activity.id,
                state,
                ages_out(activity.date).isoformat(),
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _guard(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def _unguard(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_START) else text


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
        cells = {name: _unguard(cell) for name, cell in zip(header, record, strict=False) if name}
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


# --- importing -----------------------------------------------------------------------


class ImportPlan(NamedTuple):
    #: The new activities, with the ids they get, in the file's order.
    added: tuple[Activity, ...]
    #: Row numbers identical (date, title, kind) to an activity already in the ledger or above in the file.
    skipped: tuple[int, ...]
    #: Row numbers whose state is `used` (exported after an extension spent them): never imported,
    #: since an activity used for an extension must never count again.
    used: tuple[int, ...] = ()


class _Row(NamedTuple):
    number: int
    day: date
    title: str
    kind: str
    hours: Decimal | None
    points: Decimal
    evidence: tuple[Evidence, ...]
    note: str | None


def plan_import(
    ledger: Ledger,
    kinds: dict[str, Kind],
    table: Table,
    base_dir: Path,
    inspect: Callable[[list[str]], tuple[Evidence, ...]],
    keep: Callable[[Evidence], Evidence] | None = None,
) -> tuple[Ledger, ImportPlan]:
    """The ledger with every row of `table` added, or OnePointsError listing every bad row.

    Relative evidence paths are relative to `base_dir` (the CSV file's folder).
    `keep` (copying a file into the data folder) runs only once every row passed.
    """
    seen = {(a.date, a.title, a.kind) for a in ledger.activities}
    problems = list(table.problems)
    rows: list[_Row] = []
    skipped: list[int] = []
    used: list[int] = []
    for number, cells in table.rows:
        if cells.get("state", "").strip().casefold() == "used":
            used.append(number)
            continue
        try:
            key = _identity(cells, kinds)
        except _RowProblems as error:
            problems.append((number, str(error)))
            continue
        if key in seen:
            skipped.append(number)
            continue
        try:
            rows.append(_check_row(number, key, cells, kinds[key[2]], base_dir, inspect))
        except _RowProblems as error:
            problems.append((number, str(error)))
            continue
        seen.add(key)
    if problems:
        raise OnePointsError(
            _problems_message(table.source, [f"row {n}: {_sentence(text)}" for n, text in sorted(problems)])
        )
    added = []
    for row in rows:
        evidence = tuple(keep(e) for e in row.evidence) if keep else row.evidence
        ledger, activity = edits.add_activity(
            ledger,
            title=row.title,
            day=row.day,
            kind=row.kind,
            points=row.points,
            hours=row.hours,
            evidence=evidence,
            note=row.note,
        )
        added.append(activity)
    return ledger, ImportPlan(tuple(added), tuple(skipped), tuple(used))


class _RowProblems(Exception):
    """Everything wrong with one row, joined into one reason."""

    def __init__(self, reasons: list[str]) -> None:
        super().__init__(" ".join(_sentence(r) for r in reasons))


def _sentence(reason: str) -> str:
    reason = reason.strip()
    return reason if reason.endswith((".", ".)")) else reason + "."


def _identity(cells: dict[str, str], kinds: dict[str, Kind]) -> tuple[date, str, str]:
    """(date, title, kind id): what makes a row the same activity as another."""
    reasons = []
    day = title = kind = None
    day_text = cells.get("date", "").strip()
    try:
        day = parse_iso_date(day_text, "date") if day_text else _missing("date")
    except OnePointsError as error:
        reasons.append(str(error))
    try:
        title = clean_title(cells.get("title", ""))
    except OnePointsError as error:
        reasons.append(str(error))
    kind_text = cells.get("kind", "").strip()
    try:
        kind = find_kind(kinds, kind_text).id if kind_text else _missing("kind")
    except OnePointsError as error:
        reasons.append(str(error))
    if reasons:
        raise _RowProblems(reasons)
    return day, title, kind


def _missing(column: str):
    raise OnePointsError(f"The {column} is empty")


def _check_row(
    number: int,
    key: tuple[date, str, str],
    cells: dict[str, str],
    kind: Kind,
    base_dir: Path,
    inspect: Callable[[list[str]], tuple[Evidence, ...]],
) -> _Row:
    reasons = []
    hours_text = cells.get("hours", "").strip()
    points_cell = cells.get("points", "").strip()
    hours = points = None
    try:
        hours = parse_amount(hours_text, "hours") if hours_text else None
        if points_cell:
            points = parse_amount(points_cell, "points")
        elif hours is not None:
            points = points_for(kind, hours)
            if points <= 0:
                raise OnePointsError(f"{hours} hours of {kind.id} round to 0 points; give the points")
        else:
            raise OnePointsError("Give the hours or the points (or both)")
    except OnePointsError as error:
        reasons.append(str(error))
    evidence: list[Evidence] = []
    for path in evidence_paths(cells.get("evidence", ""), base_dir):
        try:
            evidence += inspect([path])
        except OnePointsError as error:
            reasons.append(str(error))
    if reasons:
        raise _RowProblems(reasons)
    note = cells.get("note", "").strip() or None
    return _Row(number, key[0], key[1], key[2], hours, points, tuple(evidence), note)


def evidence_paths(cell: str, base_dir: Path) -> list[str]:
    """The paths in an evidence cell (separated by ;), relative ones made relative to `base_dir`."""
    paths = []
    for part in cell.split(EVIDENCE_SEPARATOR):
        if part.strip():
            path = Path(part.strip()).expanduser()
            paths.append(str(path if path.is_absolute() else base_dir / path))
    return paths


def _problems_message(source: str, problems: list[str]) -> str:
    shown = "\n".join(f"  - {p}" for p in problems[:MAX_PROBLEMS_SHOWN])
    more = len(problems) - MAX_PROBLEMS_SHOWN
    extra = f"\n  ... and {more} more" if more > 0 else ""
    count = f"{len(problems)} row{'s' if len(problems) != 1 else ''}"
    return (
        f"Nothing was imported: {count} of {source} {'has' if len(problems) == 1 else 'have'} problems "
        f"(the header is row 1):\n{shown}{extra}\nFix {'it' if len(problems) == 1 else 'them'} and import "
        "again; `onepoints import --dry-run FILE` checks a file without importing it."
    )
