"""The CSV `onepoints export` writes.

Plain: what Excel on an English locale and LibreOffice open without asking:
UTF-8 with a byte order mark, commas, decimal points, a header row, CRLF line ends.

For Excel on a European locale (`export --excel`): the same with semicolons and
decimal commas, the locale's own list and decimal separators, so a double click
opens it in columns with numbers that add up, and no import dialog. No `sep=;`
line: with it Excel ignores the byte order mark and shows accents as mojibake.

A cell that starts with = + - or @ gets a leading apostrophe, so no spreadsheet
runs it as a formula; import takes the apostrophe off again.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from decimal import Decimal

from ..models import Activity, ActivityState, replace
from ..validation import points_text
from ..window import ages_out
from .columns import COLUMNS, EVIDENCE_SEPARATOR, EXPORT_ONLY
from .formula_guard import guard_cell


def located(activity: Activity, locate: Callable[[str], str]) -> Activity:
    """The activity with each evidence path as `locate` gives it (relative paths made absolute)."""
    evidence = tuple(replace(e, path=locate(e.path)) for e in activity.evidence)
    return replace(activity, evidence=evidence)


def export_csv(rows: Iterable[tuple[Activity, ActivityState]], *, european: bool = False) -> bytes:
    """Every activity as a CSV row: the import columns, then id, state and ages-out date.
    `european`: semicolons and decimal commas, as Excel on a European locale saves a CSV."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if european else ",", lineterminator="\r\n")

    def amount(value: Decimal) -> str:
        text = points_text(value)
        return text.replace(".", ",") if european else text

    writer.writerow(COLUMNS + EXPORT_ONLY)
    for activity, state in rows:
        writer.writerow(
            [
                activity.date.isoformat(),
                guard_cell(activity.title),
                activity.kind,
                amount(activity.hours) if activity.hours is not None else "",
                amount(activity.points),
                guard_cell(EVIDENCE_SEPARATOR.join(e.path for e in activity.evidence)),
                guard_cell(activity.note or ""),
                activity.id,
                state,
                ages_out(activity.date).isoformat(),
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")
