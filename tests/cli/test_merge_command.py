"""`onepoints merge FILE`: two computers logged on their own; the sync service left a
conflict copy beside ledger.toml. Exit codes, stdout and stderr checked apart."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

DAY = "20261206"
ONEDRIVE = "ledger-LAPTOP-7H2K.toml"

NAMES = [
    (ONEDRIVE, "OneDrive"),
    ("ledger (conflicted copy 2026-12-01).toml", "Dropbox or Nextcloud"),
    ("ledger (1).toml", "Google Drive"),
    ("ledger 2.toml", "iCloud Drive"),
    ("ledger.sync-conflict-20261201-123456-ABCDEFG.toml", "Syncthing"),
]


@pytest.fixture
def two_computers(cli, onepoints_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Both start from the same ledger; then each logs an activity offline (both get id 2)
    and the other computer moves the expiry. Returns a function placing the other
    computer's ledger beside this one under a name."""
    monkeypatch.setenv("ONEPOINTS_TODAY", "2026-12-06")
    assert (
        cli(
            "cert", "add", "OneStream Certified Associate", "--expires", "2027-03-31", "--id", "oca"
        ).exit_code
        == 0
    )
    assert (
        cli("add", "Tech Talk", "--date", "2025-03-04", "--kind", "tech-talk", "--hours", "1").exit_code == 0
    )
    other = tmp_path / "other-computer"
    other.mkdir()
    shutil.copy(onepoints_home / "ledger.toml", other / "ledger.toml")
    assert (
        cli("add", "Planning course", "--date", "2025-04-10", "--kind", "course", "--points", "8").exit_code
        == 0
    )
    monkeypatch.setenv("ONEPOINTS_HOME", str(other))
    assert (
        cli("add", "Splash 2025", "--date", "2025-05-12", "--kind", "course", "--points", "5").exit_code == 0
    )
    assert cli("cert", "edit", "oca", "--expires", "2028-03-31").exit_code == 0
    monkeypatch.setenv("ONEPOINTS_HOME", str(onepoints_home))

    def place(name: str = ONEDRIVE) -> Path:
        copy = onepoints_home / name
        shutil.copy(other / "ledger.toml", copy)
        return copy

    return place


def titles(cli) -> list[tuple[int, str]]:
    return [(a["id"], a["title"]) for a in json.loads(cli("list", "--json").stdout)["activities"]]


@pytest.mark.parametrize(("name", "service"), NAMES)
def test_merge_brings_in_the_other_computers_activities(cli, two_computers, onepoints_home, name, service):
    copy = two_computers(name)
    held = copy.read_bytes()
    result = cli("merge", name)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == (
        f"Merged {name} (a {service} conflict copy) into ledger.toml:\n"
        "  - certification 'oca' expiry 2027-03-31 -> 2028-03-31\n"
        "  - activity 3 (Splash 2025, 2025-05-12) added\n"
        "  - activity 2 of the copy is activity 3 here (both computers had given 2)\n"
        "`onepoints undo` takes the merge back.\n"
        f"Kept the copy as {onepoints_home / name}.merged-{DAY}: delete it once you are sure.\n"
    )
    assert titles(cli) == [(1, "Tech Talk"), (2, "Planning course"), (3, "Splash 2025")]
    assert not copy.exists() and (onepoints_home / f"{name}.merged-{DAY}").read_bytes() == held
    after = cli("status")
    assert after.exit_code == 0 and "conflict copy" not in after.stderr


def test_dry_run_shows_the_changes_and_writes_nothing(cli, two_computers, onepoints_home):
    copy = two_computers()
    before = (onepoints_home / "ledger.toml").read_bytes()
    versions = json.loads(cli("history", "--json").stdout)["versions"]
    # The ledger the other computer started from: after `add 'Tech Talk'`.
    base = next(v for v in versions if v["command"].startswith("add 'Tech Talk'"))
    result = cli("merge", ONEDRIVE, "--dry-run")
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout == (
        f"Merging {ONEDRIVE} (a OneDrive conflict copy) into ledger.toml, against version "
        f"{base['version']} ({base['command']}):\n"
        "  - certification 'oca' expiry 2027-03-31 -> 2028-03-31\n"
        "  - activity 3 (Splash 2025, 2025-05-12) added\n"
        "  - activity 2 of the copy is activity 3 here (both computers had given 2)\n"
    )
    assert (onepoints_home / "ledger.toml").read_bytes() == before and copy.exists()
    assert json.loads(cli("history", "--json").stdout)["versions"] == versions


def test_dry_run_json(cli, two_computers, onepoints_home):
    two_computers()
    result = cli("merge", ONEDRIVE, "--dry-run", "--json")
    assert result.exit_code == 0 and result.stderr == ""
    data = json.loads(result.stdout)
    assert list(data) == [
        "file",
        "service",
        "base",
        "changes",
        "renumbered",
        "conflicts",
        "written",
        "kept_copy_as",
    ]
    assert data["service"] == "OneDrive" and data["written"] is False and data["kept_copy_as"] is None
    assert data["renumbered"] == [{"record": "activity", "from": 2, "to": 3}]
    assert data["changes"][1] == "activity 3 (Splash 2025, 2025-05-12) added" and data["conflicts"] == []


def test_undo_after_a_merge_restores_the_ledger_and_the_copy_is_kept(cli, two_computers, onepoints_home):
    two_computers()
    before = (onepoints_home / "ledger.toml").read_bytes()
    assert cli("merge", ONEDRIVE).exit_code == 0
    undone = cli("undo")
    assert undone.exit_code == 0 and "activity 3 (Splash 2025, 2025-05-12) removed" in undone.stderr
    # An undo keeps the newer next_activity_id: an id once given is never given again.
    assert (onepoints_home / "ledger.toml").read_text() == before.decode().replace(
        "next_activity_id = 3", "next_activity_id = 4"
    )
    assert (onepoints_home / f"{ONEDRIVE}.merged-{DAY}").exists()
    history = json.loads(cli("history", "--json").stdout)["versions"]
    assert [v["action"] for v in history[-2:]] == ["write", "undo"] and history[-2][
        "command"
    ] == f"merge {ONEDRIVE}"


@pytest.fixture
def conflicting(cli, two_computers, onepoints_home, monkeypatch):
    """Both computers renamed activity 1, differently."""
    assert cli("edit", "1", "--title", "Tech Talk: Cube Views").exit_code == 0
    copy = two_computers()
    text = copy.read_text().replace('title = "Tech Talk"', 'title = "Tech Talk: Dashboards"')
    copy.write_text(text)
    return copy


CONFLICT_LINES = (
    "1 record changed on both computers:\n"
    "  1. activity 1\n"
    "       mine (this computer): title 'Tech Talk' -> 'Tech Talk: Cube Views'\n"
    "       theirs (the copy):    title 'Tech Talk' -> 'Tech Talk: Dashboards'\n"
)


def test_conflicts_without_a_terminal_or_take_change_nothing(cli, conflicting, onepoints_home):
    before = (onepoints_home / "ledger.toml").read_bytes()
    result = cli("merge", ONEDRIVE)
    assert result.exit_code == 1 and result.stdout == ""
    assert CONFLICT_LINES in result.stderr
    assert result.stderr.endswith(
        "Error: 1 record was changed on both computers, and nobody is here to choose. Run again with "
        "--take mine (keep this computer's) or --take theirs (take the copy's), or on a terminal to "
        "choose one by one. Nothing was changed.\n"
    )
    assert (onepoints_home / "ledger.toml").read_bytes() == before and conflicting.exists()


@pytest.mark.parametrize(
    ("take", "title"), [("mine", "Tech Talk: Cube Views"), ("theirs", "Tech Talk: Dashboards")]
)
def test_take_settles_every_conflict(cli, conflicting, take, title):
    result = cli("merge", ONEDRIVE, "--take", take)
    assert result.exit_code == 0 and result.stdout == ""
    assert titles(cli) == [(1, title), (2, "Planning course"), (3, "Splash 2025")]


def test_dry_run_lists_the_conflicts(cli, conflicting):
    result = cli("merge", ONEDRIVE, "--dry-run")
    assert result.exit_code == 0 and result.stdout.endswith(CONFLICT_LINES)
    data = json.loads(cli("merge", ONEDRIVE, "--dry-run", "--json").stdout)
    assert data["conflicts"] == [
        {
            "record": "activity 1",
            "mine": ["title 'Tech Talk' -> 'Tech Talk: Cube Views'"],
            "theirs": ["title 'Tech Talk' -> 'Tech Talk: Dashboards'"],
        }
    ]


def test_take_must_be_mine_or_theirs(cli, conflicting):
    result = cli("merge", ONEDRIVE, "--take", "both")
    assert (
        result.exit_code == 2
        and result.stdout == ""
        and "'both' is not one of 'mine', 'theirs'" in result.stderr
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


def test_a_copy_with_nothing_new_is_moved_aside_and_nothing_written(cli, two_computers, onepoints_home):
    copy = onepoints_home / "ledger (1).toml"
    shutil.copy(onepoints_home / "ledger.toml", copy)
    versions = json.loads(cli("history", "--json").stdout)["versions"]
    result = cli("merge", copy.name)
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.startswith(
        "ledger (1).toml (a Google Drive conflict copy) holds nothing that ledger.toml lacks; nothing was changed.\n"
    )
    assert json.loads(cli("history", "--json").stdout)["versions"] == versions
    assert not copy.exists() and (onepoints_home / f"ledger (1).toml.merged-{DAY}").exists()


def test_any_ledger_file_can_be_merged_and_a_second_rename_does_not_overwrite(
    cli, two_computers, onepoints_home, tmp_path
):
    elsewhere = tmp_path / "backup.toml"
    shutil.copy(two_computers(), elsewhere)
    (tmp_path / f"backup.toml.merged-{DAY}").write_text("an older one")
    result = cli("merge", str(elsewhere), "--json")
    assert result.exit_code == 0 and result.stderr == ""
    data = json.loads(result.stdout)
    assert data["service"] is None and data["written"] is True
    assert data["kept_copy_as"] == str(tmp_path / f"backup.toml.merged-{DAY}-2")
    assert (tmp_path / f"backup.toml.merged-{DAY}").read_text() == "an older one"


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
    assert CONFLICT_LINES in shown and "Keep mine or take theirs?" in shown
    assert "Answer mine (m) or theirs (t)." in shown and "Merged ledger-LAPTOP-7H2K.toml" in shown
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


def test_a_certification_added_on_both_computers_differently_is_shown_whole(
    cli, two_computers, onepoints_home
):
    copy = two_computers()
    copy.write_text(
        copy.read_text() + '\n[[certifications]]\nid = "ocp"\nname = "Pro"\nexpires = 2028-01-31\n'
    )
    assert cli("cert", "add", "Pro", "--expires", "2029-01-31", "--id", "ocp").exit_code == 0
    result = cli("merge", ONEDRIVE, "--dry-run")
    assert result.exit_code == 0
    assert result.stdout.endswith(
        "  1. certification 'ocp'\n"
        "       mine (this computer): added: id 'ocp', name 'Pro', expires 2029-01-31\n"
        "       theirs (the copy):    added: id 'ocp', name 'Pro', expires 2028-01-31\n"
    )
