"""Undo, redo and the listing of versions (storage/ledger/versions.py)."""

from __future__ import annotations

import shutil
from datetime import date

from onepoints_cli.domain.models import Ledger
from onepoints_cli.storage.ledger import store, versions
from tests.support.builders import activity, cert
from tests.support.worded import refused


def sample_ledger() -> Ledger:
    return Ledger(
        next_activity_id=4,
        certifications=(cert(),),
        activities=(
            activity(1, points="1.5"),
            activity(2, date(2025, 2, 1), "0.25", evidence=False),
            activity(3),
        ),
    )


def write(home_paths, ledger: Ledger) -> None:
    store.modify(home_paths, lambda s: (ledger, None))


def test_undo_goes_back_and_redo_forward(home_paths):
    write(home_paths, sample_ledger())
    write(home_paths, Ledger(next_activity_id=4))
    done = versions.undo(home_paths)
    assert done.undone == Ledger(next_activity_id=4)
    assert done.restored == sample_ledger()
    assert store.load(home_paths).ledger == sample_ledger()
    versions.redo(home_paths)  # redo goes forward again
    assert store.load(home_paths).ledger == Ledger(next_activity_id=4)


def test_undo_without_history(home_paths):
    with refused("Nothing to undo"):
        versions.undo(home_paths)


def test_undo_repairs_a_broken_ledger(home_paths):
    write(home_paths, sample_ledger())
    write(home_paths, Ledger(next_activity_id=9))
    home_paths.ledger.write_text("this is [not toml")
    done = versions.undo(home_paths)
    assert done.restored == Ledger(next_activity_id=9)  # the last version onepoints wrote


def test_undo_n_walks_back_and_redo_comes_back_in_order(home_paths):
    for n in range(1, 5):
        write(home_paths, Ledger(next_activity_id=n + 1))
    versions.undo(home_paths, 3)
    assert store.load(home_paths).ledger == Ledger(next_activity_id=5)  # ids stay unused
    found, on_disk = versions.listing(home_paths)
    assert found[-1].entry.action == "undo" and on_disk == found[-1].entry.version
    assert versions.redo(home_paths).redo_left == 2
    assert versions.redo(home_paths, 2).redo_left == 0
    with refused("Nothing to redo"):
        versions.redo(home_paths)


def test_undo_to_a_version_brings_back_an_undone_one(home_paths):
    write(home_paths, sample_ledger())
    write(home_paths, Ledger(next_activity_id=4))
    versions.undo(home_paths)
    write(home_paths, Ledger(next_activity_id=7))  # ends what redo can reach
    with refused("Nothing to redo"):
        versions.redo(home_paths)
    three = next(
        v.entry.version for v in versions.listing(home_paths)[0] if v.ledger == Ledger(next_activity_id=4)
    )
    assert versions.undo(home_paths, to=three).target == three
    assert store.load(home_paths).ledger == Ledger(next_activity_id=7)  # next id kept: only that differs


def test_a_hand_edit_that_reads_is_a_version_and_undo_goes_back_to_the_last_write(home_paths):
    write(home_paths, sample_ledger())
    write(home_paths, Ledger(next_activity_id=4, certifications=(cert(),)))
    edited = home_paths.ledger.read_text().replace("next_activity_id = 4", "next_activity_id = 6")
    home_paths.ledger.write_text(edited)
    assert versions.listing(home_paths)[1] is None  # edited by hand since the last version
    versions.undo(home_paths)
    actions = [v.entry.action for v in versions.listing(home_paths)[0]]
    assert actions == ["start", "write", "write", "edit", "undo"]
    assert store.load(home_paths).ledger == Ledger(next_activity_id=6, certifications=(cert(),))
    versions.undo(home_paths)
    assert store.load(home_paths).ledger == sample_ledger()._replace(next_activity_id=6)


def test_an_undo_that_fails_leaves_the_history_as_it_was(home_paths):
    write(home_paths, sample_ledger())
    home_paths.ledger.write_text(
        home_paths.ledger.read_text().replace("next_activity_id = 4", "next_activity_id = 5")
    )
    before = sorted(p.name for p in (home_paths.data_dir / "history").iterdir())
    with refused("Nothing more to undo"):
        versions.undo(home_paths, 9)
    assert sorted(p.name for p in (home_paths.data_dir / "history").iterdir()) == before


def test_the_first_undo_of_a_ledger_from_before_the_history_goes_back_to_its_backup(home_paths):
    write(home_paths, sample_ledger())
    home_paths.backup.write_bytes(home_paths.ledger.read_bytes())  # as an older onepoints left it
    write(home_paths, Ledger(next_activity_id=9))
    shutil.rmtree(home_paths.data_dir / "history")
    done = versions.undo(home_paths)
    assert done.restored == sample_ledger()._replace(next_activity_id=9)  # ids are never given again
    assert [v.entry.command for v in versions.listing(home_paths)[0]][:2] == [
        "(ledger.toml.bak, before the history)",
        "(before the history)",
    ]


def test_listing_creates_nothing(home_paths):
    assert versions.listing(home_paths) == ([], None)
    assert not home_paths.data_dir.exists()


def test_an_undo_to_a_hand_edit_keeps_its_records_text_and_the_newer_id_counter(home_paths):
    """Only next_activity_id is rewritten: the version brought back keeps its records'
    text (a comment of the hand edit included) and reads as that version did."""
    first = Ledger(next_activity_id=3, certifications=(cert(),), activities=(activity(1), activity(2)))
    write(home_paths, first)
    edited = home_paths.ledger.read_text().replace('title = "Activity 2"', 'title = "Activity 2" # mine')
    home_paths.ledger.write_text(edited)
    write(home_paths, first._replace(next_activity_id=4, activities=(*first.activities, activity(3))))
    done = versions.undo(home_paths)  # back to the hand edit
    text = home_paths.ledger.read_text()
    assert 'title = "Activity 2" # mine' in text and "next_activity_id = 4" in text
    assert done.restored == first._replace(next_activity_id=4)
    assert store.ledger_from_toml(text.encode(), home_paths.ledger) == done.restored
