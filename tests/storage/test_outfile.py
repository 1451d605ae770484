"""storage/outfile.py: where --out may write, checked before anything is written."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from onepoints_cli.errors import OnePointsError
from onepoints_cli.render.problems import word
from onepoints_cli.storage import outfile
from onepoints_cli.storage.paths import Paths
from tests.support.worded import refused


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.mark.parametrize(("text", "expected"), [("-", True), (None, False), ("", False), ("./-", False)])
def test_is_stdout_only_for_a_lone_dash(text, expected):
    assert outfile.is_stdout(text) is expected


def test_a_new_file_is_written_private(out_dir, home_paths: Paths):
    target = outfile.write_output(str(out_dir / "export.csv"), b"data", home_paths, force=False)
    assert target == out_dir / "export.csv"
    assert target.read_bytes() == b"data"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == outfile.PRIVATE_FILE_MODE


def test_a_relative_name_is_made_absolute(out_dir, home_paths, monkeypatch):
    monkeypatch.chdir(out_dir)
    assert outfile.output_target("x.csv", home_paths, force=False) == out_dir / "x.csv"


def test_an_existing_file_needs_force_and_keeps_its_mode(out_dir, home_paths):
    existing = out_dir / "export.csv"
    existing.write_bytes(b"old")
    existing.chmod(0o644)
    with refused("already exists; use --force"):
        outfile.write_output(str(existing), b"new", home_paths, force=False)
    assert existing.read_bytes() == b"old"
    outfile.write_output(str(existing), b"new", home_paths, force=True)
    assert existing.read_bytes() == b"new"
    assert stat.S_IMODE(existing.stat().st_mode) == 0o644


def test_a_symbolic_link_is_written_through_to_its_file(out_dir, home_paths):
    real = out_dir / "real.csv"
    real.write_bytes(b"old")
    link = out_dir / "link.csv"
    link.symlink_to(real)
    assert outfile.write_output(str(link), b"new", home_paths, force=True) == real
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_a_folder_is_refused_even_with_force(out_dir, home_paths):
    with refused("is a folder; give --out a file name"):
        outfile.output_target(str(out_dir), home_paths, force=True)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_is_refused_even_with_force(out_dir, home_paths):
    fifo = out_dir / "pipe"
    os.mkfifo(fifo)
    with refused("is not a regular file"):
        outfile.write_output(str(fifo), b"data", home_paths, force=True)
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_missing_folder_is_refused(out_dir, home_paths):
    with refused(f"The folder {out_dir / 'nope'} does not exist"):
        outfile.output_target(str(out_dir / "nope" / "x.csv"), home_paths, force=False)


def test_a_name_inside_a_regular_file_is_refused_as_a_missing_folder(out_dir, home_paths):
    (out_dir / "file").write_text("x")
    with refused("does not exist"):
        outfile.output_target(str(out_dir / "file" / "x.csv"), home_paths, force=True)


def test_a_nul_character_is_no_file_name(home_paths):
    with refused("cannot be a file name"):
        outfile.output_target("bad\0name.csv", home_paths, force=True)


@pytest.mark.parametrize("name", ["ledger.toml", "config.toml", "ledger.toml.bak"])
def test_the_programs_own_files_are_refused_even_with_force(home_paths, name):
    home_paths.data_dir.mkdir(parents=True, exist_ok=True)
    own = home_paths.data_dir / name
    own.write_bytes(b"precious")
    with refused("one of onepoints' own files"):
        outfile.write_output(str(own), b"x", home_paths, force=True)
    assert own.read_bytes() == b"precious"


def test_a_link_to_the_ledger_is_refused(out_dir, home_paths):
    home_paths.data_dir.mkdir(parents=True, exist_ok=True)
    home_paths.ledger.write_bytes(b"precious")
    link = out_dir / "innocent.csv"
    link.symlink_to(home_paths.ledger)
    with refused("own files"):
        outfile.write_output(str(link), b"x", home_paths, force=True)
    assert home_paths.ledger.read_bytes() == b"precious"


def test_refuse_stdout_zip_names_the_way_out():
    error = outfile.refuse_stdout_zip()
    assert isinstance(error, OnePointsError)
    assert "--out bundle.zip" in word(error)
