"""storage/bundle_zip/temp_file.py: the locked temporary zip, and the leftovers of killed bundles."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from onepoints_cli.storage.bundle_zip import temp_file
from onepoints_cli.storage.bundle_zip.pending import FOLDER

posix_locks = pytest.mark.skipif(os.name != "posix", reason="leftovers are told apart by flock")


def _leftover(folder: Path, name: str = ".bundle.zip.abc123_x.tmp") -> Path:
    path = folder / name
    path.write_bytes(b"partial zip")
    return path


def test_a_new_temporary_zip_is_hidden_beside_the_target_and_private(tmp_path):
    target = tmp_path / "bundle.zip"
    fd, path = temp_file.create_temp_zip(target)
    try:
        assert path.parent == tmp_path
        assert path.name.startswith(".bundle.zip.") and path.name.endswith(".tmp")
        if os.name == "posix":
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        os.close(fd)


@posix_locks
def test_a_zip_being_written_is_no_leftover_until_its_writer_lets_go(tmp_path):
    target = tmp_path / "bundle.zip"
    fd, path = temp_file.create_temp_zip(target)
    assert temp_file.leftovers(target) == []
    os.close(fd)  # the writer was killed
    assert temp_file.leftovers(target) == [path]


@posix_locks
def test_the_next_bundle_removes_abandoned_leftovers_but_not_one_being_written(tmp_path):
    target = tmp_path / "bundle.zip"
    abandoned = _leftover(tmp_path)
    fd, writing = temp_file.create_temp_zip(target)
    try:
        fd2, mine = temp_file.create_temp_zip(target)
        os.close(fd2)
        assert not abandoned.exists()
        assert writing.exists() and mine.exists()
    finally:
        os.close(fd)


@pytest.mark.parametrize(
    "name",
    [
        ".bundle.zip..tmp",  # no random part
        ".bundle.zip.ABC.tmp",  # not tempfile's characters
        ".other.zip.abc123.tmp",  # another target's
        "bundle.zip.abc123.tmp",  # not hidden
        ".bundle.zip.abc123.tmp.bak",
    ],
)
def test_files_that_are_not_this_targets_temporaries_are_left_alone(tmp_path, name):
    _leftover(tmp_path, name)
    assert temp_file.leftovers(tmp_path / "bundle.zip") == []


def test_a_leftover_that_is_a_folder_or_link_is_not_reported(tmp_path):
    (tmp_path / ".bundle.zip.abc.tmp").mkdir()
    (tmp_path / ".bundle.zip.def.tmp").symlink_to(_leftover(tmp_path, "elsewhere"))
    assert temp_file.leftovers(tmp_path / "bundle.zip") == []


def test_a_long_target_name_is_cut_in_the_prefix(tmp_path):
    target = tmp_path / ("b" * 100 + ".zip")
    left = _leftover(tmp_path, "." + ("b" * 100 + ".zip")[:64] + ".abc.tmp")
    assert temp_file.leftovers(target) == [left]


def test_leftovers_of_a_missing_folder_are_none(tmp_path):
    assert temp_file.leftovers(tmp_path / "nope" / "bundle.zip") == []


def test_pending_leftovers_come_from_the_markers_and_skip_damaged_ones(tmp_path):
    data_dir, out = tmp_path / "data", tmp_path / "out"
    (data_dir / FOLDER).mkdir(parents=True)
    out.mkdir()
    left = _leftover(out)
    (data_dir / FOLDER / "a.json").write_text(json.dumps({"path": str(out / "bundle.zip")}))
    (data_dir / FOLDER / "b.json").write_text(json.dumps({"path": str(out / "bundle.zip")}))  # same target
    (data_dir / FOLDER / "c.json").write_text("{not json")
    (data_dir / FOLDER / "d.json").write_text(json.dumps({"no": "path"}))
    assert temp_file.pending_leftovers(data_dir) == [left]
    assert left.exists()  # read-only


def test_pending_leftovers_without_a_marker_folder_are_none(tmp_path):
    assert temp_file.pending_leftovers(tmp_path) == []
