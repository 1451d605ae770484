"""storage/bundle_zip/copying.py: one evidence file read once, hashed and written as it goes."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import zipfile
from pathlib import Path

import pytest

from onepoints_cli.domain.bundle.members import EvidenceOf, FileMember
from onepoints_cli.domain.bundle.problems import MemberState
from onepoints_cli.storage.bundle_zip.copying import CHUNK_SIZE, copy_file, read_problem
from onepoints_cli.storage.regular_files import NotRegularFile


def _member(path: Path, data: bytes | None = None, **changes) -> FileMember:
    data = path.read_bytes() if data is None else data
    fields = dict(
        arcname="evidence/a.pdf",
        source=path,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        label=EvidenceOf(1, "a.pdf"),
    )
    fields.update(changes)
    return FileMember(**fields)


def _buffer() -> memoryview:
    return memoryview(bytearray(CHUNK_SIZE))


@pytest.mark.parametrize("data", [b"%PDF text " * 1000, os.urandom(3 * 1024 * 1024 + 7), b"x"])
def test_a_file_as_recorded_lands_in_the_zip_byte_for_byte(tmp_path, data):
    path = tmp_path / "a.pdf"
    path.write_bytes(data)
    os.utime(path, (1_700_000_000, 1_700_000_000))
    out = io.BytesIO()
    seen = []
    with zipfile.ZipFile(out, "w") as archive:
        copied = copy_file(archive, _member(path), _buffer(), seen.append)
    assert copied.problem is None and copied.mtime == 1_700_000_000
    assert sum(seen) == len(data)
    with zipfile.ZipFile(out) as archive:
        assert archive.read("evidence/a.pdf") == data
        assert archive.getinfo("evidence/a.pdf").date_time == (2023, 11, 14, 22, 13, 20)


def test_text_is_deflated_and_random_bytes_stored(tmp_path):
    text, noise = tmp_path / "t.pdf", tmp_path / "n.jpg"
    text.write_bytes(b"certificate of completion " * 4000)
    noise.write_bytes(os.urandom(100_000))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        copy_file(archive, _member(text, arcname="t.pdf"), _buffer())
        copy_file(archive, _member(noise, arcname="n.jpg"), _buffer())
    with zipfile.ZipFile(out) as archive:
        assert archive.getinfo("t.pdf").compress_type == zipfile.ZIP_DEFLATED
        assert archive.getinfo("n.jpg").compress_type == zipfile.ZIP_STORED


def test_without_an_archive_the_file_is_only_checked(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"abc")
    assert copy_file(None, _member(path), _buffer()).problem is None


def test_same_size_other_content_is_named(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"abc")
    member = _member(path, b"abd")
    assert copy_file(None, member, _buffer()).problem == MemberState("content_changed")


def test_an_uppercase_recorded_sha256_still_matches(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"abc")
    member = _member(path)
    upper = dataclasses.replace(member, sha256=member.sha256.upper())
    assert copy_file(None, upper, _buffer()).problem is None


def test_a_size_other_than_recorded_is_named_before_reading(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"abcd")
    copied = copy_file(None, _member(path, b"abc"), _buffer())
    assert copied.problem == MemberState("size_changed", recorded=3, now=4)


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda d: d / "missing.pdf", MemberState("missing")),
        (lambda d: d, MemberState("folder")),
        (lambda d: _link(d / "dangling", d / "nowhere"), MemberState("dangling_link")),
        (lambda d: _link(d / "loop", d / "loop"), MemberState("link_loop")),
        (lambda d: Path("a\0b"), MemberState("missing")),
    ],
    ids=["missing", "folder", "dangling-link", "link-loop", "nul"],
)
def test_a_file_that_cannot_be_opened_is_its_problem(tmp_path, make, problem):
    path = make(tmp_path)
    member = FileMember("a", path, 1, "0" * 64, EvidenceOf(1, "x"))
    assert copy_file(None, member, _buffer()) == (problem, 0)


def _link(link: Path, to: Path) -> Path:
    link.symlink_to(to)
    return link


def test_read_problem_values():
    assert read_problem(Path("/x"), NotRegularFile(22, "pipe")) == MemberState("not_regular")
    assert read_problem(Path("/x"), PermissionError(13, "Permission denied")) == MemberState(
        "unreadable", "Permission denied"
    )
