"""What reading a spreadsheet of activities can run into, as values
(render/problems/spreadsheet.py words them)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from ...errors import OnePointsError
from ..problems import Problem

# --- the file as a whole -------------------------------------------------------------


class NotText(Problem):
    """A file that is plainly not a CSV: a workbook, a PDF, or bytes with NUL in them."""

    source: str
    found: Literal["xlsx", "xls", "pdf", "binary"]


class NotDecodable(Problem):
    """A file that is not text in `encoding` (the one tried last), at byte `at`."""

    source: str
    encoding: Literal["utf-8-sig", "utf-16", "cp1252"]
    at: int


class UnreadableCsv(Problem):
    """The csv module refused the file; `reason` is its own message."""

    source: str
    reason: str


class NoHeaderRow(Problem):
    source: str


class UnknownColumns(Problem):
    source: str
    columns: tuple[str, ...]


class DoubledColumn(Problem):
    source: str
    column: str


class MissingColumns(Problem):
    """Required columns the header lacks; `amount`: it has neither hours nor points."""

    source: str
    missing: tuple[str, ...]
    amount: bool


class InvalidJson(Problem):
    """Text starting like JSON that the json module refused; `reason` is its message."""

    source: str
    reason: str


class JsonTooDeep(Problem):
    source: str


class NoActivityList(Problem):
    """JSON that is not {"as_of": ..., "activities": [...]}."""

    source: str


# --- one row or cell ---------------------------------------------------------------------


class TooManyCells(Problem):
    cells: int
    columns: int


class NotAnActivity(Problem):
    """A JSON activity that is not an object."""


class UnknownKeys(Problem):
    keys: tuple[str, ...]


class NotTextOrNumber(Problem):
    """A JSON value where a text or a number belongs; `shown` is the value as JSON."""

    key: str
    shown: str


class BadEvidenceList(Problem):
    """The evidence of a JSON activity: not a list, or an entry without a path."""

    fault: Literal["not_a_list", "no_path"]


class SlashedDate(Problem):
    """A date with slashes in a comma-separated file: day and month are ambiguous."""

    text: str


class NoSuchDay(Problem):
    """A dotted or slashed date naming a day the calendar has not."""

    text: str
    day: int
    month: int


class CellDateOutOfRange(Problem):
    text: str
    day: date


class EmptyCell(Problem):
    column: str


class RoundsToZero(Problem):
    """Hours of a kind that make 0 points at its rate."""

    hours: Decimal
    kind: str


class NoAmount(Problem):
    """A row with neither hours nor points."""


class ImportRefused(Problem):
    """Rows with problems: nothing is imported. `rows`: (row number, what is wrong
    with it), in row order; `json`: the rows are activities of a JSON export."""

    source: str
    json: bool
    rows: tuple[tuple[int, tuple[OnePointsError, ...]], ...]
