"""The three-way merge by example: each rule of docs/merge.md, and the base's choice."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from onepoints_cli.domain.ledger_merge import Candidate, Conflict, base_choice, choose_base, merge, settle
from onepoints_cli.domain.models import Bundle, ExamAttempt, Extension, Ledger
from tests.support.builders import SHA, activity, cert

OCA = cert()
BASE = Ledger(next_activity_id=3, certifications=(OCA,), activities=(activity(1), activity(2)))


def with_activities(ledger: Ledger, *acts) -> Ledger:
    return ledger._replace(activities=acts, next_activity_id=max(a.id for a in acts) + 1)


def test_activities_added_on_both_sides_under_one_id_are_both_kept() -> None:
    ours = with_activities(BASE, activity(1), activity(2), activity(3)._replace(title="Splash"))
    theirs = with_activities(BASE, activity(1), activity(2), activity(3)._replace(title="Webinar"))
    result = merge(BASE, ours, theirs)
    assert [(a.id, a.title) for a in result.merged.activities][-2:] == [(3, "Splash"), (4, "Webinar")]
    assert result.merged.next_activity_id == 5 and result.conflicts == ()
    assert [(r.section, r.old, r.new) for r in result.renumbered] == [("activities", 3, 4)]


def test_a_renumbered_activity_keeps_its_bundle_and_extension() -> None:
    bundle = Bundle(1, "oca", dt.date(2026, 1, 1), dt.date(2026, 1, 1), (2, 3), Decimal(2), "b.zip", SHA)
    extension = Extension(
        1, "oca", dt.date(2026, 2, 1), dt.date(2027, 3, 31), dt.date(2030, 3, 31), (2, 3), 1
    )
    ours = with_activities(BASE, activity(1), activity(2), activity(3)._replace(title="Splash"))
    theirs = with_activities(BASE, activity(1), activity(2), activity(3))._replace(
        bundles=(bundle,), extensions=(extension,)
    )
    merged = merge(BASE, ours, theirs).merged
    assert merged.bundles[0].activities == (2, 4) and merged.extensions[0].activities == (2, 4)
    assert {a.id: a.title for a in merged.activities}[4] == "Activity 3"


def test_bundles_added_on_both_sides_under_one_id_are_both_kept() -> None:
    made = Bundle(1, "oca", dt.date(2026, 1, 1), dt.date(2026, 1, 1), (1,), Decimal(1), "a.zip", SHA)
    other = made._replace(activities=(2,), path="b.zip")
    extension = Extension(1, "oca", dt.date(2026, 2, 1), dt.date(2027, 3, 31), dt.date(2030, 3, 31), (2,), 1)
    result = merge(
        BASE, BASE._replace(bundles=(made,)), BASE._replace(bundles=(other,), extensions=(extension,))
    )
    assert [(b.id, b.path) for b in result.merged.bundles] == [(1, "a.zip"), (2, "b.zip")]
    assert result.merged.extensions[0].bundle == 2


def test_the_same_activity_added_alike_on_both_sides_is_kept_once() -> None:
    both = with_activities(BASE, activity(1), activity(2), activity(3))
    assert merge(BASE, both, both).merged.activities == both.activities


def test_removed_on_one_side_unchanged_on_the_other_is_removed() -> None:
    ours = with_activities(BASE, activity(1), activity(2), activity(3))
    theirs = BASE._replace(activities=(activity(2),))
    result = merge(BASE, ours, theirs)
    assert [a.id for a in result.merged.activities] == [2, 3] and result.conflicts == ()


@pytest.mark.parametrize(
    ("side", "titles"), [("mine", ["Activity 2"]), ("theirs", ["Activity 2", "Renamed"])]
)
def test_removed_on_one_side_changed_on_the_other_is_a_conflict(side: str, titles: list[str]) -> None:
    ours = BASE._replace(activities=(activity(2),))
    renamed = activity(1)._replace(title="Renamed")
    theirs = BASE._replace(activities=(renamed, activity(2)))
    result = merge(BASE, ours, theirs)
    assert result.conflicts == (Conflict("activities", 1, activity(1), None, renamed),)
    assert [a.title for a in settle(result, [side]).activities] == titles


def test_a_record_changed_on_both_sides_is_settled_by_the_choice() -> None:
    ours = BASE._replace(certifications=(OCA._replace(expires=dt.date(2028, 3, 31)),))
    theirs = BASE._replace(certifications=(OCA._replace(expires=dt.date(2029, 3, 31)),))
    result = merge(BASE, ours, theirs)
    assert [c.key for c in result.conflicts] == ["oca"]
    assert settle(result, ["mine"]).certifications[0].expires == dt.date(2028, 3, 31)
    assert settle(result, ["theirs"]).certifications[0].expires == dt.date(2029, 3, 31)


def test_changes_to_different_fields_records_and_sections_all_come_in() -> None:
    ours = BASE._replace(activities=(activity(1)._replace(title="Mine"), activity(2)))
    theirs = BASE._replace(
        activities=(activity(1), activity(2, points="3")),
        certifications=(OCA, cert(id="ocp")),
        exams=(ExamAttempt("OS-101", dt.date(2026, 5, 1), "pass"),),
    )
    merged = merge(BASE, ours, theirs).merged
    assert [(a.title, a.points) for a in merged.activities] == [("Mine", 1), ("Activity 2", 3)]
    assert [c.id for c in merged.certifications] == ["oca", "ocp"] and len(merged.exams) == 1


def test_an_exam_attempt_recorded_differently_on_both_sides_is_a_conflict() -> None:
    day = dt.date(2026, 5, 1)
    ours = BASE._replace(exams=(ExamAttempt("OS-101", day, "pass"),))
    theirs = BASE._replace(exams=(ExamAttempt("OS-101", day, "fail"),))
    assert [c.key for c in merge(BASE, ours, theirs).conflicts] == [("OS-101", day)]


def test_settle_needs_one_choice_per_conflict() -> None:
    ours = BASE._replace(certifications=(OCA._replace(name="A"),))
    theirs = BASE._replace(certifications=(OCA._replace(name="B"),))
    with pytest.raises(ValueError):
        settle(merge(BASE, ours, theirs), [])


# --- the base ------------------------------------------------------------------------

V1 = Ledger(next_activity_id=2, activities=(activity(1),))
V2 = with_activities(V1, activity(1), activity(2))  # the version both share
MINE = with_activities(
    V2, activity(1), activity(2), activity(3)._replace(title="Mine", date=dt.date(2026, 1, 5))
)
OTHER = with_activities(
    V2, activity(1), activity(2), activity(3)._replace(title="Other", date=dt.date(2026, 2, 7))
)
HISTORY = [Candidate(1, V1), Candidate(2, V2), Candidate(3, MINE)]


def test_the_base_is_the_shared_version_not_this_computers_newer_one() -> None:
    assert choose_base(HISTORY, MINE, OTHER, ours_version=3) == Candidate(2, V2)


def test_when_the_copy_is_this_computers_own_file_the_base_is_still_the_shared_one() -> None:
    """OneDrive keeps the cloud's file as ledger.toml and renames the local one."""
    assert choose_base(HISTORY, OTHER, MINE, theirs_version=3) == Candidate(2, V2)


def test_when_both_sides_are_saved_versions_the_older_is_the_base() -> None:
    assert choose_base(HISTORY, MINE, V1, ours_version=3, theirs_version=1) == Candidate(1, V1)


def test_a_version_with_more_ids_given_than_a_side_cannot_be_its_base() -> None:
    assert choose_base([Candidate(3, MINE)], V1, V2) is None


def test_of_equal_candidates_the_oldest_is_taken() -> None:
    same = [Candidate(1, V2), Candidate(2, V2)]
    assert choose_base(same, MINE, OTHER) == Candidate(1, V2)


def test_the_same_event_logged_alike_on_both_computers_is_one_activity() -> None:
    """Both gave it id 3 with the same content: the version holding it here is taken
    as shared, so what this computer did to it later (a removal) applies."""
    splash = activity(3)._replace(title="Splash 2025", date=dt.date(2025, 5, 12))
    logged = with_activities(V2, activity(1), activity(2), splash)
    removed = V2._replace(next_activity_id=4)
    history = [Candidate(1, V2), Candidate(2, logged), Candidate(3, removed)]
    chosen = choose_base(history, removed, logged, ours_version=3)
    assert chosen == Candidate(2, logged)
    assert merge(chosen.ledger, removed, logged).merged == removed


def test_an_older_version_lacking_what_both_changed_is_not_the_base() -> None:
    """The copy renamed activity 1 and 2: the empty start differs from it as much as V2
    does, but V2 holds those activities; an older base would make both additions."""
    renamed = V2._replace(activities=(activity(1)._replace(title="One"), activity(2)._replace(title="Two")))
    history = [Candidate(1, Ledger()), Candidate(2, V2), Candidate(3, MINE)]
    assert choose_base(history, MINE, renamed, ours_version=3) == Candidate(2, V2)


def test_a_newer_version_with_only_this_computers_edit_is_not_the_base() -> None:
    """Both renamed activity 1: the version with this computer's rename differs from the
    copy as much as the shared one does; taking it would lose the rename silently."""
    mine = V2._replace(activities=(activity(1)._replace(title="Mine"), activity(2)))
    theirs = V2._replace(activities=(activity(1)._replace(title="Theirs"), activity(2)))
    history = [Candidate(1, V1), Candidate(2, V2), Candidate(3, mine)]
    chosen = choose_base(history, mine, theirs, ours_version=3)
    assert chosen == Candidate(2, V2) and [c.key for c in merge(V2, mine, theirs).conflicts] == [1]


def test_an_activity_the_base_may_or_may_not_share_is_a_conflict_not_an_edit() -> None:
    """This computer logged activity 3 after V2; the copy holds an activity 3 with the same
    title and day but other points. Either the copy edited this computer's (then they
    had it) or it logged its own: a guess, so the holder is asked."""
    course = activity(3, points="8")._replace(title="Planning course", date=dt.date(2025, 4, 10))
    mine = with_activities(V2, activity(1), activity(2), course)
    theirs = with_activities(V2, activity(1), activity(2), course._replace(points=Decimal(5)))
    history = [Candidate(1, V1), Candidate(2, V2), Candidate(3, mine)]
    chosen, doubtful = base_choice(history, mine, theirs, ours_version=3)
    assert chosen == Candidate(3, mine)
    assert doubtful == {("activities", 1), ("activities", 2), ("activities", 3)}  # every numbered record
    result = merge(chosen.ledger, mine, theirs, doubtful)
    assert [(c.section, c.key, c.mine.points, c.theirs.points) for c in result.conflicts] == [
        ("activities", 3, Decimal(8), Decimal(5))
    ]
    assert merge(chosen.ledger, mine, theirs).conflicts == ()  # without the doubt: taken as an edit


def test_a_certification_is_never_in_doubt() -> None:
    """Its id is the holder's: the same id on both computers is the same certification."""
    renamed = OCA._replace(name="OneStream Certified Associate (2026)")
    before = Ledger(next_activity_id=3, activities=(activity(1), activity(2)))
    history = [Candidate(1, before), Candidate(2, BASE)]
    _, doubtful = base_choice(history, BASE, BASE._replace(certifications=(renamed,)), ours_version=2)
    assert [key for key in doubtful if key[0] == "certifications"] == []
