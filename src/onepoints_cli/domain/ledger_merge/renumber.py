"""An incoming record added under an id the other side also used for another record.

Activity ids (and bundle and extension ids) are given one after the other, so
two computers that each log an activity offline both give it the next id. Both
are kept: the one from the copy ("theirs") gets the next free id, and theirs'
bundles and extensions that name it are changed with it.
"""

from __future__ import annotations

from typing import NamedTuple

from ..models import Ledger
from .records import NUMBERED, by_key


class Renumbered(NamedTuple):
    section: str
    old: int
    new: int


def clashing_ids(base: Ledger, ours: Ledger, theirs: Ledger, section: str) -> list[int]:
    """Ids of `section` that both sides added (not in base) with different records."""
    was, mine, other = by_key(base, section), by_key(ours, section), by_key(theirs, section)
    return sorted(
        k for k in other if isinstance(k, int) and k not in was and k in mine and mine[k] != other[k]
    )


def renumber_incoming(base: Ledger, ours: Ledger, theirs: Ledger) -> tuple[Ledger, list[Renumbered]]:
    """`theirs` with every clashing activity, bundle and extension moved to a free id."""
    moved: dict[str, dict[int, int]] = {}
    for section in NUMBERED:
        clashes = clashing_ids(base, ours, theirs, section)
        if not clashes:
            continue
        used = [r.id for led in (base, ours, theirs) for r in getattr(led, section)]
        first = max(used, default=0) + 1
        if section == "activities":
            first = max(first, ours.next_activity_id, theirs.next_activity_id)
        moved[section] = {old: first + n for n, old in enumerate(clashes)}
    if not moved:
        return theirs, []
    activities, bundles = moved.get("activities", {}), moved.get("bundles", {})
    extensions = moved.get("extensions", {})
    result = theirs._replace(
        activities=tuple(a._replace(id=activities.get(a.id, a.id)) for a in theirs.activities),
        bundles=tuple(
            b._replace(id=bundles.get(b.id, b.id), activities=_mapped(b.activities, activities))
            for b in theirs.bundles
        ),
        extensions=tuple(
            e._replace(
                id=extensions.get(e.id, e.id),
                activities=_mapped(e.activities, activities),
                bundle=None if e.bundle is None else bundles.get(e.bundle, e.bundle),
            )
            for e in theirs.extensions
        ),
    )
    if activities:
        result = result._replace(next_activity_id=max(result.next_activity_id, *activities.values()) + 1)
    changes = [Renumbered(s, old, new) for s, pairs in moved.items() for old, new in pairs.items()]
    return result, changes


def _mapped(ids: tuple[int, ...], moved: dict[int, int]) -> tuple[int, ...]:
    return tuple(moved.get(i, i) for i in ids)
