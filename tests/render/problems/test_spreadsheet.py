"""render/problems/spreadsheet.py: the exact words for problems reading a spreadsheet to import."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from onepoints_cli.domain.problems import EmptyText, Problem, UnknownKind
from onepoints_cli.domain.rules import IMPORT_PROBLEMS_SHOWN
from onepoints_cli.domain.spreadsheet.problems import (
    BadEvidenceList,
    CellDateOutOfRange,
    DoubledColumn,
    EmptyCell,
    ImportRefused,
    InvalidJson,
    JsonTooDeep,
    MissingColumns,
    NoActivityList,
    NoAmount,
    NoHeaderRow,
    NoSuchDay,
    NotAnActivity,
    NotDecodable,
    NotText,
    NotTextOrNumber,
    RoundsToZero,
    SlashedDate,
    TooManyCells,
    UnknownColumns,
    UnknownKeys,
    UnreadableCsv,
)
from onepoints_cli.errors import OnePointsError
from onepoints_cli.render.problems import word

COLUMNS = "date, title, kind, hours, points, evidence, note"
READS = (
    "`onepoints import` reads a CSV file with a header row (comma, semicolon or tab separated; UTF-8, "
    "UTF-16 or Windows-1252, as Excel saves it) or the JSON of `onepoints export --format json`"
)
SAVE_AS = "in Excel use File > Save As > 'CSV UTF-8 (Comma delimited)'"


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (
            NotText("a.csv", "xlsx"),
            f"a.csv is an Excel workbook (.xlsx) or another zip file: {SAVE_AS}. {READS}.",
        ),
        (NotText("a.csv", "xls"), f"a.csv is an old Excel workbook (.xls): {SAVE_AS}. {READS}."),
        (
            NotText("a.csv", "pdf"),
            f"a.csv is a PDF: `onepoints add --from FILE` reads a certificate. {READS}.",
        ),
        (NotText("a.csv", "binary"), f"a.csv is not a text file (it holds NUL bytes). {READS}."),
        (
            NotDecodable("a.csv", "utf-8-sig", 2),
            "a.csv is not UTF-8 (it starts with UTF-8's byte order mark) text (byte 2). "
            f"{READS}; in Excel save it as 'CSV UTF-8 (Comma delimited)'.",
        ),
        (
            NotDecodable("a.csv", "cp1252", 1),
            f"a.csv is not UTF-8 or Windows-1252 text (byte 1). {READS}; in Excel save it as "
            "'CSV UTF-8 (Comma delimited)'.",
        ),
        (
            UnreadableCsv("a.csv", "field larger than field limit (131072)"),
            "a.csv is not a readable CSV file: field larger than field limit (131072).",
        ),
        (
            NoHeaderRow("a.csv"),
            f"a.csv has no header row: the first row must name the columns ({COLUMNS}). {READS}.",
        ),
        (
            UnknownColumns("a.csv", ("colour",)),
            f"a.csv: unknown column 'colour' in the header row. The columns are {COLUMNS}; id, state and "
            f"ages_out (written by `onepoints export`) are ignored. {READS}.",
        ),
        (
            UnknownColumns("a.csv", ("colour", "size")),
            f"a.csv: unknown columns 'colour', 'size' in the header row. The columns are {COLUMNS}; id, state "
            f"and ages_out (written by `onepoints export`) are ignored. {READS}.",
        ),
        (DoubledColumn("a.csv", "points"), "a.csv: the header row has the column 'points' twice."),
        (
            MissingColumns("a.csv", ("date",), False),
            f"a.csv: the header row lacks date. The columns are {COLUMNS}.",
        ),
        (
            MissingColumns("a.csv", ("title",), True),
            f"a.csv: the header row lacks title, hours or points. The columns are {COLUMNS}.",
        ),
        (
            InvalidJson("x.json", "Expecting value: line 1 column 2 (char 1)"),
            f"x.json starts like JSON but is not valid JSON (Expecting value: line 1 column 2 (char 1)). {READS}.",
        ),
        (JsonTooDeep("x.json"), f"x.json is JSON nested too deep to be an export. {READS}."),
        (
            NoActivityList("x.json"),
            f'x.json is JSON without a list of activities: {READS}, which is {{"as_of": ..., "activities": [...]}}.',
        ),
        (TooManyCells(5, 4), "5 cells, but the header has 4 columns"),
        (NotAnActivity(), "not an object with the keys of an activity"),
        (UnknownKeys(("colour",)), "unknown key 'colour'"),
        (UnknownKeys(("a", "b")), "unknown keys 'a', 'b'"),
        (NotTextOrNumber("points", "true"), "points is true, not a text or a number"),
        (BadEvidenceList("not_a_list"), "evidence is not a list"),
        (BadEvidenceList("no_path"), "an evidence entry has no path"),
        (
            SlashedDate("04/03/2026"),
            "date '04/03/2026' has slashes, which mean day first on some locales and month first on others: "
            "write it as YYYY-MM-DD (in Excel, format the column as yyyy-mm-dd before saving)",
        ),
        (NoSuchDay("29.02.2026", 29, 2), "date '29.02.2026' is not a valid date (read as day 29, month 2)"),
        (
            CellDateOutOfRange("31.12.1899", dt.date(1899, 12, 31)),
            "date '31.12.1899': 1899-12-31 is out of range: use a date from 1900-01-01 to 9899-12-31",
        ),
        (EmptyCell("kind"), "The kind is empty"),
        (
            RoundsToZero(Decimal("0.01"), "quarter"),
            "0.01 hours of quarter round to 0 points; give the points",
        ),
        (NoAmount(), "Give the hours or the points (or both)"),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, Problem) else "",
)
def test_each_problem_in_words(problem: Problem, text: str) -> None:
    assert word(problem) == text


def test_a_refused_import_lists_every_bad_row_with_its_reasons_as_sentences() -> None:
    refused = ImportRefused(
        "acts.csv",
        False,
        (
            (3, (EmptyCell("date"), EmptyText("title"), UnknownKind("cooking", ("course",)))),
            (4, (NoAmount(),)),
            (5, (OnePointsError("/imports/missing.pdf does not exist"),)),
            (9, (TooManyCells(3, 2),)),
        ),
    )
    assert word(refused) == (
        "Nothing was imported: 4 rows of acts.csv have problems (the header is row 1):\n"
        "  - row 3: The date is empty. The title must not be empty. Unknown kind 'cooking'. Known kinds: "
        "course. (See `onepoints kinds`.)\n"
        "  - row 4: Give the hours or the points (or both).\n"
        "  - row 5: /imports/missing.pdf does not exist.\n"
        "  - row 9: 3 cells, but the header has 2 columns.\n"
        "Fix them and import again; `onepoints import --dry-run FILE` checks a file without importing it."
    )


def test_one_bad_json_activity_is_worded_in_the_singular() -> None:
    assert word(ImportRefused("x.json", True, ((1, (EmptyCell("kind"),)),))) == (
        "Nothing was imported: 1 activity of x.json has problems (counted from 1 in its list of activities):\n"
        "  - activity 1: The kind is empty.\nFix it and import again; `onepoints import --dry-run FILE` "
        "checks a file without importing it."
    )


def test_only_the_first_rows_are_shown_with_a_count_of_the_rest() -> None:
    rows = tuple((n, (EmptyCell("kind"),)) for n in range(2, IMPORT_PROBLEMS_SHOWN + 5))
    lines = word(ImportRefused("acts.csv", False, rows)).splitlines()
    assert sum(line.startswith("  - row ") for line in lines) == IMPORT_PROBLEMS_SHOWN
    assert "  ... and 3 more" in lines
