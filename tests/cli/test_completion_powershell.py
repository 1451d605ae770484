"""The PowerShell script completes `onepoints` only: no Tab binding for the whole session.

(PowerShell is not installed here, so the script is checked as text, not run.)"""

from __future__ import annotations

from tests.support.paths import REPO

SCRIPT = (REPO / "completions" / "onepoints.ps1").read_text(encoding="utf-8")


def test_it_registers_a_completer_for_onepoints_only() -> None:
    lines = SCRIPT.splitlines()
    registered = [line for line in lines if line.startswith("Register-ArgumentCompleter")]
    assert registered == [
        "Register-ArgumentCompleter -Native -CommandName onepoints -ScriptBlock $scriptblock"
    ]


def test_it_leaves_the_tab_key_and_psreadline_alone() -> None:
    assert "Set-PSReadLineKeyHandler" not in SCRIPT and "Import-Module" not in SCRIPT


def test_the_script_refuses_one_that_no_longer_registers_the_completer() -> None:
    import pytest

    from onepoints_cli.cli.completion import _onepoints_only
    from onepoints_cli.errors import OnePointsError

    with pytest.raises(OnePointsError, match="no longer registers"):
        _onepoints_only("Set-PSReadLineKeyHandler -Chord Tab -Function MenuComplete\n")


def test_show_completion_prints_the_same_script_as_the_file(cli) -> None:
    """What `--show-completion powershell` prints (and what `--install-completion` writes)
    is the shipped file without its generated notice: no session-wide Tab binding."""
    result = cli("--show-completion", "powershell")
    assert result.exit_code == 0 and result.stderr == ""
    assert "PSReadLine" not in result.stdout
    assert result.stdout == SCRIPT.split("\n", 1)[1]
