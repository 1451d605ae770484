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


def test_the_generator_refuses_a_script_that_no_longer_registers_the_completer() -> None:
    import importlib.util

    import pytest

    spec = importlib.util.spec_from_file_location("gen_completions", REPO / "scripts" / "gen_completions.py")
    assert spec and spec.loader
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    with pytest.raises(RuntimeError, match="no longer registers"):
        generator._onepoints_only("Set-PSReadLineKeyHandler -Chord Tab -Function MenuComplete\n")
