"""What the bundle's zip holds: the evidence entries, then summary.csv, summary.md,
case.txt and manifest.json, which explain them. Pure: no clock, no file I/O.
The worded documents (summary.md, case.txt, summary.html) are render's (Documents)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path, PureWindowsPath
from typing import Literal, NamedTuple

from ..models import Settings
from ..points.bundle_check import complete_until
from ..points.standing import submission_deadline
from ..spreadsheet.formula_guard import guard_cell
from ..validation import points_text
from .members import BytesMember, EvidenceOf, FileMember, Member, safe_arcname, slug, unique_arcnames
from .selection import Selection

# --- what the zip holds --------------------------------------------------------------


class Documents(NamedTuple):
    """The worded files that explain the evidence, made by render/bundle_documents.py
    (the domain holds no sentences and cannot import render): each is given the
    selection, the settings and each activity's files in the zip."""

    summary_md: Callable[[Selection, Settings, dict[int, list[str]]], str]
    case_text: Callable[[Selection, Settings], str]
    #: summary.html also lists each file's size (None: no summary.html).
    summary_html: Callable[[Selection, Settings, dict[int, list[str]], Sequence[Member]], bytes] | None = None


def bundle_members(
    selection: Selection,
    settings: Settings,
    version: str,
    locate: Callable[[str], Path],
    documents: Documents,
) -> list[Member]:
    """Evidence first, in the selection's order, then the files that explain them.

    `locate` turns a recorded path into the file's place on disk (a relative
    path is relative to the ledger's folder: storage knows where that is)."""
    files = [(a, e) for a in selection.activities for e in a.evidence]
    wanted = [
        safe_arcname(["evidence", f"{a.id}-{a.date}-{slug(a.title)}", _base_name(e.path)]) for a, e in files
    ]
    arcnames = unique_arcnames(wanted)
    evidence = [
        FileMember(arcname, locate(e.path), e.size, e.sha256, EvidenceOf(a.id, e.path))
        for (a, e), arcname in zip(files, arcnames, strict=True)
    ]
    by_activity: dict[int, list[str]] = {}
    for (a, _), arcname in zip(files, arcnames, strict=True):
        by_activity.setdefault(a.id, []).append(arcname)
    generated = [
        BytesMember("summary.csv", summary_csv(selection, by_activity)),
        BytesMember("summary.md", documents.summary_md(selection, settings, by_activity).encode()),
        *(
            [BytesMember("summary.html", documents.summary_html(selection, settings, by_activity, evidence))]
            if documents.summary_html
            else []
        ),
        BytesMember("case.txt", documents.case_text(selection, settings).encode()),
        BytesMember("manifest.json", manifest_json(selection, version, by_activity, evidence)),
    ]
    return [*evidence, *generated]


#: A path written on Windows: a drive letter (C:\\ or C:/) or a share (\\\\server\\...).
_WINDOWS_PATH = re.compile(r"[A-Za-z]:[\\/]|\\\\")


def _base_name(path: str) -> str:
    """The file's own name. In a Windows path (recorded there, read here from a
    synced ledger) it follows the last / or \\; anywhere else a backslash is
    part of the name (Linux allows it), so the whole name is kept, and
    safe_arcname turns the backslash into '_'."""
    if _WINDOWS_PATH.match(path):
        return PureWindowsPath(path).name
    return Path(path).name


def summary_csv(selection: Selection, files: dict[int, list[str]]) -> bytes:
    """UTF-8 with a byte order mark, so that Excel opens accented titles correctly."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["id", "date", "kind", "title", "hours", "points", "files"])
    for a in selection.activities:
        hours = points_text(a.hours) if a.hours is not None else ""
        cells = [a.id, a.date, a.kind, guard_cell(a.title), hours, points_text(a.points)]
        writer.writerow([*cells, guard_cell("; ".join(files[a.id]))])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


class SubmitDay(NamedTuple):
    """The day to submit by, and which rule sets it: the `deadline` ("deadline"), the day
    before the expiry once the deadline has passed ("past_deadline"), the last day the
    bundle holds 40 points when that comes first ("ages_out"); "expired": `day` is the
    expiry, already past (a bundle built with --force)."""

    rule: Literal["deadline", "past_deadline", "ages_out", "expired"]
    day: date
    deadline: date


def submit_day(selection: Selection, settings: Settings) -> SubmitDay:
    """The day to submit by, never one already past on the bundle's as-of day: the
    earlier of the deadline (the day before the expiry once it has passed) and the
    last day the bundle holds 40 points."""
    cert, as_of = selection.cert, selection.as_of
    deadline = submission_deadline(cert, settings)
    holds = complete_until(list(selection.activities), as_of)
    last: date
    rule: Literal["deadline", "past_deadline"]
    if as_of <= deadline:
        last, rule = deadline, "deadline"
    elif as_of < cert.expires:
        last, rule = cert.expires - timedelta(days=1), "past_deadline"
    else:
        return SubmitDay("expired", cert.expires, deadline)
    if holds is not None and holds < last:
        return SubmitDay("ages_out", holds, deadline)
    return SubmitDay(rule, last, deadline)


def manifest_json(
    selection: Selection, version: str, files: dict[int, list[str]], evidence: list[FileMember]
) -> bytes:
    cert = selection.cert
    manifest = {
        "tool": "onepoints",
        "tool_version": version,
        "certification": {"id": cert.id, "name": cert.name, "expires": cert.expires.isoformat()},
        "as_of": selection.as_of.isoformat(),
        "total_points": _number(selection.total),
        "activities": [
            {
                "id": a.id,
                "title": a.title,
                "kind": a.kind,
                "date": a.date.isoformat(),
                "hours": _number(a.hours),
                "points": _number(a.points),
                "files": files[a.id],
            }
            for a in selection.activities
        ],
        "files": [{"path": m.arcname, "size": m.size, "sha256": m.sha256} for m in evidence],
    }
    return (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode()


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)
