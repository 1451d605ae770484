"""domain/ledger_merge/renumber.py: a record both sides added under one id gets a free id on the copy."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from onepoints_cli.domain.ledger_merge.renumber import Renumbered, clashing_ids, renumber_incoming
from onepoints_cli.domain.models import Bundle, Extension, Ledger, replace
from tests.support.builders import SHA, activity

DAY = dt.date(2026, 1, 1)
BASE = Ledger(activities=(activity(1),), next_activity_id=2)


def _side(*acts, next_id=None, **fields) -> Ledger:
    return Ledger(activities=(activity(1), *acts), next_activity_id=next_id or len(acts) + 2, **fields)


def test_only_ids_both_sides_added_with_different_records_clash():
    ours = _side(replace(activity(2), title="Ours"), activity(3))
    theirs = _side(replace(activity(2), title="Theirs"), activity(3))  # 3: the same record on both sides
    assert clashing_ids(BASE, ours, theirs, "activities") == [2]
    # An id in the base is an edit, never a clash.
    edited = _side(next_id=2)._replace(activities=(replace(activity(1), title="Edited"),))
    assert clashing_ids(BASE, edited, BASE, "activities") == []


def test_nothing_clashing_returns_theirs_unchanged():
    theirs = _side(activity(2))
    assert renumber_incoming(BASE, BASE, theirs) == (theirs, [])


def test_clashing_activities_move_past_every_id_either_side_gave():
    ours = _side(replace(activity(2), title="Ours"), next_id=9)  # an activity 3..8 was added and removed
    theirs = _side(replace(activity(2), title="Theirs"), replace(activity(3), title="T3"))
    ours = ours._replace(activities=ours.activities + (replace(activity(3), title="O3"),))
    moved, changes = renumber_incoming(BASE, ours, theirs)
    assert changes == [Renumbered("activities", 2, 9), Renumbered("activities", 3, 10)]
    assert [(a.id, a.title) for a in moved.activities] == [(1, "Activity 1"), (9, "Theirs"), (10, "T3")]
    assert moved.next_activity_id == 11


def test_a_moved_activity_takes_its_bundles_and_extensions_with_it():
    bundle = Bundle(1, "oca", DAY, DAY, (1, 2), Decimal(40), "/b.zip", SHA)
    ext = Extension(1, "oca", DAY, DAY, DAY, (1, 2), bundle=1)
    ours = _side(replace(activity(2), title="Ours"), bundles=(replace(bundle, path="/ours.zip"),))
    theirs = _side(replace(activity(2), title="Theirs"), bundles=(bundle,), extensions=(ext,))
    moved, changes = renumber_incoming(BASE, ours, theirs)
    assert Renumbered("activities", 2, 3) in changes
    assert Renumbered("bundles", 1, 2) in changes  # both added a different bundle 1
    assert moved.bundles == (replace(bundle, id=2, activities=(1, 3)),)
    assert moved.extensions == (replace(ext, activities=(1, 3), bundle=2),)
