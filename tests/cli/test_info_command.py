"""`kinds`, `path`, `config`, `--version`, `--help` through the real CLI."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from onepoints_cli import __version__
from tests.support.cli_steps import add

# --- reference commands -------------------------------------------------------


def test_kinds_builtin_and_from_config(cli, onepoints_home):
    onepoints_home.mkdir()
    (onepoints_home / "config.toml").write_text(
        '[kinds.summit]\nname = "Summit"\npoints_per_hour = 0.5\n[kinds.course]\npoints_per_hour = 2\n'
    )
    kinds = {k["id"]: k for k in json.loads(cli("kinds", "--json").stdout)["kinds"]}
    assert list(kinds)[:8] == [
        "course",
        "tech-talk",
        "webinar",
        "webinar-host",
        "splash",
        "wave",
        "press",
        "other",
    ]
    assert kinds["summit"] == {"id": "summit", "name": "Summit", "points_per_hour": 0.5, "builtin": False}
    assert kinds["course"]["points_per_hour"] == 2
    assert add(cli, "Summit", "--date", "2025-01-01", "--kind", "summit", "--hours", "3") == 1
    assert json.loads(cli("show", "1", "--json").stdout)["points"] == 1.5


def test_path_and_config(cli, onepoints_home):
    paths = cli("path")
    assert (
        paths.stdout
        == f"ledger: {onepoints_home / 'ledger.toml'}\nconfig: {onepoints_home / 'config.toml'}\n"
    )
    config = json.loads(cli("config", "--json").stdout)
    assert (config["lead_days"], config["warn_days"], config["holder_name"]) == (30, 90, None)
    assert not onepoints_home.exists()


def test_bad_ledger_gives_a_message_not_a_traceback(cli, onepoints_home):
    onepoints_home.mkdir()
    (onepoints_home / "ledger.toml").write_text("[[activities]]\nid = 'x'\n")
    for args in (
        ["status"],
        ["list"],
        ["add", "T", "--date", "2025-01-01", "--kind", "course", "--hours", "1"],
    ):
        result = cli(*args)
        assert result.exit_code == 1
        assert "is not a valid onepoints file" in result.stderr
    assert (onepoints_home / "ledger.toml").read_text() == "[[activities]]\nid = 'x'\n"


def test_version(cli):
    result = cli("--version")
    assert result.exit_code == 0 and result.stdout == f"onepoints {__version__}\n"


def test_python_dash_m_works_the_same(onepoints_home):
    result = subprocess.run(
        [sys.executable, "-m", "onepoints_cli", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout == f"onepoints {__version__}\n"
    bad = subprocess.run(
        [sys.executable, "-m", "onepoints_cli", "status", "--as-of", "x"], capture_output=True, text=True
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and bad.stdout == ""


@pytest.mark.parametrize(
    "command", [[], ["cert"], ["add"], ["status"], ["list"], ["undo"], ["kinds"], ["cert", "add"]]
)
def test_every_command_has_help_with_an_example(cli, command):
    result = cli(*command, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.stdout
    if command and command != ["cert"]:
        assert "Example" in result.stdout
