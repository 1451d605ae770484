"""Every command that reads the ledger warns once about a sync service's conflict copy;
doctor lists it as a finding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

COPY = "ledger (Sam's conflicted copy 2026-12-01).toml"
WARNING = "Warning: A conflict copy of ledger.toml in "

READING = [
    ("status",),
    ("list",),
    ("show", "1"),
    ("plan",),
    ("timeline",),
    ("history",),
    ("bundles",),
    ("export",),
    ("calendar",),
    ("cert", "list"),
    ("exam", "list"),
    ("evidence", "list", "1"),
    ("add", "Tech Talk", "--date", "2026-03-05", "--kind", "tech-talk", "--hours", "1"),
    ("rm", "99"),  # fails (no activity 99): warned all the same
]


@pytest.fixture
def copied(cli, onepoints_home: Path) -> Path:
    ok = cli("cert", "add", "OneStream Certified Associate", "--expires", "2027-05-31", "--id", "oca")
    assert ok.exit_code == 0
    assert cli("add", "Talk", "--date", "2026-03-04", "--kind", "tech-talk", "--hours", "1").exit_code == 0
    (onepoints_home / COPY).write_bytes((onepoints_home / "ledger.toml").read_bytes())
    return onepoints_home


@pytest.mark.parametrize("args", READING, ids=" ".join)
def test_every_command_reading_the_ledger_warns_once(cli, copied: Path, args: tuple[str, ...]) -> None:
    result = cli(*args)
    assert result.stderr.count(WARNING) == 1, result.stderr
    assert COPY in result.stderr and f'onepoints merge "{COPY}"' in result.stderr
    assert WARNING not in result.stdout


@pytest.mark.parametrize(
    "args", [("kinds",), ("path",), ("config",), ("list", "--help"), ("--version",), ("cert",)], ids=" ".join
)
def test_commands_that_do_not_read_it_say_nothing(cli, copied: Path, args: tuple[str, ...]) -> None:
    result = cli(*args)
    assert result.exit_code in (0, 2) and "conflict" not in result.stderr  # `cert` alone: its help, exit 2


def test_no_copy_no_warning(cli, copied: Path) -> None:
    (copied / COPY).unlink()
    result = cli("status")
    assert result.exit_code == 0 and result.stderr == ""


def test_doctor_lists_them_as_a_finding(cli, copied: Path) -> None:
    (copied / "ledger-LAPTOP-7H2K.toml").write_text("")
    result = cli("doctor")
    assert result.exit_code == 1 and result.stderr == ""
    assert "Everything is in order" not in result.stdout
    assert f"2 conflict copies of ledger.toml in {copied}, left by a sync service:" in result.stdout
    assert f"  - {COPY} (Dropbox or Nextcloud)\n  - ledger-LAPTOP-7H2K.toml (OneDrive)\n" in result.stdout
    data = json.loads(cli("doctor", "--json").stdout)
    assert data["conflict_copies"] == [
        {"name": COPY, "service": "Dropbox or Nextcloud"},
        {"name": "ledger-LAPTOP-7H2K.toml", "service": "OneDrive"},
    ]


def test_doctor_without_copies_is_in_order(cli, copied: Path) -> None:
    (copied / COPY).unlink()
    result = cli("doctor")
    assert result.exit_code == 0 and "Everything is in order." in result.stdout
    assert json.loads(cli("doctor", "--json").stdout)["conflict_copies"] == []
