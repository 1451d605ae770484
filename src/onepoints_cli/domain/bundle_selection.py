"""The evidence bundle: which activities go in, and the files that explain them.

Pure: no clock, no file I/O. The CLI checks and streams the evidence files
through archive.py; this module decides what the zip holds.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from ..errors import OnePointsError, UsageError
from .bundle_members import BytesMember, FileMember, Member, safe_arcname, slug, unique_arcnames
from .lookup import find_cert
from .models import Activity, Bundle, Certification, Ledger, Settings
from .rules import POINTS_REQUIRED, WINDOW_MONTHS
from .standing import submission_deadline
from .validation import points_text, points_with_noun
from .window import in_window, used_activity_ids, window_start


class Selection(NamedTuple):
    cert: Certification
    as_of: date
    activities: tuple[Activity, ...]

    @property
    def total(self) -> Decimal:
        return sum((a.points for a in self.activities), Decimal(0))


def pick_cert(ledger: Ledger, cert_id: str | None) -> Certification:
    """--cert may be left out when only one certification can be bundled
    (micro-credentials cannot: OnePoints do not extend them)."""
    if cert_id is not None:
        return find_cert(ledger, cert_id)
    candidates = [c for c in ledger.certifications if not c.micro]
    if len(candidates) == 1:
        return candidates[0]
    if not ledger.certifications:
        raise OnePointsError("No certification is tracked yet: add one with `onepoints cert add`.")
    if not candidates:
        raise OnePointsError(
            "Only micro-credentials are tracked, and OnePoints do not extend them: "
            "add the certification with `onepoints cert add`."
        )
    ids = ", ".join(c.id for c in candidates)
    raise UsageError(f"Several certifications are tracked; choose one with --cert ({ids}).")


def select_activities(ledger: Ledger, cert: Certification, as_of: date, take_all: bool = False) -> Selection:
    """The counting, unused activities with evidence, oldest first (they age out first),
    until 40 points are reached; all of them with take_all. Fewer than 40: refused."""
    if cert.micro:
        raise OnePointsError(f"{cert.name} is a micro-credential: OnePoints extend certifications only.")
    used = used_activity_ids(ledger)
    counting = sorted(
        (a for a in ledger.activities if a.id not in used and in_window(a.date, as_of)),
        key=lambda a: (a.date, a.id),
    )
    candidates = [a for a in counting if a.evidence]
    available = sum((a.points for a in candidates), Decimal(0))
    if available < POINTS_REQUIRED:
        raise OnePointsError(_not_enough(available, [a for a in counting if not a.evidence], as_of))
    if take_all:
        return Selection(cert, as_of, tuple(candidates))
    chosen, total = [], Decimal(0)
    for activity in candidates:
        chosen.append(activity)
        total += activity.points
        if total >= POINTS_REQUIRED:
            break
    return Selection(cert, as_of, tuple(chosen))


def _not_enough(available: Decimal, lacking: list[Activity], as_of: date) -> str:
    missing = POINTS_REQUIRED - available
    message = (
        f"Not enough points to bundle on {as_of}: {points_with_noun(available, 'counting point')} "
        f"{'has' if available == 1 else 'have'} evidence, {points_with_noun(missing)} "
        f"{'is' if missing == 1 else 'are'} missing. The Certification team only accepts complete "
        f"submissions of {points_text(POINTS_REQUIRED)} points. No file was written."
    )
    if lacking:
        listed = "\n".join(f"  - {a.id}: {a.title} ({a.date}, {points_with_noun(a.points)})" for a in lacking)
        these = (
            "These counting activities only lack" if len(lacking) > 1 else "This counting activity only lacks"
        )
        message += f"\n{these} evidence (`onepoints attach ID FILE`):\n{listed}"
    return message


def activities_text(count: int) -> str:
    """'1 activity', '3 activities'."""
    return f"{count} activit{'y' if count == 1 else 'ies'}"


def default_file_name(cert: Certification, as_of: date) -> str:
    return f"onepoints-{cert.id}-{as_of}.zip"


# --- what the zip holds --------------------------------------------------------------


def bundle_members(
    selection: Selection, settings: Settings, version: str, locate: Callable[[str], Path]
) -> list[Member]:
    """Evidence first, in the selection's order, then the four explaining files.

    `locate` turns a recorded path into the file's place on disk (a relative
    path is relative to the ledger's folder: storage knows where that is)."""
    files = [(a, e) for a in selection.activities for e in a.evidence]
    wanted = [
        safe_arcname(["evidence", f"{a.id}-{a.date}-{slug(a.title)}", _base_name(e.path)]) for a, e in files
    ]
    arcnames = unique_arcnames(wanted)
    evidence: list[Member] = [
        FileMember(arcname, locate(e.path), e.size, e.sha256, f"activity {a.id}: {e.path}")
        for (a, e), arcname in zip(files, arcnames, strict=True)
    ]
    by_activity: dict[int, list[str]] = {}
    for (a, _), arcname in zip(files, arcnames, strict=True):
        by_activity.setdefault(a.id, []).append(arcname)
    generated = [
        BytesMember("summary.csv", summary_csv(selection, by_activity)),
        BytesMember("summary.md", summary_md(selection, settings, by_activity).encode()),
        BytesMember("case.txt", case_text(selection, settings).encode()),
        BytesMember("manifest.json", manifest_json(selection, version, by_activity, evidence)),
    ]
    return evidence + generated


def _base_name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def summary_csv(selection: Selection, files: dict[int, list[str]]) -> bytes:
    """UTF-8 with a byte order mark, so that Excel opens accented titles correctly."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["id", "date", "kind", "title", "hours", "points", "files"])
    for a in selection.activities:
        hours = points_text(a.hours) if a.hours is not None else ""
        writer.writerow([a.id, a.date, a.kind, a.title, hours, points_text(a.points), "; ".join(files[a.id])])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def summary_md(selection: Selection, settings: Settings, files: dict[int, list[str]]) -> str:
    cert, as_of = selection.cert, selection.as_of
    deadline = submission_deadline(cert, settings)
    holder = [f"- Holder: {settings.holder_name}"] if settings.holder_name else []
    holder += [f"- Email: {settings.holder_email}"] if settings.holder_email else []
    rows = [
        f"| {a.id} | {a.date} | {a.kind} | {_md(a.title)} | {points_text(a.hours) if a.hours else ''} "
        f"| {points_text(a.points)} | {len(files[a.id])} |"
        for a in selection.activities
    ]
    lines = [
        f"# OnePoints evidence: {cert.name}",
        "",
        *holder,
        f"- Certification: {cert.name} (current expiry {cert.expires})",
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
        f"5. Submit before {deadline} (at least {settings.lead_days} days before the expiry on {cert.expires}).",
        "",
    ]
    return "\n".join(lines)


def _md(text: str) -> str:
    return text.replace("|", "\\|")


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
            f"Please extend my {cert.name} certification (current expiry {cert.expires}) by 24 months "
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
    selection: Selection, version: str, files: dict[int, list[str]], evidence: list[Member]
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


def _number(value: Decimal | None):
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


# --- the ledger's record of it -------------------------------------------------------


def record_bundle(
    ledger: Ledger, selection: Selection, created: date, path: str, sha256: str
) -> tuple[Ledger, Bundle]:
    bundle = Bundle(
        id=max((b.id for b in ledger.bundles), default=0) + 1,
        cert=selection.cert.id,
        created=created,
        as_of=selection.as_of,
        activities=tuple(a.id for a in selection.activities),
        points=selection.total,
        path=path,
        sha256=sha256,
    )
    return ledger._replace(bundles=ledger.bundles + (bundle,)), bundle
