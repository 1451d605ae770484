"""From what the user typed to ledger changes: amounts, kinds and evidence files.

Each function here runs inside store.modify (under the ledger lock) and
returns (new ledger, result) as it expects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from ..domain import edits
from ..domain.kinds import catalogue, find_kind, points_for
from ..domain.lookup import find_activity
from ..domain.models import Activity, Evidence, Ledger
from ..domain.rules import PROGRAM_START
from ..domain.validation import parse_amount
from ..errors import OnePointsError, UsageError
from ..storage.evidence_files import inspect_evidence, keep_copy
from ..storage.ledger_store import Snapshot


@dataclass(frozen=True, slots=True)
class ActivityRequest:
    title: str
    day: date
    kind: str
    hours: str | None
    points: str | None
    evidence: list[str]
    note: str | None
    copy: bool | None


def new_activity(
    snapshot: Snapshot, request: ActivityRequest, evidence_dir: Path, today: date
) -> tuple[Ledger, tuple[Activity, list[str]]]:
    kind = find_kind(catalogue(snapshot.settings), request.kind)
    hours, points = _amounts(request.hours, request.points, kind)
    copy = snapshot.settings.copy_evidence if request.copy is None else request.copy
    files = collect_evidence(request.evidence, copy, evidence_dir)
    ledger, activity = edits.add_activity(
        snapshot.ledger,
        title=request.title,
        day=request.day,
        kind=kind.id,
        points=points,
        hours=hours,
        evidence=files,
        note=request.note,
    )
    warnings = []
    if request.day < PROGRAM_START:
        warnings.append(
            f"{request.day} is before {PROGRAM_START}, when the program starts: it will never count."
        )
    if request.day > today:
        warnings.append(
            f"{request.day} is in the future: the activity is planned and counts from that day on."
        )
    if not files:
        warnings.append(f"No evidence yet: attach it later with `onepoints attach {activity.id} FILE`.")
    return ledger, (activity, warnings)


def attach_files(
    snapshot: Snapshot, activity_id: int, files: list[str], copy: bool | None, evidence_dir: Path
) -> tuple[Ledger, int]:
    find_activity(snapshot.ledger, activity_id)
    copy = snapshot.settings.copy_evidence if copy is None else copy
    evidence = collect_evidence(files, copy, evidence_dir)
    return edits.attach_evidence(snapshot.ledger, activity_id, evidence), len(evidence)


def edit_fields(
    snapshot: Snapshot,
    activity_id: int,
    title: str | None,
    day: date | None,
    kind_text: str | None,
    hours_text: str | None,
    points_text: str | None,
    note: str | None,
) -> tuple[Ledger, None]:
    old = find_activity(snapshot.ledger, activity_id)
    changes: dict = {}
    kinds = catalogue(snapshot.settings)
    kind = find_kind(kinds, kind_text) if kind_text else kinds.get(old.kind)
    if kind_text:
        changes["kind"] = kind.id
    if hours_text is not None or points_text is not None:
        if hours_text is not None and kind is None:
            raise OnePointsError(f"Activity {activity_id} has an unknown kind {old.kind!r}; give --kind too.")
        hours, points = _amounts(hours_text, points_text, kind)
        changes["points"] = points
        if hours_text is not None:
            changes["hours"] = hours
    for name, value in (("title", title), ("date", day), ("note", note)):
        if value is not None:
            changes[name] = value
    if not changes:
        raise UsageError("Nothing to change: give --title, --date, --kind, --hours, --points or --note.")
    return edits.edit_activity(snapshot.ledger, activity_id, **changes), None


def collect_evidence(files: list[str], copy: bool, evidence_dir: Path) -> tuple[Evidence, ...]:
    """Check every file before recording any, so a bad one changes nothing."""
    inspected = [inspect_evidence(f) for f in files]
    if copy:
        inspected = [keep_copy(e, evidence_dir) for e in inspected]
    return tuple(inspected)


def _amounts(hours_text: str | None, points_text: str | None, kind) -> tuple[Decimal | None, Decimal]:
    if hours_text is None and points_text is None:
        raise UsageError("Give --hours or --points (or both).")
    hours = _option_amount(hours_text, "--hours") if hours_text is not None else None
    if points_text is not None:
        return hours, _option_amount(points_text, "--points")
    points = points_for(kind, hours)
    if points <= 0:
        raise OnePointsError(f"{hours} hours of {kind.id} round to 0 points; give --points.")
    return hours, points


def _option_amount(text: str, option: str) -> Decimal:
    """An amount typed on the command line: a malformed one is a usage error."""
    try:
        return parse_amount(text, option)
    except OnePointsError as error:
        raise UsageError(str(error)) from None
