"""Importing activities from a table (a CSV's or the JSON export's): every row checked,
then all added or none.

The evidence files a row names are checked through the `inspect` function
app/transfer.py passes in, and copied through `keep` once every row has
passed, so a bad row anywhere means nothing is imported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple, NoReturn

from ...errors import OnePointsError
from ..kinds import find_kind, points_for
from ..ledger import edits
from ..ledger.duplicates import activity_key
from ..models import Activity, Evidence, Kind, Ledger
from ..validation import clean_title, parse_amount
from .cells import amount_text, cell_date
from .columns import EVIDENCE_SEPARATOR, Table
from .problems import EmptyCell, ImportRefused, NoAmount, RoundsToZero

# --- importing -----------------------------------------------------------------------


class ImportPlan(NamedTuple):
    #: The new activities, with the ids they get, in the file's order.
    added: tuple[Activity, ...]
    #: Row numbers of the same activity (duplicates.activity_key) as one in the ledger or above in the file.
    skipped: tuple[int, ...]
    #: Row numbers whose state is `used` (exported after an extension spent them): never imported,
    #: since an activity used for an extension must never count again.
    used: tuple[int, ...] = ()
    #: The encoding the file was read in (utf-8, utf-16, cp1252): the CLI says when it was not UTF-8.
    encoding: str = "utf-8"
    #: Read from a JSON export: its numbers count activities, not rows of a sheet.
    from_json: bool = False


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
    """The ledger with every row of `table` added, or ImportRefused listing every bad row.

    Relative evidence paths are relative to `base_dir` (the CSV file's folder).
    `keep` (copying a file into the data folder) runs only once every row passed.
    """
    seen = {activity_key(a.date, a.title, a.kind) for a in ledger.activities}
    problems: list[tuple[int, tuple[OnePointsError, ...]]] = [(n, (p,)) for n, p in table.problems]
    rows: list[_Row] = []
    skipped: list[int] = []
    used: list[int] = []
    for number, cells in table.rows:
        if cells.get("state", "").strip().casefold() == "used":
            used.append(number)
            continue
        try:
            key = _identity(cells, kinds, day_first_slashes=table.delimiter == ";")
        except _RowProblems as error:
            problems.append((number, error.reasons))
            continue
        if activity_key(*key) in seen:
            skipped.append(number)
            continue
        try:
            paths = table.evidence.get(number) or _split(cells.get("evidence", ""))
            rows.append(
                _check_row(number, key, cells, kinds[key[2]], evidence_paths(paths, base_dir), inspect)
            )
        except _RowProblems as error:
            problems.append((number, error.reasons))
            continue
        seen.add(activity_key(*key))
    if problems:
        raise ImportRefused(table.source, table.is_json, tuple(sorted(problems, key=lambda p: p[0])))
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
    return ledger, ImportPlan(added, tuple(skipped), tuple(used), table.encoding, table.is_json)


class _RowProblems(Exception):
    """Everything wrong with one row."""

    def __init__(self, reasons: list[OnePointsError]) -> None:
        super().__init__(reasons)
        self.reasons = tuple(reasons)


def _identity(
    cells: dict[str, str], kinds: dict[str, Kind], *, day_first_slashes: bool
) -> tuple[date, str, str]:
    """(date, title, kind id): what makes a row the same activity as another."""
    reasons: list[OnePointsError] = []
    day = title = kind = None
    day_text = cells.get("date", "").strip()
    try:
        day = cell_date(day_text, day_first_slashes=day_first_slashes) if day_text else _missing("date")
    except OnePointsError as error:
        reasons.append(error)
    try:
        title = clean_title(cells.get("title", ""))
    except OnePointsError as error:
        reasons.append(error)
    kind_text = cells.get("kind", "").strip()
    try:
        kind = find_kind(kinds, kind_text).id if kind_text else _missing("kind")
    except OnePointsError as error:
        reasons.append(error)
    if reasons or day is None or title is None or kind is None:  # each is set unless a reason says why
        raise _RowProblems(reasons)
    return day, title, kind


def _missing(column: str) -> NoReturn:
    raise EmptyCell(column)


def _check_row(
    number: int,
    key: tuple[date, str, str],
    cells: dict[str, str],
    kind: Kind,
    paths: list[str],
    inspect: Callable[[list[str]], tuple[Evidence, ...]],
) -> _Row:
    reasons: list[OnePointsError] = []
    hours_text = amount_text(cells.get("hours", "")).strip()
    points_cell = amount_text(cells.get("points", "")).strip()
    hours = points = None
    try:
        hours = parse_amount(hours_text, "hours") if hours_text else None
        if points_cell:
            points = parse_amount(points_cell, "points")
        elif hours is not None:
            points = points_for(kind, hours)
            if points <= 0:
                raise RoundsToZero(hours, kind.id)
        else:
            raise NoAmount()
    except OnePointsError as error:
        reasons.append(error)
    evidence: list[Evidence] = []
    for path in paths:
        try:
            evidence += inspect([path])
        except OnePointsError as error:
            reasons.append(error)
    if reasons or points is None:  # points is set unless a reason says why
        raise _RowProblems(reasons)
    note = cells.get("note", "").strip() or None
    return _Row(number, key[0], key[1], key[2], hours, points, tuple(evidence), note)


def _split(cell: str) -> tuple[str, ...]:
    """The paths of an evidence cell, separated by ;."""
    return tuple(cell.split(EVIDENCE_SEPARATOR))


def evidence_paths(parts: Iterable[str], base_dir: Path) -> list[str]:
    """The evidence paths given, blanks left out, relative ones made relative to `base_dir`.

    A path starting with ~ is left as it is: expanding it reads the
    environment, which storage does when it opens the file (inspect_evidence).
    """
    paths = []
    for part in parts:
        if text := part.strip():
            path = Path(text)
            paths.append(text if path.is_absolute() or text.startswith("~") else str(base_dir / path))
    return paths
