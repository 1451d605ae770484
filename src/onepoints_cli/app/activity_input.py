"""From what the user typed to ledger changes: amounts, kinds and evidence files.

Evidence is hashed (and copied) before the ledger lock is taken: a large file
takes seconds to read, and no other command may wait on that. Under the lock
the change only records the fingerprints. A bad kind or amount is refused
before any file is read.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from ..domain.kinds import catalogue, find_kind, points_for
from ..domain.ledger import duplicates, edits
from ..domain.ledger.lookup import find_activity
from ..domain.ledger.notices import AddWarning, BeforeProgram, LinkFollowed, NoEvidenceYet, Planned
from ..domain.ledger.problems import HoursOfUnknownKind, HoursRoundToZero, NoAmount, NothingToChange
from ..domain.models import Activity, Evidence, Ledger
from ..domain.problems import AsUsage
from ..domain.rules import PROGRAM_START
from ..domain.validation import parse_amount
from ..errors import OnePointsError
from ..storage.evidence_files import evidence_problem, followed_link, inspect_evidence, keep_copy
from ..storage.ledger import store as ledger_store
from ..storage.ledger.store import Snapshot
from ..storage.path_keys import CASE_BLIND
from ..storage.paths import Paths


class ActivityRequest(NamedTuple):  # not a dataclass: its methods are written with exec() at import
    title: str
    day: date
    kind: str
    hours: str | None
    points: str | None
    evidence: list[str]
    note: str | None
    copy: bool | None
    #: Log it even when the ledger already records the same activity (domain/ledger/duplicates.py).
    duplicate: bool = False


def add_activity(paths: Paths, request: ActivityRequest, today: date) -> tuple[Activity, list[AddWarning]]:
    """Record a new activity; returns it and the warnings to show."""
    settings = ledger_store.load_settings(paths)
    _amounts(request.hours, request.points, find_kind(catalogue(settings), request.kind))
    copy = settings.copy_evidence if request.copy is None else request.copy
    files = collect_evidence(request.evidence, copy, paths.evidence_dir)
    return ledger_store.modify(paths, lambda s: new_activity(s, request, files, today))


def new_activity(
    snapshot: Snapshot, request: ActivityRequest, files: tuple[Evidence, ...], today: date
) -> tuple[Ledger, tuple[Activity, list[AddWarning]]]:
    """The change `add` makes under the lock, with evidence already fingerprinted."""
    kind = find_kind(catalogue(snapshot.settings), request.kind)
    if not request.duplicate:
        duplicates.refuse_duplicate_activity(snapshot.ledger, request.day, request.title, kind.id)
    hours, points = _amounts(request.hours, request.points, kind)
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
    warnings: list[AddWarning] = [*duplicates.evidence_elsewhere(snapshot.ledger, activity.id, files)]
    if request.day < PROGRAM_START:
        warnings.append(BeforeProgram(request.day))
    if request.day > today:
        warnings.append(Planned(request.day))
    if not files:
        warnings.append(NoEvidenceYet(activity.id))
    return ledger, (activity, warnings)


def attach_to_activity(
    paths: Paths, activity_id: int, files: list[str], copy: bool | None, duplicate: bool = False
) -> tuple[int, list[AddWarning]]:
    """Record more evidence files on an activity; returns how many, and warnings about them."""
    snapshot = ledger_store.load(paths)
    activity = find_activity(snapshot.ledger, activity_id)  # a wrong id is refused before any file is read
    copy = snapshot.settings.copy_evidence if copy is None else copy
    evidence = collect_evidence(files, False, paths.evidence_dir)
    if not duplicate:
        duplicates.refuse_evidence_already_on(
            activity, evidence, lambda e: evidence_problem(e) is None, windows=CASE_BLIND
        )
    if copy:  # only once nothing is refused: a refused attach copies nothing
        evidence = tuple(keep_copy(e, paths.evidence_dir) for e in evidence)
    return ledger_store.modify(paths, lambda s: attach_files(s, activity_id, evidence))


def attach_files(
    snapshot: Snapshot, activity_id: int, evidence: tuple[Evidence, ...]
) -> tuple[Ledger, tuple[int, list[AddWarning]]]:
    """The change `attach` makes under the lock (the activity may have gone meanwhile)."""
    warnings: list[AddWarning] = [*duplicates.evidence_elsewhere(snapshot.ledger, activity_id, evidence)]
    return edits.attach_evidence(snapshot.ledger, activity_id, evidence), (len(evidence), warnings)


def edit_fields(
    snapshot: Snapshot,
    activity_id: int,
    title: str | None,
    day: date | None,
    kind_text: str | None,
    hours_text: str | None,
    points_text: str | None,
    note: str | None,
) -> tuple[Ledger, bool]:
    """The edited ledger, and whether anything changed (the same values again change nothing)."""
    old = find_activity(snapshot.ledger, activity_id)
    changes: dict = {}
    kinds = catalogue(snapshot.settings)
    kind = find_kind(kinds, kind_text) if kind_text else kinds.get(old.kind)
    if kind_text and kind is not None:  # find_kind returns one or raises
        changes["kind"] = kind.id
    if hours_text is not None or points_text is not None:
        if hours_text is not None and kind is None:
            raise HoursOfUnknownKind(activity_id, old.kind)
        hours, points = _amounts(hours_text, points_text, kind)
        changes["points"] = points
        if hours_text is not None:
            changes["hours"] = hours
    for name, value in (("title", title), ("date", day), ("note", note)):
        if value is not None:
            changes[name] = value
    if not changes:
        raise NothingToChange()
    ledger = edits.edit_activity(snapshot.ledger, activity_id, **changes)
    return ledger, ledger != snapshot.ledger


def collect_evidence(files: list[str], copy: bool, evidence_dir: Path) -> tuple[Evidence, ...]:
    """Check every file before recording any, so a bad one changes nothing."""
    inspected = [inspect_evidence(f) for f in files]
    if copy:
        inspected = [keep_copy(e, evidence_dir) for e in inspected]
    return tuple(inspected)


def link_notes(files: list[str]) -> list[LinkFollowed]:
    """What to tell the user about links that were followed: the record names the target."""
    notes = []
    for given in files:
        try:
            link = followed_link(given)
        except (OSError, RuntimeError, ValueError):
            continue
        if link is not None:
            notes.append(LinkFollowed(str(link[0]), str(link[1])))
    return notes


def _amounts(hours_text: str | None, points_text: str | None, kind) -> tuple[Decimal | None, Decimal]:
    if hours_text is None and points_text is None:
        raise NoAmount()
    hours = _option_amount(hours_text, "--hours") if hours_text is not None else None
    if points_text is not None:
        return hours, _option_amount(points_text, "--points")
    assert hours is not None  # one of the two was given
    points = points_for(kind, hours)
    if points <= 0:
        raise HoursRoundToZero(hours, kind.id)
    return hours, points


def _option_amount(text: str, option: str) -> Decimal:
    """An amount typed on the command line: a malformed one is a usage error."""
    try:
        return parse_amount(text, option)
    except OnePointsError as error:
        raise AsUsage(error) from None
