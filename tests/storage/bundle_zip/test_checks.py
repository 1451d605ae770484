"""storage/bundle_zip/checks.py: every evidence file checked before a bundle is written."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from onepoints_cli.domain.bundle.members import BytesMember, FileMember
from onepoints_cli.errors import OnePointsError
from onepoints_cli.storage.bundle_zip.checks import changed_files, check_sources, files, problem_list


def _member(path: Path, label: str, data: bytes | None = None) -> FileMember:
    data = path.read_bytes() if data is None else data
    return FileMember(f"evidence/{path.name}", path, len(data), hashlib.sha256(data).hexdigest(), label)


@pytest.fixture
def good(tmp_path: Path) -> FileMember:
    path = tmp_path / "good.pdf"
    path.write_bytes(b"good")
    return _member(path, "activity 1: good.pdf")


def test_files_as_recorded_pass_and_generated_members_are_ignored(good):
    check_sources([good, BytesMember("summary.csv", b"x")], verify=True)


def test_every_problem_is_listed_in_one_error(good, tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    resized = tmp_path / "resized.pdf"
    resized.write_bytes(b"longer now")
    members = [
        good,
        FileMember("a", tmp_path / "gone.pdf", 3, "0" * 64, "activity 2: gone.pdf"),
        FileMember("b", folder, 3, "0" * 64, "activity 3: folder"),
        _member(resized, "activity 4: resized.pdf", b"short"),
    ]
    with pytest.raises(OnePointsError) as error:
        check_sources(members)
    assert str(error.value).splitlines() == [
        "Cannot build the bundle: 3 evidence files are not as recorded:",
        "  - activity 2: gone.pdf: missing",
        "  - activity 3: folder: is a folder, not a file",
        "  - activity 4: resized.pdf: size changed from 5 to 10 bytes since it was recorded",
        "If a file was moved or renamed, `onepoints doctor --search DIR --fix` finds it by its content "
        "(DIR: where it may be, e.g. ~/Documents).",
        "If a file was changed on purpose (a corrected certificate), record it with "
        "`onepoints evidence replace ID N FILE` (N: its number in `onepoints evidence list ID`).",
    ]


def test_same_size_other_content_is_found_only_with_verify(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"abc")
    member = _member(path, "activity 1: a.pdf", b"abd")
    check_sources([member])  # size and type only: passes
    with pytest.raises(
        OnePointsError, match=r"1 evidence file is not as recorded:\n  - activity 1: a.pdf: changed since"
    ):
        check_sources([member], verify=True)


def test_a_nul_in_a_hand_edited_path_is_missing():
    with pytest.raises(OnePointsError, match="x: missing"):
        check_sources([FileMember("a", Path("a\0b"), 1, "0" * 64, "x")])


def test_a_link_to_a_file_is_followed(good, tmp_path):
    link = tmp_path / "link.pdf"
    link.symlink_to(good.source)
    check_sources([FileMember("a", link, good.size, good.sha256, "x")], verify=True)


def test_changed_files_wording_is_singular_or_plural():
    one = str(changed_files(["activity 1: a: changed since it was recorded"]))
    assert one.startswith("The bundle was not written: 1 evidence file no longer matches what was recorded:")
    two = str(changed_files(["a: missing", "b: missing"]))
    assert two.startswith("The bundle was not written: 2 evidence files no longer match what was recorded:")


def test_problem_list_adds_only_the_hints_that_apply():
    assert problem_list("H", ["a: is a folder, not a file"]) == "H\n  - a: is a folder, not a file"
    assert "doctor --search" in problem_list("H", ["a: missing"])
    assert "evidence replace" not in problem_list("H", ["a: missing"])


@pytest.mark.parametrize(
    ("count", "text"), [(0, "0 evidence files"), (1, "1 evidence file"), (2, "2 evidence files")]
)
def test_files(count, text):
    assert files(count) == text
