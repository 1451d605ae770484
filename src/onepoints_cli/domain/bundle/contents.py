"""What the bundle's zip holds: the evidence entries, then summary.csv, summary.md,
case.txt and manifest.json, which explain them. Pure: no clock, no file I/O."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path, PureWindowsPath

from ..models import Settings
from ..points.bundle_check import complete_until
from ..points.standing import submission_deadline
from ..rules import EXTENSION_MONTHS, WINDOW_MONTHS
from ..spreadsheet.formula_guard import guard_cell
from ..validation import points_text
from ..window import window_start
from .members import BytesMember, FileMember, Member, safe_arcname, slug, unique_arcnames
from .selection import Selection, activities_text

# --- what the zip holds --------------------------------------------------------------


def bundle_members(
    selection: Selection,
    settings: Settings,
    version: str,
    locate: Callable[[str], Path],
    summary_html: Callable[[Selection, Settings, dict[int, list[str]], Sequence[Member]], bytes]
    | None = None,
) -> list[Member]:
    """Evidence first, in the selection's order, then the files that explain them.

    `locate` turns a recorded path into the file's place on disk (a relative
    path is relative to the ledger's folder: storage knows where that is).
    `summary_html` renders summary.html (render/ does HTML; the domain cannot import it)."""
    files = [(a, e) for a in selection.activities for e in a.evidence]
    wanted = [
        safe_arcname(["evidence", f"{a.id}-{a.date}-{slug(a.title)}", _base_name(e.path)]) for a, e in files
    ]
    arcnames = unique_arcnames(wanted)
    evidence = [
        FileMember(arcname, locate(e.path), e.size, e.sha256, f"activity {a.id}: {e.path}")
        for (a, e), arcname in zip(files, arcnames, strict=True)
    ]
    by_activity: dict[int, list[str]] = {}
    for (a, _), arcname in zip(files, arcnames, strict=True):
        by_activity.setdefault(a.id, []).append(arcname)
    generated = [
        BytesMember("summary.csv", summary_csv(selection, by_activity)),
        BytesMember("summary.md", summary_md(selection, settings, by_activity).encode()),
        *(
            [BytesMember("summary.html", summary_html(selection, settings, by_activity, evidence))]
            if summary_html
            else []
        ),
        BytesMember("case.txt", case_text(selection, settings).encode()),
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


def summary_md(selection: Selection, settings: Settings, files: dict[int, list[str]]) -> str:
    cert, as_of = selection.cert, selection.as_of
    holder = [f"- Holder: {_md(settings.holder_name)}"] if settings.holder_name else []
    holder += [f"- Email: {settings.holder_email}"] if settings.holder_email else []
    rows = [
        f"| {a.id} | {a.date} | {_md(a.kind)} | {_md(a.title)} | {points_text(a.hours) if a.hours else ''} "
        f"| {points_text(a.points)} | {len(files[a.id])} |"
        for a in selection.activities
    ]
    lines = [
        f"# OnePoints evidence: {_md(cert.name)}",
        "",
        *holder,
        f"- Certification: {_md(cert.name)} (current expiry {cert.expires})",
        f"- As of: {as_of}",
        f"- Window: activities dated {window_start(as_of)} to {as_of} (the last {WINDOW_MONTHS} months)",
        f"- Total: {points_text(selection.total)} OnePoints in {activities_text(len(selection.activities))}",
        "",
        "| id | date | kind | title | hours | points | files |",
        "| ---: | --- | --- | --- | ---: | ---: | ---: |",
        *rows,
        "",
        "Each activity's evidence is in `evidence/<id>-<date>-<title>/`; `summary.csv` holds the same table",
        "and `manifest.json` the size and SHA-256 of every file.",
        "",
        "## Submitting",
        "",
        "1. Sign in to the ServiceNow support portal and open a new case.",
        '2. Choose the category "Credentialing".',
        "3. Paste the short description and description from `case.txt`.",
        "4. Attach this zip file.",
        f"5. {submit_line(selection, settings)}",
        "",
    ]
    return "\n".join(lines)


def submit_line(selection: Selection, settings: Settings) -> str:
    """The day to submit by, never one already past on the bundle's as-of day: the
    earlier of the deadline (the day before the expiry once it has passed) and the
    last day the bundle holds 40 points."""
    cert, as_of = selection.cert, selection.as_of
    deadline = submission_deadline(cert, settings)
    holds = complete_until(list(selection.activities), as_of)
    if as_of <= deadline:
        last, why = deadline, f"at least {settings.lead_days} days before the expiry on {cert.expires}"
    elif as_of < cert.expires:
        last = cert.expires - timedelta(days=1)
        why = f"the submission deadline {deadline} has passed: submit at once, before the expiry on {cert.expires}"
    else:
        return f"Submit at once: the certification expired on {cert.expires} (built with --force)."
    if holds is not None and holds < last:
        return f"Submit by {holds}: the day after, some of these activities age out and the bundle is below 40 points."
    return f"Submit by {last} ({why})."


#: Characters Markdown (CommonMark and GitHub's) may read as markup inside a line:
#: emphasis, code, links and images, raw HTML, entities, table cells, email autolinks.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]()<>|~&@]|:(?=//)|(?<=www)\.)", re.IGNORECASE)


def _md(text: str) -> str:
    """User text shown as text in Markdown: a title `[click](http://evil.example)`
    (titles come from scanned invitations) is no link once its marks are escaped."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def case_text(selection: Selection, settings: Settings) -> str:
    cert = selection.cert
    first, last = selection.activities[0].date, selection.activities[-1].date
    signature = ", ".join(x for x in (settings.holder_name, settings.holder_email) if x)
    return "\n".join(
        [
            "Short description:",
            f"OnePoints certification extension: {cert.name}",
            "",
            "Description:",
            f"Please extend my {cert.name} certification (current expiry {cert.expires}) by {EXTENSION_MONTHS} months "
            f"under the OnePoints program. The attached zip holds the evidence for "
            f"{points_text(selection.total)} OnePoints from {activities_text(len(selection.activities))} "
            f"completed {_between(first, last)}; summary.md lists each activity and its files.",
            *([f"{signature}"] if signature else []),
            "",
        ]
    )


def _between(first: date, last: date) -> str:
    return f"on {first}" if first == last else f"between {first} and {last}"


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
