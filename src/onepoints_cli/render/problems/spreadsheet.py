"""The words for problems reading a spreadsheet of activities (`onepoints import`)."""

from collections.abc import Callable

from ...domain.rules import IMPORT_PROBLEMS_SHOWN
from ...domain.spreadsheet.columns import COLUMNS
from ...domain.spreadsheet.problems import (
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
from ...errors import OnePointsError
from .general import out_of_range

#: What `import` reads, for the messages that refuse a file.
FORMATS = (
    "a CSV file with a header row (comma, semicolon or tab separated; UTF-8, UTF-16 or "
    "Windows-1252, as Excel saves it) or the JSON of `onepoints export --format json`"
)
READS = f"`onepoints import` reads {FORMATS}"
_SAVE_AS = "in Excel use File > Save As > 'CSV UTF-8 (Comma delimited)'"
_NOT_TEXT = {
    "xlsx": f"an Excel workbook (.xlsx) or another zip file: {_SAVE_AS}",
    "xls": f"an old Excel workbook (.xls): {_SAVE_AS}",
    "pdf": "a PDF: `onepoints add --from FILE` reads a certificate",
    "binary": "not a text file (it holds NUL bytes)",
}
_ENCODINGS = {
    "utf-8-sig": "UTF-8 (it starts with UTF-8's byte order mark)",
    "utf-16": "UTF-16",
    "cp1252": "UTF-8 or Windows-1252",
}


def _columns() -> str:
    return ", ".join(COLUMNS)


def _plural(count: int, noun: str) -> str:
    return f"{noun}{'s' if count > 1 else ''}"


def word(problem: OnePointsError, words: Callable[[OnePointsError], str]) -> str | None:
    return (
        _file(problem)
        or _row(problem)
        or (_refused(problem, words) if isinstance(problem, ImportRefused) else None)
    )


def _file(problem: OnePointsError) -> str | None:
    match problem:
        case NotText():
            return f"{problem.source} is {_NOT_TEXT[problem.found]}. {READS}."
        case NotDecodable():
            return (
                f"{problem.source} is not {_ENCODINGS[problem.encoding]} text (byte {problem.at}). {READS}; "
                "in Excel save it as 'CSV UTF-8 (Comma delimited)'."
            )
        case UnreadableCsv():
            return f"{problem.source} is not a readable CSV file: {problem.reason}."
        case NoHeaderRow():
            return (
                f"{problem.source} has no header row: the first row must name the columns ({_columns()}). "
                f"{READS}."
            )
        case UnknownColumns():
            columns = problem.columns
            return (
                f"{problem.source}: unknown {_plural(len(columns), 'column')} {', '.join(map(repr, columns))} "
                f"in the header row. The columns are {_columns()}; id, state and ages_out (written by "
                f"`onepoints export`) are ignored. {READS}."
            )
        case DoubledColumn():
            return f"{problem.source}: the header row has the column {problem.column!r} twice."
        case MissingColumns():
            wanted = ", ".join(problem.missing + (("hours or points",) if problem.amount else ()))
            return f"{problem.source}: the header row lacks {wanted}. The columns are {_columns()}."
        case InvalidJson():
            return f"{problem.source} starts like JSON but is not valid JSON ({problem.reason}). {READS}."
        case JsonTooDeep():
            return f"{problem.source} is JSON nested too deep to be an export. {READS}."
        case NoActivityList():
            return (
                f"{problem.source} is JSON without a list of activities: {READS}, "
                'which is {"as_of": ..., "activities": [...]}.'
            )
    return None


def _row(problem: OnePointsError) -> str | None:
    match problem:
        case TooManyCells():
            return f"{problem.cells} cells, but the header has {problem.columns} columns"
        case NotAnActivity():
            return "not an object with the keys of an activity"
        case UnknownKeys():
            return f"unknown {_plural(len(problem.keys), 'key')} {', '.join(map(repr, problem.keys))}"
        case NotTextOrNumber():
            return f"{problem.key} is {problem.shown}, not a text or a number"
        case BadEvidenceList(fault="not_a_list"):
            return "evidence is not a list"
        case BadEvidenceList():
            return "an evidence entry has no path"
        case SlashedDate():
            return (
                f"date {problem.text!r} has slashes, which mean day first on some locales and month first "
                "on others: write it as YYYY-MM-DD (in Excel, format the column as yyyy-mm-dd before saving)"
            )
        case NoSuchDay():
            return f"date {problem.text!r} is not a valid date (read as day {problem.day}, month {problem.month})"
        case CellDateOutOfRange():
            return f"date {problem.text!r}: {out_of_range(problem.day)}"
        case EmptyCell():
            return f"The {problem.column} is empty"
        case RoundsToZero():
            return f"{problem.hours} hours of {problem.kind} round to 0 points; give the points"
        case NoAmount():
            return "Give the hours or the points (or both)"
    return None


def _sentence(reason: str) -> str:
    reason = reason.strip()
    return reason if reason.endswith((".", ".)")) else reason + "."


def _refused(problem: ImportRefused, words: Callable[[OnePointsError], str]) -> str:
    unit = "activity" if problem.json else "row"
    lines = [
        f"{unit} {number}: {' '.join(_sentence(words(reason)) for reason in reasons)}"
        for number, reasons in problem.rows
    ]
    count = len(lines)
    shown = "\n".join(f"  - {line}" for line in lines[:IMPORT_PROBLEMS_SHOWN])
    more = count - IMPORT_PROBLEMS_SHOWN
    extra = f"\n  ... and {more} more" if more > 0 else ""
    plural = "activities" if unit == "activity" and count != 1 else f"{unit}{'s' if count != 1 else ''}"
    where = "counted from 1 in its list of activities" if problem.json else "the header is row 1"
    return (
        f"Nothing was imported: {count} {plural} of {problem.source} {'has' if count == 1 else 'have'} "
        f"problems ({where}):\n{shown}{extra}\nFix {'it' if count == 1 else 'them'} and import "
        "again; `onepoints import --dry-run FILE` checks a file without importing it."
    )
