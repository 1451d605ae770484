"""storage/evidence_files.py: evidence checked and fingerprinted when recorded, and checked again later."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from onepoints_cli.domain.file_problems import RecordCheck
from onepoints_cli.domain.models import Evidence
from onepoints_cli.storage import evidence_files as ef
from tests.support.builders import activity
from tests.support.worded import refused

CONTENT = b"%PDF-1.4 certificate"
SHA = hashlib.sha256(CONTENT).hexdigest()


# --- inspect_evidence ----------------------------------------------------------------------


def test_a_file_is_recorded_by_absolute_path_size_and_sha256(evidence_file, monkeypatch):
    path = evidence_file()
    monkeypatch.chdir(path.parent)
    assert ef.inspect_evidence(path.name) == Evidence(str(path), len(CONTENT), SHA)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda folder: folder / "missing.pdf", "Evidence file not found"),
        (lambda folder: folder, "is a folder"),
        (lambda folder: _written(folder / "empty.pdf", b""), r"is empty \(0 bytes\)"),
    ],
    ids=["missing", "folder", "empty"],
)
def test_what_cannot_be_evidence_is_refused(tmp_path, make, message):
    with refused(message):
        ef.inspect_evidence(str(make(tmp_path)))


def _written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_name_that_is_not_utf8_or_holds_nul_is_refused(tmp_path):
    with refused("not valid UTF-8"):
        ef.inspect_evidence(str(tmp_path) + "/cert\udcff.pdf")
    with refused("Evidence file not found: 'a\\\\x00b'"):
        ef.inspect_evidence("a\0b")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_pipe_is_refused(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    with refused("regular file, and .* is a device or a pipe"):
        ef.inspect_evidence(str(tmp_path / "pipe"))


@pytest.mark.skipif(os.name != "posix", reason="POSIX system folders")
@pytest.mark.parametrize("path", ["/dev/null", "/proc/self/status"])
def test_system_files_are_refused(path):
    with refused("is a system file"):
        ef.inspect_evidence(path)


def test_a_link_within_the_folder_records_its_target(evidence_file):
    real = evidence_file()
    link = real.parent / "link.pdf"
    link.symlink_to(real)
    assert ef.inspect_evidence(str(link)).path == str(real)
    assert ef.followed_link(str(link)) == (str(link), str(real))
    assert ef.followed_link(str(real)) is None


@pytest.mark.skipif(not Path("/etc/hostname").is_file(), reason="needs a file outside home and /tmp")
def test_a_link_to_a_file_outside_the_users_folders_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    link = tmp_path / "innocent.pdf"
    link.symlink_to("/etc/hostname")
    with refused("is a link to /etc/hostname, outside your folders"):
        ef.inspect_evidence(str(link))
    assert ef.link_target_problem(link, Path("/etc/hostname")) is not None


# --- evidence_problem -------------------------------------------------------------------------


def test_an_intact_file_has_no_problem(evidence_file):
    path = evidence_file()
    assert ef.evidence_problem(Evidence(str(path), len(CONTENT), SHA)) is None


def test_missing_changed_and_resized_files_are_told_apart(evidence_file, tmp_path):
    path = evidence_file()
    record = Evidence(str(path), len(CONTENT), SHA)
    assert ef.evidence_problem(Evidence(str(tmp_path / "gone.pdf"), 1, SHA)) == RecordCheck("missing")
    assert ef.evidence_problem(Evidence(str(path / "below"), 1, SHA)) == RecordCheck("missing")
    path.write_bytes(CONTENT.upper())  # same size, other content
    assert ef.evidence_problem(record) == RecordCheck("content_changed")
    path.write_bytes(CONTENT + b"!")
    assert ef.evidence_problem(record) == RecordCheck(
        "size_changed", recorded=len(CONTENT), now=len(CONTENT) + 1
    )
    assert ef.evidence_problem(Evidence(str(tmp_path), 1, SHA)) == RecordCheck("not_regular")


def test_a_relative_path_is_relative_to_the_data_folder(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "c.pdf").write_bytes(CONTENT)
    record = Evidence("docs/c.pdf", len(CONTENT), SHA)
    assert ef.evidence_location("docs/c.pdf", tmp_path) == tmp_path / "docs" / "c.pdf"
    assert ef.evidence_location("/abs/c.pdf", tmp_path) == Path("/abs/c.pdf")
    assert ef.evidence_problem(record, tmp_path) is None
    assert ef.evidence_problem(record, tmp_path / "elsewhere") == RecordCheck("missing")


def test_a_relative_path_defaults_to_onepoints_home(onepoints_home):
    assert ef.evidence_location("e/c.pdf") == onepoints_home / "e" / "c.pdf"


def test_evidence_problems_lists_each_bad_file_with_its_activity(evidence_file, tmp_path):
    good = Evidence(str(evidence_file()), len(CONTENT), SHA)
    bad = Evidence(str(tmp_path / "gone.pdf"), 1, SHA)
    acts = [activity(1)._replace(evidence=(good, bad)), activity(2)._replace(evidence=(good,))]
    assert ef.evidence_problems(acts) == [(1, bad.path, RecordCheck("missing"))]


def test_file_sha256_matches_hashlib_on_a_file_of_several_chunks(tmp_path):
    data = os.urandom(1024) * 2100  # a little over 2 MiB: three reads of 1 MiB
    path = _written(tmp_path / "big.bin", data)
    assert ef.file_sha256(path) == (hashlib.sha256(data).hexdigest(), len(data))


# --- keep_copy ------------------------------------------------------------------------------------


def test_keep_copy_copies_into_a_folder_named_by_sha256_privately(evidence_file, tmp_path):
    source = evidence_file()
    os.utime(source, (1_600_000_000, 1_600_000_000))
    store = tmp_path / "store"
    copy = ef.keep_copy(Evidence(str(source), len(CONTENT), SHA), store)
    target = store / SHA / "certificate.pdf"
    assert copy == Evidence(str(target), len(CONTENT), SHA)
    assert target.read_bytes() == CONTENT
    assert target.stat().st_mtime == 1_600_000_000  # the original's time, as cp -p
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert stat.S_IMODE((store / SHA).stat().st_mode) == 0o700
    assert sorted(p.name for p in (store / SHA).iterdir()) == ["certificate.pdf"]  # no temporary left


def test_keep_copy_of_a_file_kept_already_does_not_copy_again(evidence_file, tmp_path):
    source = evidence_file()
    record = Evidence(str(source), len(CONTENT), SHA)
    first = ef.keep_copy(record, tmp_path / "store")
    source.unlink()  # the copy no longer needs the original
    assert ef.keep_copy(record, tmp_path / "store") == first


def test_keep_copy_replaces_a_damaged_copy(evidence_file, tmp_path):
    source = evidence_file()
    record = Evidence(str(source), len(CONTENT), SHA)
    copy = Path(ef.keep_copy(record, tmp_path / "store").path)
    copy.write_bytes(b"damaged")
    ef.keep_copy(record, tmp_path / "store")
    assert copy.read_bytes() == CONTENT


def test_keep_copy_refuses_a_file_that_changed_since_it_was_recorded(evidence_file, tmp_path):
    source = evidence_file()
    record = Evidence(str(source), len(CONTENT), SHA)
    source.write_bytes(CONTENT.upper())
    with refused("changed while it was being copied"):
        ef.keep_copy(record, tmp_path / "store")
    assert list((tmp_path / "store" / SHA).iterdir()) == []  # a failed copy leaves nothing


def test_keep_copy_of_a_vanished_source_says_it_could_not_copy(tmp_path):
    record = Evidence(str(tmp_path / "gone.pdf"), 3, SHA)
    with refused("Could not copy"):
        ef.keep_copy(record, tmp_path / "store")
    assert list((tmp_path / "store" / SHA).iterdir()) == []
