"""storage/merge_files.py: the other copy of the ledger, the saved versions, and the copy moved aside."""

from __future__ import annotations

import pytest

from onepoints_cli.domain.models import Ledger, Settings
from onepoints_cli.errors import OnePointsError
from onepoints_cli.storage import merge_files as mf
from onepoints_cli.storage.ledger import store
from tests.support.builders import activity, cert
from tests.support.worded import refused


@pytest.fixture
def saved(home_paths):
    """A ledger saved twice: one certification, then an activity too."""
    store.modify(home_paths, lambda s: (Ledger(certifications=(cert(),)), None))
    store.modify(
        home_paths, lambda s: (s.ledger._replace(activities=(activity(1),), next_activity_id=2), None)
    )
    return home_paths


def test_read_copy_reads_a_conflict_copy(saved):
    copy = saved.data_dir / "ledger (conflicted copy).toml"
    copy.write_bytes(saved.ledger.read_bytes())
    data, ledger = mf.read_copy(copy, saved, Settings())
    assert data == copy.read_bytes()
    assert ledger.activities == (activity(1),)


@pytest.mark.parametrize("content", [b"", b"   \n", b"[[activities]]\nid = 'x'\n", b"\xff\xfe"])
def test_an_empty_or_broken_copy_is_an_error_never_no_data(saved, content):
    copy = saved.data_dir / "ledger-copy.toml"
    copy.write_bytes(content)
    with pytest.raises(OnePointsError):
        mf.read_copy(copy, saved, Settings())


def test_the_ledger_itself_and_the_programs_own_files_are_refused(saved):
    with refused("is the ledger itself"):
        mf.read_copy(saved.ledger, saved, Settings())
    link = saved.data_dir.parent / "link.toml"
    link.symlink_to(saved.ledger)
    with refused("is the ledger itself"):
        mf.read_copy(link, saved, Settings())
    saved.backup.write_bytes(saved.ledger.read_bytes())  # as an older program kept it
    with refused("one of onepoints' own files"):
        mf.read_copy(saved.backup, saved, Settings())
    history = next(p for p in (saved.data_dir / "history").rglob("*") if p.is_file())
    with refused("one of onepoints' own files"):
        mf.read_copy(history, saved, Settings())


def test_a_copy_with_a_kind_this_computer_does_not_know_is_refused(saved):
    text = saved.ledger.read_text().replace('kind = "course"', 'kind = "mentoring"')
    assert "mentoring" in text
    copy = saved.data_dir / "other.toml"
    copy.write_text(text)
    with refused("mentoring"):
        mf.read_copy(copy, saved, Settings())


def test_locate_finds_a_bare_name_beside_the_ledger(saved, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (saved.data_dir / "copy.toml").write_text("x")
    assert mf.locate(mf.Path("copy.toml"), saved) == saved.data_dir / "copy.toml"
    (tmp_path / "copy.toml").write_text("here")
    assert mf.locate(mf.Path("copy.toml"), saved) == mf.Path("copy.toml")  # the working folder's first
    assert mf.locate(mf.Path("sub/none.toml"), saved) == mf.Path("sub/none.toml")  # not a bare name
    assert mf.locate(mf.Path("none.toml"), saved) == mf.Path("none.toml")


def test_saved_versions_are_oldest_first_and_read(saved):
    versions = mf.saved_versions(saved, saved.ledger.read_bytes())
    ledgers = [v.ledger for v in versions]
    assert Ledger(certifications=(cert(),)) in ledgers
    assert ledgers[-1].activities == (activity(1),)
    numbers = [v.entry.version for v in versions]
    assert numbers == sorted(numbers)


def test_move_aside_never_overwrites_and_numbers_the_next(tmp_path):
    first = tmp_path / "ledger (copy).toml"
    first.write_text("one")
    assert mf.move_aside(first, "20260302") == tmp_path / "ledger (copy).toml.merged-20260302"
    second = tmp_path / "ledger (copy).toml"
    second.write_text("two")
    moved = mf.move_aside(second, "20260302")
    assert moved == tmp_path / "ledger (copy).toml.merged-20260302-2"
    assert moved.read_text() == "two"
    assert (tmp_path / "ledger (copy).toml.merged-20260302").read_text() == "one"


def test_move_aside_of_a_vanished_file_says_to_move_it(tmp_path):
    with refused("could not be renamed"):
        mf.move_aside(tmp_path / "gone.toml", "20260302")
