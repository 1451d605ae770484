"""The one atomic writer: short temporary names, modes kept, errors that name the file."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from onepoints_cli.errors import OnePointsError
from onepoints_cli.storage import atomic_write
from onepoints_cli.storage.evidence_files import inspect_evidence, keep_copy


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
    with pytest.raises(OnePointsError, match=f"No space left on device while writing {target}"):
        atomic_write.write_file(target, b"data")
    assert os.listdir(tmp_path) == []
