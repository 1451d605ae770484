"""--out of export, calendar and bundle: one rule for every command.

`-` is stdout (a bundle refuses it); a new file is made; an existing file is
replaced only with --force; a folder, a FIFO or a socket (or a link to one)
is refused even with --force and left as it was; new files are private (0600).
Never the real /dev/null: a FIFO in tmp stands for a node that is not a file.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import zipfile

import pytest

from tests.support.cli_steps import setup_cert

COMMANDS = {
    "export": ["export"],
    "calendar": ["calendar"],
    "bundle": ["bundle", "--as-of", "2025-06-01"],
}
POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="POSIX nodes and modes")


@pytest.fixture
def tracked(cli, evidence_file):
    setup_cert(cli)
    course = ["add", "Course", "--date", "2025-03-04", "--kind", "course", "--points", "40"]
    added = cli(*course, "--evidence", evidence_file())
    assert added.exit_code == 0, added.stderr


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize("command", ["export", "calendar"])
def test_dash_is_stdout_and_creates_no_file(cli, tracked, tmp_path, monkeypatch, command):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    plain = cli(*COMMANDS[command])
    dashed = cli(*COMMANDS[command], "--out", "-")
    assert dashed.exit_code == 0 and dashed.stderr == ""
    assert dashed.stdout_bytes.split(b"DTSTAMP")[0] == plain.stdout_bytes.split(b"DTSTAMP")[0] != b""
    assert os.listdir(work) == []


def test_a_bundle_refuses_stdout(cli, tracked, tmp_path, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    result = cli(*COMMANDS["bundle"], "--out", "-")
    assert result.exit_code == 1 and result.stdout == ""
    assert "cannot go to standard output" in result.stderr
    assert os.listdir(work) == []
    assert json.loads(cli("bundles", "--json").stdout)["bundles"] == []


@pytest.mark.parametrize("command", list(COMMANDS))
def test_an_existing_file_is_replaced_only_with_force(cli, tracked, tmp_path, command):
    target = tmp_path / "out.file"
    target.write_bytes(b"keep me")
    refused = cli(*COMMANDS[command], "--out", target)
    assert refused.exit_code == 1 and refused.stdout == ""
    assert "already exists; use --force to replace it" in refused.stderr
    assert target.read_bytes() == b"keep me"
    forced = cli(*COMMANDS[command], "--out", target, "--force")
    assert forced.exit_code == 0, forced.stderr
    assert target.read_bytes() != b"keep me"


@POSIX_ONLY
@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("node", ["fifo", "link to fifo", "socket", "folder"])
def test_a_target_that_is_not_a_regular_file_is_refused_even_with_force(
    cli, tracked, tmp_path, command, node
):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    places = {
        "fifo": fifo,
        "link to fifo": tmp_path / "null",
        "socket": tmp_path / "s",
        "folder": tmp_path / "d",
    }
    target = places[node]
    if node == "link to fifo":
        target.symlink_to(fifo)  # what /dev/null is to a root user: a node that is not a file
    elif node == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(target))
    elif node == "folder":
        target.mkdir()
    before = sorted(os.listdir(tmp_path))
    result = cli(*COMMANDS[command], "--out", target, "--force")
    assert result.exit_code == 1 and result.stdout == ""
    assert "not a regular file" in result.stderr or "is a folder" in result.stderr
    assert sorted(os.listdir(tmp_path)) == before  # no temporary file left either
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    if node == "link to fifo":
        assert os.path.islink(target)
    if node == "socket":
        server.close()


def test_a_link_to_a_file_is_written_through(cli, tracked, tmp_path):
    real = tmp_path / "real.ics"
    real.write_bytes(b"old")
    link = tmp_path / "link.ics"
    link.symlink_to(real)
    result = cli("calendar", "--out", link, "--force")
    assert result.exit_code == 0, result.stderr
    assert os.path.islink(link) and real.read_bytes().startswith(b"BEGIN:VCALENDAR")


@POSIX_ONLY
def test_new_outputs_and_copies_are_private(cli, tracked, tmp_path, evidence_file, onepoints_home):
    old = os.umask(0o022)
    try:
        for command, name in (("export", "a.csv"), ("calendar", "a.ics"), ("bundle", "a.zip")):
            result = cli(*COMMANDS[command], "--out", tmp_path / name)
            assert result.exit_code == 0, result.stderr
            assert _mode(tmp_path / name) == 0o600, command
        copied = cli("attach", "1", evidence_file("copy.pdf", b"%PDF-1.4 kept copy"), "--copy")
        assert copied.exit_code == 0, copied.stderr
        kept = [p for p in (onepoints_home / "evidence").rglob("*") if p.is_file()]
        assert kept and all(_mode(p) == 0o600 for p in kept)
        evidence = onepoints_home / "evidence"
        folders = [evidence, *(p for p in evidence.rglob("*") if p.is_dir())]
        assert all(_mode(p) == 0o700 for p in folders)
    finally:
        os.umask(old)
    with zipfile.ZipFile(tmp_path / "a.zip") as archive:
        assert archive.testzip() is None


@POSIX_ONLY
def test_a_replaced_file_keeps_the_mode_the_user_gave_it(cli, tracked, tmp_path):
    target = tmp_path / "shared.csv"
    target.write_bytes(b"old")
    target.chmod(0o644)
    assert cli("export", "--out", target, "--force").exit_code == 0
    assert _mode(target) == 0o644


def test_a_copy_keeps_the_original_time(cli, tracked, evidence_file, onepoints_home):
    original = evidence_file("dated.pdf", b"%PDF-1.4 dated")
    os.utime(original, (1_700_000_000, 1_700_000_000))
    assert cli("attach", "1", original, "--copy").exit_code == 0
    (copy,) = (onepoints_home / "evidence").rglob("dated.pdf")
    assert os.stat(copy).st_mtime == 1_700_000_000
