"""`onepoints merge FILE`: bring the changes of another copy of the ledger in.

`plan` reads and merges, changing nothing (for --dry-run, and to show the
conflicts before the holder chooses). `apply` merges again under the lock, so
that a command run in the meantime is not overwritten, settles the conflicts
as chosen and saves the result as one version (`onepoints undo` takes it
back); the copy is then renamed, never deleted.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..domain.conflict_copies import conflict_copies
from ..domain.ledger.problems import ChangedDuringMerge
from ..domain.ledger_merge import Applied, BaseVersion, Candidate, MergePlan, Side, base_choice, merge, settle
from ..domain.models import Ledger
from ..storage.ledger import store as ledger_store
from ..storage.merge_files import locate, move_aside, read_copy, saved_versions
from ..storage.paths import Paths


def plan(paths: Paths, given: Path) -> MergePlan:
    """The merge as it would be now. Read-only. `given`: the copy's path, or its bare
    name when it is beside ledger.toml."""
    copy = locate(given, paths)
    current = ledger_store.read_optional(paths.ledger)
    snapshot = ledger_store.snapshot_of(paths, current, ledger_store.read_optional(paths.config))
    return _plan(paths, copy, current, snapshot)


def _plan(paths: Paths, copy: Path, current: bytes | None, snapshot: ledger_store.Snapshot) -> MergePlan:
    copy_bytes, theirs = read_copy(copy, paths, snapshot.settings)
    saved = saved_versions(paths, current)

    def version_of(data: bytes | None) -> int | None:
        # The saved version holding exactly these bytes (of versions with the same
        # text, saved_versions keeps the oldest: its base is as old or older).
        matching = [s.entry.version for s in saved if data is not None and s.entry.matches(data)]
        return matching[0] if matching else None

    chosen, doubtful = base_choice(
        [Candidate(s.entry.version, s.ledger) for s in saved],
        snapshot.ledger,
        theirs,
        version_of(current),
        version_of(copy_bytes),
    )
    base: BaseVersion | None = None
    for s in saved:
        if chosen is not None and s.entry.version == chosen.version:
            base = BaseVersion(s.entry.version, s.entry.time, s.entry.command)
    found = conflict_copies([copy.name], paths.ledger.name)
    service = found[0].service if found else None
    result = merge(chosen.ledger if chosen else Ledger(), snapshot.ledger, theirs, doubtful)
    return MergePlan(copy, service, base, snapshot.ledger, result)


def apply(paths: Paths, planned: MergePlan, choices: Sequence[Side], day: str) -> Applied:
    """Save the merge with `choices` (one per conflict of `planned`), then rename the copy.

    `day` (YYYYMMDD) names the renamed copy. Refused, changing nothing, when the
    ledger or the copy changed since `planned` was shown."""
    copy = Path(planned.copy)

    def change(snapshot: ledger_store.Snapshot) -> tuple[Ledger, tuple[MergePlan, Ledger]]:
        now = _plan(paths, copy, ledger_store.read_optional(paths.ledger), snapshot)
        if now.ours != planned.ours or now.result != planned.result:
            raise ChangedDuringMerge()
        merged = settle(now.result, choices)
        return merged, (now, merged)

    done, merged = ledger_store.modify(paths, change)
    return Applied(done, done.ours, merged, move_aside(copy, day))
