"""The one atomic writer: short temporary names, modes kept, errors that name the file."""

from __future__ import annotations

import errno
import os
import stat

from onepoints_cli.storage import atomic_write
from onepoints_cli.storage.evidence_files import inspect_evidence, keep_copy
from tests.support.worded import refused


def test_a_255_byte_name_is_written(tmp_path):
    target = tmp_path / ("a" * 251 + ".pdf")
    atomic_write.write_file(target, b"data")
    assert target.read_bytes() == b"data" and os.listdir(tmp_path) == [target.name]


def test_a_255_byte_evidence_name_is_copied(tmp_path):
    source = tmp_path / "in" / ("é" * 125 + ".pdf")  # 254 bytes in UTF-8
    source.parent.mkdir()
    source.write_bytes(b"%PDF-1.4 certificate")
    kept = keep_copy(inspect_evidence(str(source)), tmp_path / "evidence")
    assert open(kept.path, "rb").read() == b"%PDF-1.4 certificate"
    assert os.listdir(os.path.dirname(kept.path)) == [source.name]


def test_the_mode_of_the_replaced_file_is_kept(tmp_path):
    target = tmp_path / "x.csv"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write.write_file(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640 and target.read_bytes() == b"new"


def test_a_failure_names_the_file_and_leaves_nothing(tmp_path, monkeypatch):
    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    target = tmp_path / "y.zip"
    with refused(f"No space left on device while writing {target}"):
        atomic_write.write_file(target, b"data")
    assert os.listdir(tmp_path) == []


def test_a_rename_refused_while_another_program_holds_the_file_is_tried_again(tmp_path, monkeypatch):
    """An antivirus or OneDrive holding the target for a moment: the rename goes through on a later try."""
    real, refusals = os.replace, [2]

    def busy(source, target):
        if refusals[0]:
            refusals[0] -= 1
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(source, target)

    monkeypatch.setattr(os, "replace", busy)
    target = tmp_path / "ledger.toml"
    atomic_write.write_file(target, b"new")
    assert target.read_bytes() == b"new" and refusals == [0] and os.listdir(tmp_path) == ["ledger.toml"]


def test_a_file_held_for_good_gives_a_clear_error_after_the_retries(tmp_path, monkeypatch):
    tries = []

    def held(source, target):
        tries.append(1)
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic_write, "REPLACE_RETRY_SECONDS", 0.2)
    monkeypatch.setattr(os, "replace", held)
    target = tmp_path / "ledger.toml"
    target.write_bytes(b"old")
    with refused("another program .* may be holding it"):
        atomic_write.write_file(target, b"new")
    assert len(tries) > 2 and target.read_bytes() == b"old" and os.listdir(tmp_path) == ["ledger.toml"]


def test_other_failures_of_the_rename_are_not_tried_again(tmp_path, monkeypatch):
    tries = []

    def read_only(source, target):
        tries.append(1)
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "replace", read_only)
    with refused("Read-only file system"):
        atomic_write.write_file(tmp_path / "x", b"new")
    assert tries == [1]


def test_a_symbolic_link_is_written_through_and_stays_a_link(tmp_path):
    synced = tmp_path / "OneDrive" / "onepoints"
    synced.mkdir(parents=True)
    (synced / "ledger.toml").write_bytes(b"old")
    link = tmp_path / "data" / "ledger.toml"
    link.parent.mkdir()
    link.symlink_to(synced / "ledger.toml")
    atomic_write.write_file(link, b"new")
    assert link.is_symlink() and link.read_bytes() == b"new"
    assert sorted(os.listdir(synced)) == ["ledger.toml"] and os.listdir(link.parent) == ["ledger.toml"]
