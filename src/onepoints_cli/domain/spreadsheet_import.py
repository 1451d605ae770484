"""Importing activities from a CSV table: every row checked, then all added or none.

The evidence files a row names are checked through the `inspect` function
app/transfer.py passes in, and copied through `keep` once every row has
passed, so a bad row anywhere means nothing is imported.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple, NoReturn

from ..errors import OnePointsError
from . import edits
from .dates import parse_iso_date
from .duplicates import activity_key
from .kinds import find_kind, points_for
from .models import Activity, Evidence, Kind, Ledger
from .rules import IMPORT_PROBLEMS_SHOWN
from .spreadsheet import EVIDENCE_SEPARATOR, Table
from .validation import clean_title, parse_amount

MAX_PROBLEMS_SHOWN = IMPORT_PROBLEMS_SHOWN


# --- importing -----------------------------------------------------------------------


class ImportPlan(NamedTuple):
    #: The new activities, with the ids they get, in the file's order.
    added: tuple[Activity, ...]
    #: Row numbers of the same activity (duplicates.activity_key) as one in the ledger or above in the file.
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
    seen = {activity_key(a.date, a.title, a.kind) for a in ledger.activities}
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
        if activity_key(*key) in seen:
            skipped.append(number)
            continue
        try:
            rows.append(_check_row(number, key, cells, kinds[key[2]], base_dir, inspect))
        except _RowProblems as error:
            problems.append((number, str(error)))
            continue
        seen.add(activity_key(*key))
    if problems:
        raise OnePointsError(
            _problems_message(table.source, [f"row {n}: {_sentence(text)}" for n, text in sorted(problems)])
        )
    new = [
        edits.NewActivity(
            row.title,
            row.day,
            row.kind,
            row.points,
            row.hours,
            tuple(keep(e) for e in row.evidence) if keep else row.evidence,
            row.note,
        )
        for row in rows
    ]
    ledger, added = edits.add_activities(ledger, new)
    return ledger, ImportPlan(added, tuple(skipped), tuple(used))


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
    if reasons or day is None or title is None or kind is None:  # each is set unless a reason says why
        raise _RowProblems(reasons)
    return day, title, kind


def _missing(column: str) -> NoReturn:
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
    if reasons or points is None:  # points is set unless a reason says why
        raise _RowProblems(reasons)
    note = cells.get("note", "").strip() or None
    return _Row(number, key[0], key[1], key[2], hours, points, tuple(evidence), note)


def evidence_paths(cell: str, base_dir: Path) -> list[str]:
    """The paths in an evidence cell (separated by ;), relative ones made relative to `base_dir`.

    A path starting with ~ is left as it is: expanding it reads the
    environment, which storage does when it opens the file (inspect_evidence).
    """
    paths = []
    for part in cell.split(EVIDENCE_SEPARATOR):
        if text := part.strip():
            path = Path(text)
            paths.append(text if path.is_absolute() or text.startswith("~") else str(base_dir / path))
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
