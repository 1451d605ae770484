"""`onepoints merge FILE`: two computers logged on their own; the sync service left a
conflict copy beside ledger.toml. Exit codes, stdout and stderr checked apart."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.support.two_computers import (
    CONFLICT_LINES,
    DAY,
    NAMES,
    ONEDRIVE,
    titles,
)


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


def test_keeping_mine_where_the_copy_only_conflicts_writes_nothing(cli, conflicting, onepoints_home):
    """The copy: this ledger with another title for activity 1, nothing else."""
    mine = (onepoints_home / "ledger.toml").read_text()
    conflicting.write_text(mine.replace('title = "Tech Talk: Cube Views"', 'title = "Tech Talk: Dashboards"'))
    versions = json.loads(cli("history", "--json").stdout)["versions"]
    result = cli("merge", ONEDRIVE, "--take", "mine")
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.startswith(
        f"Kept this computer's side of every conflict with {ONEDRIVE} (a OneDrive conflict copy): "
        "ledger.toml stays as it was.\n"
    )
    assert json.loads(cli("history", "--json").stdout)["versions"] == versions
