"""domain/ledger_merge/base.py: which saved version both sides were made from."""

from __future__ import annotations

import datetime as dt

import pytest

from onepoints_cli.domain.ledger_merge.base import Candidate, base_choice, choose_base, could_grow_into
from onepoints_cli.domain.models import Ledger, replace
from tests.support.builders import activity

V1 = Ledger(activities=(activity(1),), next_activity_id=2)
V2 = Ledger(activities=(activity(1), activity(2)), next_activity_id=3)
V3 = Ledger(activities=(activity(1), activity(2), activity(3)), next_activity_id=4)
HISTORY = [Candidate(1, V1), Candidate(2, V2), Candidate(3, V3)]


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        (V2, True),
        (V1, True),  # the same version
        (replace(V2, activities=(replace(activity(1), title="Edited"), activity(2))), True),  # same date
        (
            replace(V2, activities=(replace(activity(1), date=dt.date(2025, 5, 5)), activity(2))),
            True,
        ),  # same title
        (
            replace(
                V2, activities=(replace(activity(1), title="Other", date=dt.date(2025, 5, 5)), activity(2))
            ),
            False,  # id 1 is another activity altogether
        ),
        (replace(V2, activities=(activity(2),)), True),  # removed since
    ],
)
def test_could_grow_into(later, expected):
    assert could_grow_into(V1, later) is expected


def test_a_ledger_that_gave_fewer_ids_did_not_grow_from_one_that_gave_more():
    assert could_grow_into(V2, V1) is False


def test_both_sides_saved_take_the_older_of_their_versions():
    assert choose_base(HISTORY, V3, V2, ours_version=3, theirs_version=2) == HISTORY[1]
    assert choose_base(HISTORY[2:], V3, V2, ours_version=3, theirs_version=2) is None  # version 2 is gone


def test_one_side_saved_limits_the_base_to_its_version_or_older():
    theirs = Ledger(
        activities=(activity(1), activity(2), replace(activity(3), title="Other")), next_activity_id=4
    )
    # Ours is version 2's exact text; theirs grew from version 2 (version 3 is ours' future).
    assert choose_base(HISTORY, V2, theirs, ours_version=2) == HISTORY[1]


def test_the_closest_version_to_the_unsaved_sides_wins():
    ours = replace(V2, activities=(*V2.activities, activity(5)), next_activity_id=6)
    theirs = replace(V2, activities=(*V2.activities, replace(activity(3), title="Mine")), next_activity_id=4)
    assert choose_base(HISTORY, ours, theirs) == HISTORY[1]


def test_no_candidate_that_fits_means_no_base():
    stranger = Ledger(
        activities=(replace(activity(1), title="X", date=dt.date(2020, 1, 1)),), next_activity_id=2
    )
    assert choose_base(HISTORY, stranger, stranger) is None
    assert choose_base([], V1, V2) is None


def test_of_equally_close_versions_the_one_sharing_more_records_then_the_oldest_wins():
    same = [Candidate(4, V2), Candidate(2, V2)]
    assert choose_base(same, V3, V3).version == 2


def test_records_a_tied_version_lacks_are_doubtful():
    """Both sides edited activity 2 (same date, other titles). Version 1 (without it) and
    version 2 (with it) are equally close; version 2 shares more records and is chosen,
    but whether both sides' activity 2 is version 2's is a guess: doubtful."""
    ours = replace(V2, activities=(activity(1), replace(activity(2), title="Ours")))
    theirs = replace(V2, activities=(activity(1), replace(activity(2), title="Theirs")))
    choice = base_choice(HISTORY[:2], ours, theirs)
    assert choice.candidate == HISTORY[1]
    assert ("activities", 2) in choice.doubtful


def test_every_numbered_record_of_a_guessed_base_is_doubtful():
    """Even a version closest alone: whether the side not saved held its activity 2, or
    gave id 2 to one of its own, is a guess (a removal taken on it could lose one)."""
    ours = replace(V2, activities=(activity(1), replace(activity(2), title="Ours")))
    choice = base_choice(HISTORY[:2], ours, V2)
    assert choice == (HISTORY[1], frozenset({("activities", 1), ("activities", 2)}))


def test_nothing_is_doubtful_when_both_sides_are_saved_versions():
    choice = base_choice(HISTORY[:2], V2, HISTORY[0].ledger, ours_version=2, theirs_version=1)
    assert choice == (HISTORY[0], frozenset())
