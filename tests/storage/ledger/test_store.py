"""The store: reading creates nothing, a write is saved whole with its versions, the cache is used only for the very bytes it was made from."""

from __future__ import annotations

import datetime as dt
import os
import stat
from datetime import date
from decimal import Decimal

import pytest

from onepoints_cli.domain.ledger import edits
from onepoints_cli.domain.ledger.problems import InvalidChange
from onepoints_cli.domain.ledger_faults import Entry, UnstorableField
from onepoints_cli.domain.models import Certification, Ledger
from onepoints_cli.storage.ledger import store, versions
from onepoints_cli.storage.ledger.codec import ledger_from_toml
from tests.support.builders import activity, cert
from tests.support.files import every_file
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


def test_reading_creates_nothing(home_paths, onepoints_home):
    snapshot = store.load(home_paths)
    assert snapshot.ledger == Ledger()
    assert not onepoints_home.exists()


def test_write_keeps_every_version_and_the_cache(home_paths):
    write(home_paths, sample_ledger())
    first = home_paths.ledger.read_bytes()
    write(home_paths, Ledger(next_activity_id=4, certifications=(cert(),)))
    found, on_disk = versions.listing(home_paths)
    assert [v.entry.action for v in found] == ["start", "write", "write"] and on_disk == 3
    assert found[1].entry.ledger.encode() == first and found[0].entry.ledger is None
    assert not home_paths.backup.exists()  # the history keeps the versions: no ledger.toml.bak
    assert home_paths.cache.exists()
    assert not [p for p in home_paths.data_dir.iterdir() if p.name.endswith(".tmp")]


def test_cache_matches_full_parse_and_is_ignored_after_hand_edit(home_paths):
    write(home_paths, sample_ledger())
    assert store.load(home_paths).ledger == sample_ledger()
    text = home_paths.ledger.read_text().replace("points = 1.5", "points = 2.5")
    home_paths.ledger.write_text(text)
    assert store.load(home_paths).ledger.activities[0].points == Decimal("2.5")


def test_damaged_cache_is_only_a_slower_read(home_paths):
    write(home_paths, sample_ledger())
    home_paths.cache.write_bytes(b"{not json")
    assert store.load(home_paths).ledger == sample_ledger()
    home_paths.cache.write_bytes(b"")
    assert store.load(home_paths).ledger == sample_ledger()
    home_paths.cache.unlink()
    home_paths.cache.mkdir()  # not even a file: still only a slower read
    assert store.load(home_paths).ledger == sample_ledger()


@pytest.mark.parametrize("field", ["title", "note"])
def test_a_write_of_text_utf8_cannot_hold_names_the_field_and_changes_nothing(home_paths, field):
    """The write encodes the file once and checks text only when that fails: the
    message must still name the entry and field, and nothing may be written."""
    write(home_paths, sample_ledger())
    before = every_file(home_paths.data_dir)
    bad = sample_ledger()._replace(
        activities=(*sample_ledger().activities[:2], activity(3)._replace(**{field: "Splash \udcff"}))
    )
    with pytest.raises(InvalidChange) as refused:
        write(home_paths, bad)
    assert refused.value.problems == (UnstorableField(Entry("activities", 2), field, "\udcff"),)
    assert every_file(home_paths.data_dir) == before


def test_write_failing_half_way_leaves_the_old_ledger(home_paths, monkeypatch):
    write(home_paths, sample_ledger())
    before = home_paths.ledger.read_bytes()

    def failing_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with refused("No space left"):
        write(home_paths, Ledger())
    assert home_paths.ledger.read_bytes() == before
    assert not [p for p in home_paths.data_dir.iterdir() if p.name.endswith(".tmp")]


def test_a_failed_first_write_of_a_ledger_from_before_the_history_leaves_no_history(home_paths, monkeypatch):
    """Its first versions (ledger.toml.bak, ledger.toml) are saved before the write: a
    write that fails removes them again, so the data folder is as it was."""
    import shutil

    write(home_paths, sample_ledger())
    home_paths.backup.write_bytes(home_paths.ledger.read_bytes())  # as an older onepoints left it
    write(home_paths, Ledger(next_activity_id=4, certifications=(cert(),)))
    shutil.rmtree(home_paths.data_dir / "history")
    before = every_file(home_paths.data_dir)
    _fail_the_ledgers_rename(monkeypatch)
    with refused("Read-only"):
        write(home_paths, Ledger())
    assert every_file(home_paths.data_dir) == before
    assert not (home_paths.data_dir / "history").exists()


def _fail_the_ledgers_rename(monkeypatch) -> None:
    """os.replace onto ledger.toml fails; every other rename (history, cache) works."""
    real_replace = os.replace

    def failing_replace(src, dst):
        if str(dst).endswith("ledger.toml"):
            raise OSError(30, "Read-only file system")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)


def test_replace_failing_leaves_the_old_ledger(home_paths, monkeypatch):
    write(home_paths, sample_ledger())
    before = home_paths.ledger.read_bytes()
    _fail_the_ledgers_rename(monkeypatch)
    with refused("Read-only"):
        write(home_paths, Ledger())
    assert home_paths.ledger.read_bytes() == before


def test_a_symlinked_ledger_is_written_through_to_its_target(home_paths, tmp_path):
    """`ln -s ../OneDrive/onepoints/ledger.toml`: the synced file gets every write, the link stays."""
    synced = tmp_path / "OneDrive" / "onepoints"
    synced.mkdir(parents=True)
    home_paths.data_dir.mkdir()
    write(home_paths, sample_ledger())
    os.replace(home_paths.ledger, synced / "ledger.toml")
    home_paths.ledger.symlink_to(os.path.relpath(synced / "ledger.toml", home_paths.data_dir))
    write(home_paths, Ledger(next_activity_id=4, certifications=(cert(),)))
    assert home_paths.ledger.is_symlink()
    assert ledger_from_toml((synced / "ledger.toml").read_bytes(), home_paths.ledger).activities == ()
    assert os.listdir(synced) == ["ledger.toml"]  # no temporary file left in the synced folder
    versions.undo(home_paths)
    assert home_paths.ledger.is_symlink() and store.load(home_paths).ledger == sample_ledger()


def test_a_link_to_a_missing_ledger_is_an_error_not_an_empty_ledger(home_paths, tmp_path):
    home_paths.data_dir.mkdir()
    home_paths.ledger.symlink_to(tmp_path / "OneDrive" / "ledger.toml")
    with refused("which does not exist"):
        store.load(home_paths)
    with refused("which does not exist"):
        write(home_paths, sample_ledger())
    assert not (tmp_path / "OneDrive").exists() and home_paths.ledger.is_symlink()


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_files_are_private(home_paths):
    write(home_paths, sample_ledger())
    for path in (
        home_paths.ledger,
        home_paths.cache,
        home_paths.lock,
        *(home_paths.data_dir / "history").iterdir(),
    ):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for folder in (home_paths.data_dir, home_paths.data_dir / "history"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_a_history_folder_and_lock_an_older_onepoints_made_become_private(home_paths):
    write(home_paths, sample_ledger())
    (home_paths.data_dir / "history").chmod(0o755)
    home_paths.lock.chmod(0o644)
    write(home_paths, Ledger(next_activity_id=4))
    assert stat.S_IMODE((home_paths.data_dir / "history").stat().st_mode) == 0o700
    assert stat.S_IMODE(home_paths.lock.stat().st_mode) == 0o600


def add_cert(paths, cert_id: str) -> None:
    cert = Certification(cert_id, f"Cert {cert_id}", dt.date(2027, 3, 31))
    store.modify(paths, lambda s: (edits.add_cert(s.ledger, cert), None))


def test_a_second_write_takes_the_records_from_the_cache(home_paths, monkeypatch: pytest.MonkeyPatch):
    add_cert(home_paths, "a")
    parsed = []
    real = store.ledger_from_toml
    monkeypatch.setattr(store, "ledger_from_toml", lambda *a: parsed.append(1) or real(*a))
    add_cert(home_paths, "b")
    assert parsed == []
    assert [c.id for c in store.load(home_paths).ledger.certifications] == ["a", "b"]


def test_a_hand_edit_is_parsed_by_the_next_write(home_paths, monkeypatch: pytest.MonkeyPatch):
    add_cert(home_paths, "a")
    ledger = home_paths.ledger
    ledger.write_text(ledger.read_text().replace('name = "Cert a"', 'name = "Cert A, edited"'))
    parsed = []
    real = store.ledger_from_toml
    monkeypatch.setattr(store, "ledger_from_toml", lambda *a: parsed.append(1) or real(*a))
    add_cert(home_paths, "b")
    assert parsed == [1]
    names = [c.name for c in store.load(home_paths).ledger.certifications]
    assert names == ["Cert A, edited", "Cert b"]


def test_a_write_after_a_hand_edit_or_an_undo_is_written_whole(home_paths):
    """Only the text of a write of onepoints is reused: a hand edit's comment or
    layout never survives the next write, nor one an undo brought back."""
    add_cert(home_paths, "a")
    ledger = home_paths.ledger
    ledger.write_text(ledger.read_text().replace('name = "Cert a"', 'name = "Cert a"  # mine'))
    add_cert(home_paths, "b")
    assert "# mine" not in ledger.read_text()
    versions.undo(home_paths)  # back to the hand edit, comment and all
    assert "# mine" in ledger.read_text()
    add_cert(home_paths, "c")
    assert "# mine" not in ledger.read_text()
    assert [c.id for c in store.load(home_paths).ledger.certifications] == ["a", "c"]


def test_a_write_after_a_write_reuses_its_text(home_paths, monkeypatch: pytest.MonkeyPatch):
    add_cert(home_paths, "a")
    before = home_paths.ledger.read_bytes()
    reused = []
    real = store.ledger_bytes_for
    monkeypatch.setattr(
        store, "ledger_bytes_for", lambda ledger, t, w: reused.append(w) or real(ledger, t, w)
    )
    add_cert(home_paths, "b")
    (written,) = reused
    assert written is not None and written[1].encode() == before
    assert [c.id for c in written[0].certifications] == ["a"]
