"""domain/ledger_merge/three_way.py: the per-record three-way merge and its settling."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onepoints_cli.domain.ledger_merge.three_way import Conflict, merge, settle
from onepoints_cli.domain.models import ExamAttempt, Ledger, replace
from tests.support.builders import activity, cert


def _ledger(*acts, **fields) -> Ledger:
    highest = max((a.id for a in acts), default=0)
    return Ledger(
        activities=tuple(acts), next_activity_id=fields.pop("next_activity_id", highest + 1), **fields
    )


BASE = _ledger(activity(1), activity(2), certifications=(cert(),))


def test_identical_sides_or_one_unchanged_side_take_the_other_whole():
    ours = replace(BASE, activities=BASE.activities + (activity(3),), next_activity_id=4)
    assert merge(BASE, ours, ours).merged is ours
    assert merge(BASE, ours, BASE).merged is ours
    assert merge(BASE, BASE, ours).merged is ours


def test_changes_to_different_records_all_come_in_and_ours_keep_their_order():
    ours = _ledger(replace(activity(1), points=Decimal(5)), activity(2), certifications=(cert(),))
    theirs = _ledger(activity(1), replace(activity(2), title="Edited"), activity(3), certifications=(cert(),))
    result = merge(BASE, ours, theirs)
    assert result.conflicts == ()
    assert result.merged.activities == (
        replace(activity(1), points=Decimal(5)),
        replace(activity(2), title="Edited"),
        activity(3),
    )
    assert result.merged.next_activity_id == 4


def test_a_removal_on_one_side_is_honoured_when_the_other_left_the_record_alone():
    theirs = _ledger(activity(2), certifications=(cert(),), next_activity_id=3)
    assert [a.id for a in merge(BASE, BASE._replace(exams=()), theirs).merged.activities] == [2]
    ours = _ledger(activity(1), activity(2), activity(3), certifications=(cert(),))
    assert [a.id for a in merge(BASE, ours, theirs).merged.activities] == [2, 3]


def test_the_same_change_on_both_sides_is_taken_once():
    changed = replace(activity(1), title="Same edit")
    ours = _ledger(changed, activity(2), activity(3), certifications=(cert(),))
    theirs = _ledger(changed, activity(2), certifications=(cert(),))
    result = merge(BASE, ours, theirs)
    assert result.conflicts == () and result.merged.activities[0] == changed


@pytest.mark.parametrize(
    ("mine", "theirs_record"),
    [
        (replace(activity(1), title="Mine"), replace(activity(1), title="Theirs")),  # both edited
        (None, replace(activity(1), title="Theirs")),  # we removed, they edited
        (replace(activity(1), title="Mine"), None),  # we edited, they removed
    ],
)
def test_different_changes_are_a_conflict_holding_our_side_until_settled(mine, theirs_record):
    ours = _ledger(*([mine] if mine else []), activity(2), activity(3), certifications=(cert(),))
    theirs = _ledger(*([theirs_record] if theirs_record else []), activity(2), certifications=(cert(),))
    result = merge(BASE, ours, theirs)
    assert result.conflicts == (Conflict("activities", 1, activity(1), mine, theirs_record),)
    ids = [a.id for a in result.merged.activities]
    assert (1 in ids) is (mine is not None)
    mine_kept = settle(result, ["mine"])
    assert mine_kept == result.merged
    took_theirs = settle(result, ["theirs"])
    theirs_one = [a for a in took_theirs.activities if a.id == 1]
    assert theirs_one == ([theirs_record] if theirs_record else [])


def test_a_doubtful_record_is_a_conflict_even_when_one_side_matches_the_base():
    theirs = _ledger(replace(activity(1), title="Other computer's"), activity(2), certifications=(cert(),))
    assert merge(BASE, BASE, theirs).conflicts == ()
    result = merge(BASE, BASE, theirs, doubtful=[("activities", 1)])
    assert [c.key for c in result.conflicts] == [1]


def test_exam_attempts_are_keyed_by_exam_and_day():
    day = dt.date(2026, 1, 5)
    base = Ledger(exams=(ExamAttempt("OS-201", day, "pending"),))
    ours = base._replace(exams=(ExamAttempt("OS-201", day, "pass"),))
    theirs = base._replace(exams=(ExamAttempt("OS-201", day, "fail"),))
    result = merge(base, ours, theirs)
    assert result.conflicts == (
        Conflict("exams", ("OS-201", day), base.exams[0], ours.exams[0], theirs.exams[0]),
    )


def test_activities_added_on_both_sides_under_one_id_are_both_kept():
    ours = _ledger(activity(1), activity(2), replace(activity(3), title="Here"), certifications=(cert(),))
    theirs = _ledger(activity(1), activity(2), replace(activity(3), title="There"), certifications=(cert(),))
    result = merge(BASE, ours, theirs)
    assert result.conflicts == ()
    assert [(a.id, a.title) for a in result.merged.activities[2:]] == [(3, "Here"), (4, "There")]
    assert result.merged.next_activity_id == 5
    assert [(r.section, r.old, r.new) for r in result.renumbered] == [("activities", 3, 4)]


def test_next_activity_id_never_goes_back():
    ours = BASE._replace(next_activity_id=9, exams=(ExamAttempt("X", dt.date(2026, 1, 1), "pass"),))
    theirs = BASE._replace(activities=BASE.activities[:1], next_activity_id=3)
    assert merge(BASE, ours, theirs).merged.next_activity_id == 9


def test_settle_needs_exactly_one_choice_per_conflict():
    ours = _ledger(replace(activity(1), title="Mine"), activity(2), certifications=(cert(),))
    theirs = _ledger(replace(activity(1), title="Theirs"), activity(2), certifications=(cert(),))
    result = merge(BASE, ours, theirs)
    with pytest.raises(ValueError, match="one choice per conflict"):
        settle(result, [])
    with pytest.raises(ValueError):
        settle(result, ["mine", "theirs"])


_titles = st.sampled_from(["A", "B", "C"])


@given(st.lists(st.tuples(st.booleans(), _titles, st.booleans(), _titles), min_size=1, max_size=4))
def test_a_change_made_on_one_side_only_is_never_lost(changes):
    """For every record: each side keeps it (with a title) or not; when only one side
    differs from the base, the merge holds that side's version, with no conflict."""
    base_acts = [replace(activity(n), title="A") for n in range(1, len(changes) + 1)]
    base = _ledger(*base_acts)
    ours_acts, theirs_acts = [], []
    for record, (keep_o, title_o, keep_t, title_t) in zip(base_acts, changes, strict=True):
        if keep_o:
            ours_acts.append(replace(record, title=title_o))
        if keep_t:
            theirs_acts.append(replace(record, title=title_t))
    ours, theirs = (
        _ledger(*ours_acts, next_activity_id=base.next_activity_id),
        _ledger(*theirs_acts, next_activity_id=base.next_activity_id),
    )
    result = merge(base, ours, theirs)
    merged = {a.id: a for a in result.merged.activities}
    conflicted = {c.key for c in result.conflicts}
    for record in base_acts:
        o = next((a for a in ours_acts if a.id == record.id), None)
        t = next((a for a in theirs_acts if a.id == record.id), None)
        if o == t:
            assert merged.get(record.id) == o and record.id not in conflicted
        elif o == record:
            assert merged.get(record.id) == t and record.id not in conflicted
        elif t == record:
            assert merged.get(record.id) == o and record.id not in conflicted
        else:
            assert record.id in conflicted and merged.get(record.id) == o
