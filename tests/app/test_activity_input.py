"""app/activity_input.py: from what the user typed to ledger changes."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

import pytest

from onepoints_cli.app import activity_input as ai
from onepoints_cli.domain.ledger.duplicates import EvidenceElsewhere
from onepoints_cli.domain.ledger.notices import BeforeProgram, LinkFollowed, NoEvidenceYet, Planned
from onepoints_cli.domain.ledger.problems import (
    DuplicateActivity,
    HoursOfUnknownKind,
    HoursRoundToZero,
    NoSuchActivity,
)
from onepoints_cli.domain.models import Evidence, KindSetting, Ledger, Settings
from onepoints_cli.domain.problems import UnknownKind
from onepoints_cli.errors import OnePointsError, UsageError
from onepoints_cli.render.problems import word
from onepoints_cli.storage.ledger import store
from onepoints_cli.storage.ledger.store import Snapshot
from tests.support.builders import activity
from tests.support.worded import refused

TODAY = dt.date(2026, 6, 1)
QUARTER = Settings(kinds={"quarter": KindSetting(name="Quarter", points_per_hour=Decimal("0.25"))})


def _request(**changes) -> ai.ActivityRequest:
    fields = dict(
        title="Course", day=dt.date(2026, 5, 1), kind="course", hours=None, points="2",
        evidence=[], note=None, copy=None,
    )  # fmt: skip
    fields.update(changes)
    return ai.ActivityRequest(**fields)


def _snapshot(*activities, settings=QUARTER) -> Snapshot:
    return Snapshot(Ledger(activities=activities, next_activity_id=len(activities) + 1), settings)


# --- new_activity (the change under the lock) ------------------------------------------------------


def test_new_activity_is_added_and_without_evidence_says_how_to_attach():
    ledger, (added, warnings) = ai.new_activity(_snapshot(activity(1)), _request(), (), TODAY)
    assert added.id == 2 and added.points == Decimal(2) and ledger.activities[-1] == added
    assert warnings == [NoEvidenceYet(2)]


@pytest.mark.parametrize(
    ("day", "warning"),
    [
        (dt.date(2021, 12, 31), BeforeProgram(dt.date(2021, 12, 31))),
        (dt.date(2022, 1, 1), None),  # the program's first day
        (TODAY, None),
        (TODAY + dt.timedelta(days=1), Planned(TODAY + dt.timedelta(days=1))),
    ],
)
def test_new_activity_warns_at_the_programs_start_and_today(day, warning):
    files = (Evidence("/e.pdf", 1, "a" * 64),)
    _, (_, warnings) = ai.new_activity(_snapshot(), _request(day=day), files, TODAY)
    assert warnings == ([warning] if warning else [])


def test_the_same_activity_again_is_refused_unless_duplicate():
    snapshot = _snapshot(activity(1, day=dt.date(2026, 5, 1)))
    with pytest.raises(DuplicateActivity) as refused:
        ai.new_activity(snapshot, _request(title=" activity  1"), (), TODAY)
    assert refused.value == DuplicateActivity(1, "Activity 1", dt.date(2026, 5, 1), "course")
    _, (added, _) = ai.new_activity(snapshot, _request(title="Activity 1", duplicate=True), (), TODAY)
    assert added.id == 2


def test_a_file_that_is_evidence_elsewhere_is_warned_about():
    shared = Evidence("/e.pdf", 1, "a" * 64)
    snapshot = _snapshot(activity(1)._replace(evidence=(shared,)))
    _, (_, warnings) = ai.new_activity(snapshot, _request(), (shared,), TODAY)
    assert warnings == [EvidenceElsewhere("/e.pdf", 2, ((1, "Activity 1"),))]


@pytest.mark.parametrize(
    ("hours", "points", "expected"),
    [
        ("4", None, (Decimal(4), Decimal(1))),  # 0.25 a point an hour
        ("0.02", None, (Decimal("0.02"), Decimal("0.01"))),  # 0.005 rounds half up
        ("4", "3", (Decimal(4), Decimal(3))),  # given points win
        (None, "2.50", (None, Decimal("2.5"))),
    ],
)
def test_points_follow_the_kinds_rate_unless_given(hours, points, expected):
    _, (added, _) = ai.new_activity(
        _snapshot(), _request(kind="Quarter", hours=hours, points=points), (), TODAY
    )
    assert (added.hours, added.points) == expected
    assert added.kind == "quarter"


def test_hours_that_round_to_no_points_are_refused():
    with pytest.raises(HoursRoundToZero) as caught:
        ai.new_activity(_snapshot(), _request(kind="quarter", hours="0.01", points=None), (), TODAY)
    assert caught.value == HoursRoundToZero(Decimal("0.01"), "quarter")


@pytest.mark.parametrize(
    ("hours", "points", "message"),
    [
        (None, None, "Give --hours or --points"),
        ("abc", None, "--hours 'abc' is not a number"),
        (None, "0", "greater than 0"),
    ],
)
def test_a_malformed_amount_is_a_usage_error(hours, points, message):
    with pytest.raises(UsageError) as refused:
        ai.new_activity(_snapshot(), _request(hours=hours, points=points), (), TODAY)
    assert message in word(refused.value)


# --- edit_fields ------------------------------------------------------------------------


def test_edit_fields_recomputes_points_from_new_hours_at_the_kinds_rate():
    snapshot = _snapshot(activity(1, kind="quarter"))
    ledger, changed = ai.edit_fields(snapshot, 1, None, None, None, "8", None, None)
    assert changed is True
    assert (ledger.activities[0].hours, ledger.activities[0].points) == (Decimal(8), Decimal(2))


def test_edit_fields_with_the_same_values_changes_nothing():
    snapshot = _snapshot(activity(1))
    ledger, changed = ai.edit_fields(
        snapshot, 1, "Activity 1", dt.date(2025, 1, 1), "course", None, "1", None
    )
    assert changed is False and ledger == snapshot.ledger


def test_edit_fields_without_any_change_is_a_usage_error():
    with refused("^Nothing to change: give --title") as caught:
        ai.edit_fields(_snapshot(activity(1)), 1, None, None, None, None, None, None)
    assert isinstance(caught.value, UsageError)


def test_edit_hours_of_an_activity_of_an_unknown_kind_needs_the_kind():
    snapshot = _snapshot(activity(1, kind="gone-kind"))
    with pytest.raises(HoursOfUnknownKind) as caught:
        ai.edit_fields(snapshot, 1, None, None, None, "2", None, None)
    assert caught.value == HoursOfUnknownKind(1, "gone-kind")
    ledger, _ = ai.edit_fields(snapshot, 1, None, None, "course", "2", None, None)
    assert ledger.activities[0].kind == "course" and ledger.activities[0].points == Decimal(2)
    # Points alone need no rate.
    ledger, _ = ai.edit_fields(snapshot, 1, None, None, None, None, "5", None)
    assert ledger.activities[0].points == Decimal(5)


# --- with files, through the store -----------------------------------------------------------


def test_add_activity_records_the_files_fingerprint(home_paths, evidence_file):
    path = evidence_file()
    added, warnings = ai.add_activity(home_paths, _request(evidence=[str(path)]), TODAY)
    assert added.evidence == (
        Evidence(str(path), path.stat().st_size, hashlib.sha256(path.read_bytes()).hexdigest()),
    )
    assert warnings == []
    assert store.load(home_paths).ledger.activities == (added,)


def test_a_bad_kind_is_refused_before_any_file_is_read(home_paths, tmp_path):
    with pytest.raises(UnknownKind, match="text='cooking'"):
        ai.add_activity(home_paths, _request(kind="cooking", evidence=[str(tmp_path / "missing.pdf")]), TODAY)
    assert not home_paths.ledger.exists()


def test_one_missing_file_records_nothing(home_paths, evidence_file, tmp_path):
    with refused("Evidence file not found"):
        ai.add_activity(
            home_paths, _request(evidence=[str(evidence_file()), str(tmp_path / "x.pdf")], copy=True), TODAY
        )
    assert not home_paths.ledger.exists()
    assert not home_paths.evidence_dir.exists()  # the good file was not copied either


def test_copy_keeps_the_file_in_the_data_folder(home_paths, evidence_file):
    added, _ = ai.add_activity(home_paths, _request(evidence=[str(evidence_file())], copy=True), TODAY)
    assert added.evidence[0].path.startswith(str(home_paths.evidence_dir))


def test_attach_refuses_a_file_already_on_the_activity_and_copies_nothing(home_paths, evidence_file):
    path = evidence_file()
    added, _ = ai.add_activity(home_paths, _request(evidence=[str(path)]), TODAY)
    with pytest.raises(OnePointsError):
        ai.attach_to_activity(home_paths, added.id, [str(path)], copy=True)
    assert not home_paths.evidence_dir.exists()
    other = evidence_file("other.pdf", b"%PDF other")
    assert ai.attach_to_activity(home_paths, added.id, [str(other)], copy=None) == (1, [])
    assert len(store.load(home_paths).ledger.activities[0].evidence) == 2


def test_attach_to_an_unknown_activity_is_refused_before_reading_files(home_paths, tmp_path):
    with pytest.raises(NoSuchActivity, match="activity_id=9"):
        ai.attach_to_activity(home_paths, 9, [str(tmp_path / "missing.pdf")], copy=False)


def test_link_notes_name_only_links(evidence_file):
    real = evidence_file()
    link = real.parent / "link.pdf"
    link.symlink_to(real)
    assert ai.link_notes([str(real), str(link), "bad\0name"]) == [LinkFollowed(str(link), str(real))]
