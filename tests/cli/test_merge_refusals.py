"""`onepoints merge` refuses what it must not read or rename, and asks on a terminal.
Exit codes, stdout and stderr checked apart."""

from __future__ import annotations

import os
import shutil
import sys

import pytest

from tests.support.two_computers import (
    CONFLICT_LINES,
    ONEDRIVE,
    titles,
)


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"", "is empty"),
        (b"[[activities]\n", "is not valid TOML"),
        (b"\xff\xfe", "is not valid UTF-8"),
    ],
)
def test_a_bad_copy_is_an_error_never_no_data(cli, two_computers, onepoints_home, content, said):
    copy = two_computers()
    copy.write_bytes(content)
    before = (onepoints_home / "ledger.toml").read_bytes()
    result = cli("merge", ONEDRIVE)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith(f"Error: {copy} ") and said in result.stderr
    assert (onepoints_home / "ledger.toml").read_bytes() == before and copy.read_bytes() == content


def test_a_missing_copy_or_a_folder_is_an_error(cli, two_computers, onepoints_home):
    missing = cli("merge", "ledger (7).toml")
    assert missing.exit_code == 1 and missing.stdout == ""
    assert missing.stderr == "Error: Ledger file not found: ledger (7).toml\n"
    (onepoints_home / "folder.toml").mkdir()
    folder = cli("merge", str(onepoints_home / "folder.toml"))
    assert folder.exit_code == 1 and "is a folder" in folder.stderr


def test_the_ledger_itself_is_refused(cli, two_computers, onepoints_home):
    result = cli("merge", str(onepoints_home / "ledger.toml"))
    assert result.exit_code == 1 and result.stdout == ""
    assert "is the ledger itself" in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_on_a_terminal_each_conflict_is_asked(cli, conflicting, onepoints_home):
    """A real terminal on stdin and stderr: a wrong answer is asked again; stdout stays empty."""
    import pty
    import subprocess

    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "onepoints_cli", "merge", ONEDRIVE],
        stdin=follower,
        stdout=subprocess.PIPE,
        stderr=follower,
        env={**os.environ, "NO_COLOR": "1"},
    )
    os.close(follower)
    os.write(leader, b"both\ntheirs\n")
    stdout, _ = process.communicate(timeout=60)
    shown = _read_all(leader).replace("\r\n", "\n")
    assert process.returncode == 0, shown
    assert stdout == b""
    question = CONFLICT_LINES.split("\n", 1)[1].replace("\n  ", "\n")[2:]  # unindented, as asked
    assert "1 record changed on both computers:\n1. activity 1\n" in shown
    assert question + "Keep mine or take theirs? [mine/theirs]: " in shown
    assert (
        shown.count("Keep mine or take theirs?") == 2
        and "Answer mine (m) or theirs (t)." in shown
        and "Merged ledger-LAPTOP-7H2K.toml" in shown
    )
    assert titles(cli)[0] == (1, "Tech Talk: Dashboards")


def _read_all(leader: int) -> str:
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize("own", ["ledger.toml.bak", "history/000002.json", "config.toml"])
def test_onepoints_own_files_are_refused_and_kept(cli, two_computers, onepoints_home, own):
    path = onepoints_home / own
    if own == "config.toml":
        path.write_text("history_keep = 5\n")
    elif not path.exists():
        shutil.copy(onepoints_home / "ledger.toml", path)
    held = path.read_bytes()
    result = cli("merge", str(path))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == (
        f"Error: {path} is one of onepoints' own files (its backup, lock, cache, config or history), "
        "not a copy to merge. Nothing was changed.\n"
    )
    assert path.read_bytes() == held


def test_a_merge_that_would_break_the_ledger_changes_nothing(cli, two_computers, onepoints_home):
    """The copy holds a bundle for a certification this computer removed."""
    copy = two_computers()
    copy.write_text(
        copy.read_text()
        + '\n[[bundles]]\nid = 1\ncert = "oca"\ncreated = 2026-12-01\nas_of = 2026-12-01\n'
        + f'activities = [1]\npoints = 1\npath = "b.zip"\nsha256 = "{"0" * 64}"\n'
    )
    assert cli("cert", "rm", "oca", "--yes").exit_code == 0
    before = (onepoints_home / "ledger.toml").read_bytes()
    result = cli("merge", ONEDRIVE, "--take", "mine")
    assert result.exit_code == 1 and result.stdout == ""
    assert "bundles[0] (id 1): unknown certification 'oca'" in result.stderr
    assert result.stderr.rstrip().endswith("The ledger was not changed.")
    assert (onepoints_home / "ledger.toml").read_bytes() == before and copy.exists()


def test_a_bare_name_is_found_beside_a_symbolic_ledgers_file(cli, two_computers, onepoints_home, tmp_path):
    """ledger.toml linked into a OneDrive folder: the service leaves its copies there."""
    synced = tmp_path / "OneDrive" / "onepoints"
    synced.mkdir(parents=True)
    (onepoints_home / "ledger.toml").rename(synced / "ledger.toml")
    (onepoints_home / "ledger.toml").symlink_to(synced / "ledger.toml")
    two_computers().rename(synced / ONEDRIVE)
    result = cli("merge", ONEDRIVE)
    assert result.exit_code == 0, result.stderr
    assert f"Kept the copy as {synced / ONEDRIVE}.merged-" in result.stderr
    assert (onepoints_home / "ledger.toml").is_symlink() and titles(cli)[-1] == (3, "Splash 2025")
