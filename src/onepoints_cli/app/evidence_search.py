"""Evidence that follows the user: each file's state, and finding moved files again.

A record is found elsewhere by its fingerprint, size and sha256: the name
does not matter, so a renamed file is found too. The states of a record:

- ok: the file at the recorded path has the recorded size and sha256;
- changed: a file is there, with another size or content;
- unreadable: something is there that cannot be read as a file;
- missing: nothing is at the recorded path;
- moved: nothing is at the recorded path, and the same content is elsewhere:
  found by a search (`--search DIR`), or recorded, intact, on another path
  of the ledger;
- kept: nothing is at the recorded path, the activity was used by an
  accepted extension, and that extension's bundle zip still holds the same
  content (size and sha256): the submitted copy is safe, nothing to do.

A missing file of a used activity that no zip holds is `missing` with
`used` set: a warning, not a failure (the case was accepted; what it needs
is a decision: restore the file, or detach the record, which the extension
keeps).

When the same content is found at several places, every one is reported and
`--fix` records the first: the one with the recorded file name if any, then
in path order. The bytes are identical, so the bundle is the same either way;
`onepoints evidence replace` picks another.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..domain.file_problems import RecordCheck
from ..domain.ledger.edits import relocate_evidence
from ..domain.models import Evidence, Ledger
from ..domain.window import used_activity_ids
from ..errors import OnePointsError
from ..storage.bundle_zip.lookup import zip_holds
from ..storage.evidence_files import evidence_location, evidence_problem
from ..storage.file_search import find_by_size
from ..storage.ledger.store import Snapshot
from ..storage.path_keys import name_key, path_key


class FileState(NamedTuple):
    activity: int
    number: int  # 1-based, as `evidence list` shows it
    evidence: Evidence
    state: str  # ok, changed, unreadable, missing, moved, kept
    problem: RecordCheck | None  # what evidence_problem found
    found_at: tuple[str, ...]  # for moved: where the content is, first the one --fix takes
    used: bool = False  # the activity was used by an accepted extension
    kept_in: int | None = None  # for kept: the bundle whose zip holds the same content


class SearchReport(NamedTuple):
    states: list[FileState]  # every record checked, in ledger order
    notes: list[OnePointsError]  # folders skipped while searching (problems, as notes)
    files_seen: int
    files_hashed: int

    @property
    def problems(self) -> list[FileState]:
        """Every record not as recorded, kept ones aside."""
        return [s for s in self.states if s.state not in ("ok", "kept")]

    @property
    def failures(self) -> list[FileState]:
        """What makes `doctor` fail: problems, except a lost file of a used activity."""
        return [s for s in self.problems if not (s.used and s.state == "missing")]

    @property
    def used_missing(self) -> list[FileState]:
        return [s for s in self.problems if s.used and s.state == "missing"]

    @property
    def kept(self) -> list[FileState]:
        return [s for s in self.states if s.state == "kept"]

    @property
    def moves(self) -> dict[tuple[int, str, str], str]:
        return {
            (s.activity, s.evidence.path, s.evidence.sha256): s.found_at[0]
            for s in self.states
            if s.state == "moved" and s.found_at
        }


def file_states(
    ledger: Ledger, activity_ids: Sequence[int] | None, roots: Sequence[str] = ()
) -> SearchReport:
    """The state of every record (of the given activities, or all), searching roots for the missing."""
    chosen = [a for a in ledger.activities if activity_ids is None or a.id in activity_ids]
    checked = [(a.id, n, e, evidence_problem(e)) for a in chosen for n, e in enumerate(a.evidence, 1)]
    missing = [e for _, _, e, problem in checked if problem is not None and problem.fault == "missing"]
    found: dict[tuple[int, str], list[str]] = {}
    notes: list[OnePointsError] = []
    seen = hashed = 0
    if roots and missing:
        result = find_by_size(roots, {e.size for e in missing if e.size > 0})
        notes, seen, hashed = result.notes, result.files_seen, result.files_hashed
        for hit in result.found:
            found.setdefault((hit.size, hit.sha256), []).append(hit.path)
    intact = _intact_records(ledger, missing)
    used = used_activity_ids(ledger)
    states = []
    for activity_id, number, item, problem in checked:
        state, places = _state(item, problem, found, intact)
        kept_in = None
        if state == "missing" and activity_id in used:
            kept_in = _bundle_holding(ledger, activity_id, item)
            state = "kept" if kept_in is not None else state
        is_used = activity_id in used
        states.append(FileState(activity_id, number, item, state, problem, places, is_used, kept_in))
    return SearchReport(states, notes, seen, hashed)


def _bundle_holding(ledger: Ledger, activity_id: int, item: Evidence) -> int | None:
    """The first bundle of an extension that used the activity whose zip holds the file."""
    wanted = [ext.bundle for ext in ledger.extensions if activity_id in ext.activities and ext.bundle]
    for bundle in ledger.bundles:
        if bundle.id in wanted and zip_holds(evidence_location(bundle.path), item.size, item.sha256):
            return bundle.id
    return None


def _state(item: Evidence, problem: RecordCheck | None, found, intact) -> tuple[str, tuple[str, ...]]:
    if problem is None:
        return "ok", ()
    if problem.fault == "missing":
        places = _preferred(item, found.get((item.size, item.sha256), []))
        keys = {path_key(p) for p in places}
        places += [p for p in intact.get((item.size, item.sha256), []) if path_key(p) not in keys]
        return ("moved", tuple(places)) if places else ("missing", ())
    if problem.fault in ("size_changed", "content_changed"):
        return "changed", ()
    return "unreadable", ()


def _preferred(item: Evidence, paths: list[str]) -> list[str]:
    """The recorded name first (a moved file before a renamed copy), then path order."""
    name = name_key(item.path)
    return sorted(paths, key=lambda p: (name_key(p) != name, p))


def _intact_records(ledger: Ledger, missing: list[Evidence]) -> dict[tuple[int, str], list[str]]:
    """Other records, intact on disk, of the same content as a missing one."""
    wanted = {(e.size, e.sha256) for e in missing}
    places: dict[tuple[int, str], list[str]] = {}
    for activity in ledger.activities:
        for e in activity.evidence:
            key, where = (e.size, e.sha256), str(evidence_location(e.path))
            known = {path_key(p) for p in places.get(key, [])}
            if key in wanted and path_key(where) not in known and evidence_problem(e) is None:
                places.setdefault(key, []).append(where)
    return places


def record_moves(snapshot: Snapshot, moves: dict[tuple[int, str, str], str]) -> tuple[Ledger, int]:
    """The change for ledger_store.modify: the new paths, in one write."""
    return relocate_evidence(snapshot.ledger, moves)
