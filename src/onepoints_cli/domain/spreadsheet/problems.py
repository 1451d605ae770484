"""What reading a spreadsheet of activities can run into, as values
(render/problems/spreadsheet.py words them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from ...errors import OnePointsError
from ..problems import Problem

# --- the file as a whole -------------------------------------------------------------


@dataclass(eq=False)
class NotText(Problem):
    """A file that is plainly not a CSV: a workbook, a PDF, or bytes with NUL in them."""

    source: str
    found: Literal["xlsx", "xls", "pdf", "binary"]


@dataclass(eq=False)
class NotDecodable(Problem):
    """A file that is not text in `encoding` (the one tried last), at byte `at`."""

    source: str
    encoding: Literal["utf-8-sig", "utf-16", "cp1252"]
    at: int


@dataclass(eq=False)
class UnreadableCsv(Problem):
    """The csv module refused the file; `reason` is its own message."""

    source: str
    reason: str


@dataclass(eq=False)
class NoHeaderRow(Problem):
    source: str


@dataclass(eq=False)
class UnknownColumns(Problem):
    source: str
    columns: tuple[str, ...]


@dataclass(eq=False)
class DoubledColumn(Problem):
    source: str
    column: str


@dataclass(eq=False)
class MissingColumns(Problem):
    """Required columns the header lacks; `amount`: it has neither hours nor points."""

    source: str
    missing: tuple[str, ...]
    amount: bool


@dataclass(eq=False)
class InvalidJson(Problem):
    """Text starting like JSON that the json module refused; `reason` is its message."""

    source: str
    reason: str


@dataclass(eq=False)
class JsonTooDeep(Problem):
    source: str


@dataclass(eq=False)
class NoActivityList(Problem):
    """JSON that is not {"as_of": ..., "activities": [...]}."""

    source: str


# --- one row or cell ---------------------------------------------------------------------


@dataclass(eq=False)
class TooManyCells(Problem):
    cells: int
    columns: int


@dataclass(eq=False)
class NotAnActivity(Problem):
    """A JSON activity that is not an object."""


@dataclass(eq=False)
class UnknownKeys(Problem):
    keys: tuple[str, ...]


@dataclass(eq=False)
class NotTextOrNumber(Problem):
    """A JSON value where a text or a number belongs; `shown` is the value as JSON."""

    key: str
    shown: str


@dataclass(eq=False)
class BadEvidenceList(Problem):
    """The evidence of a JSON activity: not a list, or an entry without a path."""

    fault: Literal["not_a_list", "no_path"]


@dataclass(eq=False)
class SlashedDate(Problem):
    """A date with slashes in a comma-separated file: day and month are ambiguous."""

    text: str


@dataclass(eq=False)
class NoSuchDay(Problem):
    """A dotted or slashed date naming a day the calendar has not."""

    text: str
    day: int
    month: int


@dataclass(eq=False)
class CellDateOutOfRange(Problem):
    text: str
    day: date


@dataclass(eq=False)
class EmptyCell(Problem):
    column: str


@dataclass(eq=False)
class RoundsToZero(Problem):
    """Hours of a kind that make 0 points at its rate."""

    hours: Decimal
    kind: str


@dataclass(eq=False)
class NoAmount(Problem):
    """A row with neither hours nor points."""


@dataclass(eq=False)
class ImportRefused(Problem):
    """Rows with problems: nothing is imported. `rows`: (row number, what is wrong
    with it), in row order; `json`: the rows are activities of a JSON export."""

    source: str
    json: bool
    rows: tuple[tuple[int, tuple[OnePointsError, ...]], ...]
