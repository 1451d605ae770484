"""Export and import: the exported bytes on stdout, and what an import did or would do."""

from __future__ import annotations

import sys
from datetime import date
from typing import Any

from ..domain.models import Activity, ActivityState
from ..domain.rules import IMPORT_ROWS_SHOWN
from ..domain.spreadsheet.importing import ImportPlan
from ..domain.validation import points_text
from . import jsonout
from .activities import activity_data
from .messages import note, printable


def export_json(rows: list[tuple[Activity, ActivityState]], as_of: date) -> bytes:
    """The document of `onepoints list --json` (with the evidence paths the rows carry)."""
    data: dict[str, Any] = {"as_of": as_of, "activities": [activity_data(a, s) for a, s in rows]}
    return jsonout.text(data).encode("utf-8")


def write_stdout(data: bytes) -> None:
    """Bytes as they are (a CSV keeps its byte order mark and CRLF line ends)."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def print_import(plan: ImportPlan, source: str, *, dry_run: bool) -> None:
    """On stdout the new ids (a table of them on a dry run); on stderr what happened.

    A spreadsheet's entries are its rows; a JSON export's are its activities,
    numbered from 1 in the order of its list."""
    added, skipped = plan.added, plan.skipped
    unit = "activity" if plan.from_json else "row"
    if plan.encoding != "utf-8":
        note(_READ_AS[plan.encoding].format(source=source))
    if dry_run and added:
        _print_table(added)
    elif added:
        sys.stdout.write("".join(f"{a.id}\n" for a in added))
    skipped_text = ""
    if skipped:
        verb = "would skip" if dry_run else "skipped"
        skipped_text = (
            f"{verb} {_counted(len(skipped), unit)} already in the ledger ({_numbers(skipped, unit)})"
        )
    if plan.used:
        used = plan.used
        note(
            f"{'Would skip' if dry_run else 'Skipped'} {_counted(len(used), unit)} whose state is `used` "
            f"({_numbers(used, unit)}): points spent on an extension never count again, "
            "so an import does not bring them back."
        )
    if not added and not skipped and not plan.used:
        note(f"{source} has no {_plural(unit)} to import.")
    elif not added and not skipped:
        note(f"Nothing to import from {source}.")
    elif not added:
        every = f"its {unit} is" if len(skipped) == 1 else f"all {len(skipped)} {_plural(unit)} are"
        note(f"Nothing new to import from {source}: {every} already in the ledger.")
    elif dry_run:
        note(
            f"Would import {_activities(len(added))} from {source}"
            + (f"; {skipped_text}" if skipped else "")
            + ". Nothing was written: run the same command without --dry-run to import."
        )
    else:
        ids = f"id {added[0].id}" if len(added) == 1 else f"ids {added[0].id}-{added[-1].id}"
        note(
            f"Imported {_activities(len(added))} ({ids}) from {source}"
            + (f"; {skipped_text}" if skipped else "")
            + ". `onepoints undo` takes the import back."
        )


#: One line when a file was not UTF-8: a wrong guess would show as odd accents.
_READ_AS = {
    "cp1252": "Read {source} as Windows-1252 (Excel's 'CSV (Comma delimited)'), since it is not UTF-8.",
    "utf-16": "Read {source} as UTF-16 (Excel's 'Unicode Text').",
}


def _print_table(added: tuple[Activity, ...]) -> None:
    headers = ("id", "date", "kind", "points", "files", "title")
    rows = [
        (str(a.id), str(a.date), a.kind, points_text(a.points), str(len(a.evidence)), printable(a.title))
        for a in added
    ]
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in [headers, *rows]
    ]
    sys.stdout.write("\n".join(lines) + "\n")


def _plural(unit: str) -> str:
    return "activities" if unit == "activity" else f"{unit}s"


def _counted(count: int, unit: str) -> str:
    return f"{count} {unit if count == 1 else _plural(unit)}"


def _numbers(numbers: tuple[int, ...], unit: str) -> str:
    """'row 2' or 'activities 2, 5, ...': the first IMPORT_ROWS_SHOWN of them."""
    shown = ", ".join(map(str, numbers[:IMPORT_ROWS_SHOWN])) + (
        ", ..." if len(numbers) > IMPORT_ROWS_SHOWN else ""
    )
    of_the_file = " of the file" if unit == "activity" else ""  # not the ledger's activity ids
    return f"{unit if len(numbers) == 1 else _plural(unit)} {shown}{of_the_file}"


def _activities(count: int) -> str:
    return f"{count} activit{'y' if count == 1 else 'ies'}"
