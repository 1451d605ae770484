"""storage/regular_files.py: reading only regular files, and no more than a cap."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from onepoints_cli.domain.file_problems import FileTooLarge
from onepoints_cli.render.problems import word
from onepoints_cli.storage.regular_files import (
    NotRegularFile,
    open_file,
    open_regular,
    read_regular_file,
)
from tests.support.worded import refused


@pytest.mark.parametrize(("size", "too_big"), [(99, False), (100, False), (101, True)])
def test_a_file_is_read_up_to_the_cap_exactly(tmp_path: Path, size, too_big):
    path = tmp_path / "a.csv"
    path.write_bytes(b"x" * size)
    if too_big:
        with refused(f"{path} is larger than 0 KB, far more than a file to import"):
            read_regular_file(path, 100, "import")
    else:
        assert read_regular_file(path, 100, "import") == b"x" * size


def test_an_empty_file_reads_as_no_bytes(tmp_path):
    path = tmp_path / "empty"
    path.write_bytes(b"")
    assert read_regular_file(path, 10, "badge") == b""


@pytest.mark.parametrize(
    ("max_bytes", "words"),
    [(5 * 1024 * 1024, "5 MB"), (1536 * 1024, "1.5 MB"), (512 * 1024, "512 KB")],
)
def test_the_cap_is_said_in_mb_or_kb(max_bytes, words):
    assert f"is larger than {words}, far more than a badge file" in word(
        FileTooLarge("badge", "f", max_bytes)
    )


def test_a_missing_file_is_named_with_what_it_should_be(tmp_path):
    with refused(f"^Badge file not found: {tmp_path / 'nope.png'}$"):
        read_regular_file(tmp_path / "nope.png", 10, "badge")
    (tmp_path / "file.txt").write_text("x")
    with refused("^Badge file not found"):
        open_regular(tmp_path / "file.txt" / "below", "badge")  # NotADirectoryError


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(IsADirectoryError):
        open_file(tmp_path)
    with refused(f"{tmp_path} is a folder: give the file to import itself"):
        read_regular_file(tmp_path, 10, "import")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_nobody_writes_to_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(NotRegularFile):
        open_file(fifo)
    with refused("is not a regular file .* give the file to import itself"):
        read_regular_file(fifo, 10, "import")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_that_never_ends_is_refused():
    with refused("is not a regular file"):
        read_regular_file(Path("/dev/zero"), 10, "import")


def test_a_nul_in_the_name_is_not_found():
    with refused(r"^File to import not found: 'a\\x00b'$"):
        open_regular(Path("a\0b"), "import")


def test_open_file_gives_a_blocking_unbuffered_handle(tmp_path):
    path = tmp_path / "f"
    path.write_bytes(b"abc")
    with open_file(path) as stream:
        assert os.get_blocking(stream.fileno()) is True
        assert stream.read() == b"abc"
