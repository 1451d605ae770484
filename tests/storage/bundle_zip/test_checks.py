"""storage/bundle_zip/checks.py: every evidence file checked before a bundle is written."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from onepoints_cli.domain.bundle.members import BytesMember, EvidenceOf, FileMember
from onepoints_cli.domain.bundle.problems import EvidenceNotAsRecorded, MemberState
from onepoints_cli.storage.bundle_zip.checks import changed_files, check_sources

X = EvidenceOf(1, "x")


def _member(path: Path, label: EvidenceOf, data: bytes | None = None) -> FileMember:
    data = path.read_bytes() if data is None else data
    return FileMember(f"evidence/{path.name}", path, len(data), hashlib.sha256(data).hexdigest(), label)


@pytest.fixture
def good(tmp_path: Path) -> FileMember:
    path = tmp_path / "good.pdf"
    path.write_bytes(b"good")
    return _member(path, EvidenceOf(1, "good.pdf"))


def test_files_as_recorded_pass_and_generated_members_are_ignored(good):
    check_sources([good, BytesMember("summary.csv", b"x")], verify=True)


def test_every_problem_is_listed_in_one_error(good, tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    resized = tmp_path / "resized.pdf"
    resized.write_bytes(b"longer now")
    members = [
        good,
        FileMember("a", tmp_path / "gone.pdf", 3, "0" * 64, EvidenceOf(2, "gone.pdf")),
        FileMember("b", folder, 3, "0" * 64, EvidenceOf(3, "folder")),
        _member(resized, EvidenceOf(4, "resized.pdf"), b"short"),
    ]
    with pytest.raises(EvidenceNotAsRecorded) as error:
        check_sources(members)
    assert error.value == EvidenceNotAsRecorded(
        (
            (EvidenceOf(2, "gone.pdf"), MemberState("missing")),
            (EvidenceOf(3, "folder"), MemberState("folder")),
            (EvidenceOf(4, "resized.pdf"), MemberState("size_changed", recorded=5, now=10)),
        ),
        built=False,
    )


def test_same_size_other_content_is_found_only_with_verify(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"abc")
    member = _member(path, EvidenceOf(1, "a.pdf"), b"abd")
    check_sources([member])  # size and type only: passes
    with pytest.raises(EvidenceNotAsRecorded) as error:
        check_sources([member], verify=True)
    ((label, problem),) = error.value.files
    assert label == EvidenceOf(1, "a.pdf") and problem == MemberState("content_changed")


def test_a_nul_in_a_hand_edited_path_is_missing():
    with pytest.raises(EvidenceNotAsRecorded) as error:
        check_sources([FileMember("a", Path("a\0b"), 1, "0" * 64, X)])
    assert error.value.files == ((X, MemberState("missing")),)


def test_a_link_to_a_file_is_followed(good, tmp_path):
    link = tmp_path / "link.pdf"
    link.symlink_to(good.source)
    check_sources([FileMember("a", link, good.size, good.sha256, X)], verify=True)


def test_changed_files_are_the_builds_problem():
    missing = MemberState("missing")
    assert changed_files([(X, missing)]) == EvidenceNotAsRecorded(((X, missing),), built=True)
