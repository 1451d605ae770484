"""cli/completion_install.py: `--install-completion SHELL` puts the script where that shell reads it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from onepoints_cli.cli.completion_install import install
from onepoints_cli.errors import OnePointsError

SCRIPT = "# the completion script\ncomplete -F _onepoints_completion onepoints\n"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


@pytest.mark.parametrize(
    ("shell", "script_at", "startup_file", "line"),
    [
        (
            "bash",
            ".bash_completions/onepoints.sh",
            ".bashrc",
            "source '{home}/.bash_completions/onepoints.sh'",
        ),
        ("zsh", ".zfunc/_onepoints", ".zshrc", "fpath+=~/.zfunc; autoload -Uz compinit; compinit"),
        ("fish", ".config/fish/completions/onepoints.fish", None, None),
    ],
)
def test_installs_once_however_often_it_runs(home, shell, script_at, startup_file, line):
    (home / ".bashrc").write_text("alias ll='ls -l'")  # a user's own file, without a final newline
    for _ in range(2):
        path = install(shell, SCRIPT, "onepoints")
    assert path == home / script_at and path.read_text() == SCRIPT
    if startup_file:
        text = (home / startup_file).read_text()
        assert text.count(line.format(home=home)) == 1 and text.endswith("\n")
    # The user's own lines are kept; only bash's startup file is touched.
    expected = "alias ll='ls -l'\n" if shell == "bash" else "alias ll='ls -l'"
    assert (home / ".bashrc").read_text().startswith(expected)
    assert shell == "bash" or (home / ".bashrc").read_text() == expected


def test_powershell_appends_to_the_profile_it_names(home, tmp_path, monkeypatch):
    profile = tmp_path / "Documents" / "PowerShell" / "profile.ps1"
    fake = tmp_path / "bin" / "pwsh"
    fake.parent.mkdir()
    fake.write_text(f"#!/bin/sh\necho '{profile}'\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    assert install("pwsh", SCRIPT, "onepoints") == profile
    assert profile.read_text() == SCRIPT


def test_a_missing_powershell_is_a_clear_error(home, monkeypatch):
    monkeypatch.setenv("PATH", str(home))
    with pytest.raises(OnePointsError, match="powershell was not found on the PATH") as caught:
        install("powershell", SCRIPT, "onepoints")
    assert "--show-completion powershell >> $PROFILE" in str(caught.value)
