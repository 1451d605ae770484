"""The columns of a spreadsheet of activities, and the Table every reader makes."""

from __future__ import annotations

from typing import NamedTuple

from ...errors import OnePointsError

#: The columns an import reads, in the order export writes them.
COLUMNS = ("date", "title", "kind", "hours", "points", "evidence", "note")
#: Written by export for people to read; import ignores them.
EXPORT_ONLY = ("id", "state", "ages_out")
REQUIRED = ("date", "title", "kind")
#: Between several evidence paths in one cell.
EVIDENCE_SEPARATOR = ";"


class Table(NamedTuple):
    source: str
    #: (row number, column -> cell); in a CSV the header is row 1 (a `sep=` line is not counted),
    #: in JSON the first activity is 1. Blank rows are left out.
    rows: list[tuple[int, dict[str, str]]]
    #: (row number, problem) for rows that cannot even be read as cells of the known columns.
    problems: list[tuple[int, OnePointsError]]
    #: The encoding the file was read in: "utf-8", "utf-16" or "cp1252".
    encoding: str = "utf-8"
    #: The CSV's separator (";" means Excel on a European locale: its dates are day first); "" for JSON.
    delimiter: str = ","
    #: Evidence paths given as a list (JSON), by row number; a CSV has them in the evidence cell.
    evidence: dict[int, tuple[str, ...]] = {}

    @property
    def is_json(self) -> bool:
        return self.delimiter == ""
