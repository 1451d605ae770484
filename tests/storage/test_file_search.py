"""storage/file_search.py: files found by size, then by sha256, without following links."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onepoints_cli.storage.file_search import Found, find_by_size
from tests.support.worded import refused


def _file(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _found(path: Path, data: bytes) -> Found:
    return Found(str(path), len(data), hashlib.sha256(data).hexdigest())


def test_only_files_of_a_wanted_size_are_hashed_and_found_in_path_order(tmp_path):
    b = _file(tmp_path / "sub" / "b.pdf", b"12345")
    a = _file(tmp_path / "a.pdf", b"abcde")
    _file(tmp_path / "other.txt", b"1234")
    _file(tmp_path / "deep" / "er" / "c.bin", b"123456789")
    result = find_by_size([str(tmp_path)], {5})
    assert result.found == [_found(a, b"abcde"), _found(b, b"12345")]
    assert result.files_seen == 4
    assert result.files_hashed == 2
    assert result.notes == []


def test_symbolic_links_are_never_followed(tmp_path):
    outside = _file(tmp_path / "outside" / "secret.pdf", b"12345")
    root = tmp_path / "root"
    root.mkdir()
    (root / "file-link.pdf").symlink_to(outside)
    (root / "folder-link").symlink_to(outside.parent)
    result = find_by_size([str(root)], {5})
    assert result.found == [] and result.files_seen == 0


def test_a_root_given_twice_or_inside_another_is_walked_once(tmp_path):
    f = _file(tmp_path / "sub" / "a.pdf", b"12345")
    result = find_by_size([str(tmp_path), str(tmp_path / "sub"), str(tmp_path)], {5})
    assert result.found == [_found(f, b"12345")]
    assert result.files_seen == 1


def test_a_root_that_is_a_link_is_searched_under_its_resolved_path(tmp_path):
    f = _file(tmp_path / "real" / "a.pdf", b"12345")
    (tmp_path / "docs").symlink_to(tmp_path / "real")
    assert [x.path for x in find_by_size([str(tmp_path / "docs")], {5}).found] == [str(f)]


@pytest.mark.parametrize(
    ("name", "message"), [("missing", "Cannot search"), ("file.txt", "it is not a folder")]
)
def test_a_root_that_is_not_a_folder_is_refused(tmp_path, name, message):
    _file(tmp_path / "file.txt", b"x")
    with refused(message):
        find_by_size([str(tmp_path / name)], {1})


def test_an_empty_size_set_hashes_nothing(tmp_path):
    _file(tmp_path / "a", b"x")
    result = find_by_size([str(tmp_path)], set())
    assert (result.found, result.files_seen, result.files_hashed) == ([], 1, 0)


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.binary(max_size=8), max_size=8), st.sets(st.integers(0, 8), max_size=4))
def test_what_is_found_is_exactly_the_files_of_the_wanted_sizes(tmp_path_factory, contents, sizes):
    root = tmp_path_factory.mktemp("search")
    files = [_file(root / f"d{n % 3}" / f"{n}.bin", data) for n, data in enumerate(contents)]
    result = find_by_size([str(root)], sizes)
    expected = sorted(_found(p, p.read_bytes()) for p in files if p.stat().st_size in sizes)
    assert result.found == expected
    assert result.files_seen == len(files)
