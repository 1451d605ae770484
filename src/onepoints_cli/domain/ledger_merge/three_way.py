"""The three-way merge of two ledgers against the version both were made from.

Per record (by key, section by section): what only one side changed is taken
from that side (an addition, an edit or a removal); what both sides changed
the same way is taken once; what both changed differently, or one removed and
the other changed, is a conflict, settled by the holder (`settle`). Until then
the merged ledger holds our side of each conflict.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any, Literal, NamedTuple

from ..models import Ledger
from .records import SECTIONS, by_key, key_of
from .renumber import Renumbered, renumber_incoming

Side = Literal["mine", "theirs"]


class Conflict(NamedTuple):
    section: str
    key: object
    #: Each side's record; None where it is absent (removed, or never there).
    base: Any | None
    mine: Any | None
    theirs: Any | None


class Merge(NamedTuple):
    #: The merged ledger, with our side of every conflict.
    merged: Ledger
    conflicts: tuple[Conflict, ...] = ()
    #: Records of the copy moved to a free id (both sides had used it).
    renumbered: tuple[Renumbered, ...] = ()


def merge(base: Ledger, ours: Ledger, theirs: Ledger, doubtful: Collection[tuple[str, object]] = ()) -> Merge:
    """`ours` (ledger.toml) and `theirs` (the conflict copy), both made from `base`.
    `doubtful`: (section, key) of records whose base is a guess: where the sides
    differ on one, it is a conflict."""
    if theirs == ours or (theirs == base and not doubtful):
        return Merge(ours)
    if ours == base and not doubtful:
        return Merge(theirs)
    theirs, renumbered = renumber_incoming(base, ours, theirs)
    sections: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    for section in SECTIONS:
        unsure = {key for part, key in doubtful if part == section}
        records, found = _merge_section(section, base, ours, theirs, unsure)
        sections[section] = records
        conflicts += found
    merged = ours._replace(**sections)
    highest = max((a.id for a in merged.activities), default=0)
    merged = merged._replace(
        next_activity_id=max(ours.next_activity_id, theirs.next_activity_id, highest + 1)
    )
    return Merge(merged, tuple(conflicts), tuple(renumbered))


def _merge_section(
    section: str, base: Ledger, ours: Ledger, theirs: Ledger, unsure: set[object]
) -> tuple[tuple[Any, ...], list[Conflict]]:
    was, mine, other = by_key(base, section), by_key(ours, section), by_key(theirs, section)
    # Our order first, then what only the copy has, in its order.
    keys = list(mine) + [k for k in other if k not in mine]
    records, conflicts = [], []
    for key in keys:
        b, o, t = was.get(key), mine.get(key), other.get(key)
        if o == t or (t == b and key not in unsure):
            chosen = o
        elif o == b and key not in unsure:
            chosen = t
        else:
            conflicts.append(Conflict(section, key, b, o, t))
            chosen = o
        if chosen is not None:
            records.append(chosen)
    return tuple(records), conflicts


def settle(result: Merge, choices: Sequence[Side]) -> Ledger:
    """The merged ledger with the side chosen for each conflict (in the order of `result.conflicts`)."""
    if len(choices) != len(result.conflicts):
        raise ValueError("one choice per conflict")
    ledger = result.merged
    for conflict, side in zip(result.conflicts, choices, strict=True):
        if side == "mine":
            continue
        records = list(getattr(ledger, conflict.section))
        where = [i for i, r in enumerate(records) if key_of(r) == conflict.key]
        if conflict.theirs is None:
            del records[where[0]]
        elif where:
            records[where[0]] = conflict.theirs
        else:
            records.append(conflict.theirs)
        changed: dict[str, Any] = {conflict.section: tuple(records)}
        ledger = ledger._replace(**changed)
    return ledger
