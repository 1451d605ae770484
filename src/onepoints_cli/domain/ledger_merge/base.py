"""Which saved version both sides were made from: the base of the three-way merge.

The copy holds no link to the history, so the base is told from the records:

- a side whose exact text is a saved version was made from that version or
  an older one: only those are candidates (both sides saved: the older of the two);
- a candidate must be one a side not saved can have grown from: it has no more
  activity ids given than that side, and each activity they share an id with is
  recognisably the same one, with the same title or the same date (two
  computers that each logged an activity offline give both the same id, for
  different activities; a title or a date alone may have been edited since);
- of those, the one with the fewest records that differ from the side(s) not
  saved; of equals, the one sharing the most records (by key) with them (an
  older version lacks what was added since, though both sides may have changed
  it); of equals still, the oldest. Where a version as close lacks an
  activity, bundle or extension the chosen one holds, whether both sides share
  it is a guess (the other computer may have given its id to another record):
  a difference between the sides on it is a conflict (`doubtful`), never
  settled silently. So is a difference on any activity, bundle or extension of
  the chosen base, unless both sides are saved versions: whether the side not
  saved held that record, or another one it gave the same id, is a guess.

A base too new would take a change one side made as a change the other side
undid, and lose it; a base too old only shows more conflicts, or keeps a record
one side removed. So every doubt goes to the older version, and with no
candidate the merge runs against an empty ledger: nothing is lost, though a
removal is then not honoured.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..models import Ledger
from .records import NUMBERED, by_key, differing, differing_keys, shared_keys


class Candidate(NamedTuple):
    version: int
    ledger: Ledger


class BaseChoice(NamedTuple):
    candidate: Candidate | None
    #: (section, key) of the records on which versions as close as the chosen one
    #: disagree: which of them both sides share is a guess, so a difference there
    #: between the sides is a conflict for the holder, never taken silently.
    doubtful: frozenset[tuple[str, object]] = frozenset()


def choose_base(
    candidates: Sequence[Candidate],
    ours: Ledger,
    theirs: Ledger,
    ours_version: int | None = None,
    theirs_version: int | None = None,
) -> Candidate | None:
    """`candidates`: the history's readable versions; `*_version`: the saved version
    whose exact text that side is, if any. None: no version qualifies."""
    return base_choice(candidates, ours, theirs, ours_version, theirs_version).candidate


def base_choice(
    candidates: Sequence[Candidate],
    ours: Ledger,
    theirs: Ledger,
    ours_version: int | None = None,
    theirs_version: int | None = None,
) -> BaseChoice:
    """`choose_base`, with the records it is unsure of."""
    saved = [v for v in (ours_version, theirs_version) if v is not None]
    if len(saved) == 2:
        return BaseChoice(next((c for c in candidates if c.version == min(saved)), None))
    unsaved = [side for side, v in ((ours, ours_version), (theirs, theirs_version)) if v is None]
    newest = min(saved) if saved else None
    fitting = [
        c
        for c in candidates
        if (newest is None or c.version <= newest) and all(could_grow_into(c.ledger, s) for s in unsaved)
    ]
    if not fitting:
        return BaseChoice(None)
    distance = {c.version: sum(differing(c.ledger, s) for s in unsaved) for c in fitting}
    chosen = min(
        fitting,
        key=lambda c: (distance[c.version], -sum(shared_keys(c.ledger, s) for s in unsaved), c.version),
    )
    tied = [c for c in fitting if distance[c.version] == distance[chosen.version]]
    unsure = {key for c in tied for key in _unsure(c.ledger, chosen.ledger)}
    # Whether the side not saved ever held a numbered record of the base is a guess
    # too: the other computer may have given the same id to a record of its own and
    # removed or edited that one. A change there is the holder's to confirm, never
    # taken silently (a removal taken on a wrong base would lose an activity).
    unsure |= {(section, key) for section in NUMBERED for key in by_key(chosen.ledger, section)}
    return BaseChoice(chosen, frozenset(unsure))


def _unsure(other: Ledger, chosen: Ledger) -> list[tuple[str, object]]:
    """Records given an id by onepoints that `chosen` holds and an as close `other` lacks:
    the other side's record under that id may be an edit of it, or another record
    given the same id on the other computer. (A certification's id is the holder's,
    an exam attempt is told by its exam and day: the same key is the same record.)"""
    return [
        (section, key)
        for section, key in differing_keys(other, chosen)
        if section in NUMBERED and key not in by_key(other, section)
    ]


def could_grow_into(earlier: Ledger, later: Ledger) -> bool:
    """Could `later` have been made from `earlier` by onepoints' commands (as far as ids tell)?"""
    if later.next_activity_id < earlier.next_activity_id:
        return False
    now = {a.id: a for a in later.activities}
    for was in earlier.activities:
        found = now.get(was.id)
        if found is not None and found.title != was.title and found.date != was.date:
            return False
    return True
