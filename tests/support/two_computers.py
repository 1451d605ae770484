"""Two computers that logged on their own, and the conflict copy the sync service left:
the fixtures of tests/cli/test_merge_command.py and test_merge_refusals.py (made
fixtures there by tests/cli/conftest.py)."""

from __future__ import annotations

import json
import shutil
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
