"""A write's version is pending until ledger.toml holds it: how each leftover is settled.

The cases a killed writer (or a hand edit after it) can leave, made by hand here;
tests/reliability/test_crash.py kills real writers at every step.
"""

from __future__ import annotations

from onepoints_cli.domain.models import Ledger
from onepoints_cli.errors import OnePointsError
from onepoints_cli.storage.ledger import history_files as history_store
from onepoints_cli.storage.ledger import store, versions
from tests.support.builders import activity
from tests.support.worded import refused


def _two_versions(home_paths) -> tuple[bytes, history_store.Entry]:
    """A ledger written twice through the store, and a third version left pending."""
    for n in (1, 2):
        ledger = Ledger(next_activity_id=n + 1, activities=tuple(activity(i) for i in range(1, n + 1)))
        store.modify(home_paths, lambda s, ledger=ledger: (ledger, None))
    folder = history_store.folder_of(home_paths.data_dir)
    newest = history_store.read(folder, history_store.versions(folder)[-1])
    text = newest.ledger.replace("next_activity_id = 3", "next_activity_id = 4")
    pending = newest._replace(version=newest.version + 1, base=newest.version + 1, ledger=text)
    history_store.write_pending(folder, pending)
    return text.encode(), pending


def _names(home_paths) -> list[str]:
    return sorted(p.name for p in history_store.folder_of(home_paths.data_dir).iterdir())


def test_a_write_leaves_no_pending_version(home_paths):
    store.modify(home_paths, lambda s: (Ledger(next_activity_id=2, activities=(activity(1),)), None))
    assert _names(home_paths) == ["000001.json", "000002.json"]


def test_killed_after_replacing_the_ledger_the_pending_version_is_current_and_kept(home_paths):
    data, pending = _two_versions(home_paths)
    home_paths.ledger.write_bytes(data)
    found, on_disk = versions.listing(home_paths)  # read-only: shown, not renamed
    assert on_disk == pending.version and found[-1].entry == pending
    assert f"{pending.version:06d}.pending.json" in _names(home_paths)
    folder = history_store.folder_of(home_paths.data_dir)
    names = _names(home_paths)
    assert history_store.newest(folder, data) == pending and _names(home_paths) == names  # read-only
    assert history_store.settle(folder, data) == pending
    assert f"{pending.version:06d}.json" in _names(home_paths)
    assert not [n for n in _names(home_paths) if "pending" in n]


def test_killed_before_replacing_the_ledger_the_pending_version_never_was(home_paths):
    _, pending = _two_versions(home_paths)
    current = home_paths.ledger.read_bytes()
    found, on_disk = versions.listing(home_paths)
    assert on_disk == pending.version - 1 and [v.entry.version for v in found] == [1, 2, 3]
    folder = history_store.folder_of(home_paths.data_dir)
    assert history_store.newest(folder, current).version == pending.version - 1
    assert history_store.settle(folder, current).version == pending.version - 1
    assert _names(home_paths) == ["000001.json", "000002.json", "000003.json"]


def test_a_hand_edit_after_the_kill_keeps_the_pending_version(home_paths):
    """Nothing tells whether it was written: kept, since keeping loses nothing."""
    _, pending = _two_versions(home_paths)
    edited = home_paths.ledger.read_bytes().replace(b"next_activity_id = 3", b"next_activity_id = 9")
    home_paths.ledger.write_bytes(edited)
    folder = history_store.folder_of(home_paths.data_dir)
    history_store.settle(folder, edited)
    assert f"{pending.version:06d}.json" in _names(home_paths)


def test_a_hand_revert_to_an_older_version_removes_nothing(home_paths):
    data, pending = _two_versions(home_paths)
    folder = history_store.folder_of(home_paths.data_dir)
    home_paths.ledger.write_bytes(data)
    history_store.settle(folder, data)  # the pending version is now the newest
    older = history_store.read(folder, pending.version - 1).ledger.encode()
    home_paths.ledger.write_bytes(older)  # as putting back a copy by hand does
    history_store.settle(folder, older)
    assert history_store.versions(folder) == [1, 2, 3, 4]


def _edit_then_write(home_paths) -> tuple[bytes, bytes, list[int]]:
    """A write killed with both its versions pending: the hand edit it found, then its own."""
    _, pending = _two_versions(home_paths)
    folder = history_store.folder_of(home_paths.data_dir)
    history_store.remove(folder, pending.version, pending=True)
    edited = home_paths.ledger.read_bytes().replace(b"next_activity_id = 3", b"next_activity_id = 7")
    written = edited.replace(b"next_activity_id = 7", b"next_activity_id = 8")
    number = pending.version
    edit = pending._replace(version=number, base=number, action="edit", ledger=edited.decode())
    write = pending._replace(version=number + 1, base=number + 1, parent=number, ledger=written.decode())
    history_store.write_pending(folder, edit)
    history_store.write_pending(folder, write)
    return edited, written, [number, number + 1]


def test_killed_before_the_rename_the_hand_edit_it_saved_is_kept_and_its_write_dropped(home_paths):
    edited, _, (edit, write) = _edit_then_write(home_paths)
    home_paths.ledger.write_bytes(edited)  # the hand edit is what ledger.toml still holds
    folder = history_store.folder_of(home_paths.data_dir)
    assert history_store.unfinished(folder, edited) == ([edit], [write])
    assert [e.version for e in history_store.entries(folder, edited)] == [1, 2, 3, edit]
    assert history_store.settle(folder, edited).version == edit
    assert not [n for n in _names(home_paths) if "pending" in n]


def test_killed_after_the_rename_both_versions_are_kept(home_paths):
    _, written, (edit, write) = _edit_then_write(home_paths)
    home_paths.ledger.write_bytes(written)
    folder = history_store.folder_of(home_paths.data_dir)
    assert history_store.unfinished(folder, written) == ([edit, write], [])
    assert history_store.settle(folder, written).version == write
    assert history_store.versions(folder) == [1, 2, 3, edit, write]


def test_a_write_that_cannot_save_its_version_changes_nothing(home_paths, monkeypatch):
    store.modify(home_paths, lambda s: (Ledger(next_activity_id=2, activities=(activity(1),)), None))
    before = home_paths.ledger.read_bytes(), _names(home_paths)

    def no_space(folder, entry):
        raise OnePointsError("No space left on device while writing history.")

    monkeypatch.setattr(history_store, "write_pending", no_space)
    with refused(r"history\. The ledger was not changed\.$"):
        store.modify(home_paths, lambda s: (Ledger(next_activity_id=3), None))
    assert (home_paths.ledger.read_bytes(), _names(home_paths)) == before


def test_a_problem_that_stops_a_write_is_worded_before_the_ledger_was_not_changed(home_paths, monkeypatch):
    from onepoints_cli.domain.file_problems import CannotWriteIn

    def read_only(folder, entry):
        raise CannotWriteIn(str(folder), "Permission denied")

    monkeypatch.setattr(history_store, "write_pending", read_only)
    with refused(r"^Cannot write in .*history: Permission denied\. The ledger was not changed\.$"):
        store.modify(home_paths, lambda s: (Ledger(next_activity_id=3), None))
