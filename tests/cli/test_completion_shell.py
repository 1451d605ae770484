"""--show-completion and --install-completion honour the shell named."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("shell", "marker"),
    [("fish", "complete --command onepoints"), ("zsh", "compdef"), ("bash", "complete -o")],
)
def test_show_completion_prints_the_named_shell(cli, shell, marker):
    result = cli("--show-completion", shell)
    assert result.exit_code == 0 and marker in result.stdout


def test_install_completion_zsh_installs_zsh(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    result = cli("--install-completion", "zsh")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / ".zfunc" / "_onepoints").is_file()
    assert not (tmp_path / ".bashrc").exists() and not (tmp_path / ".bash_completions").exists()
    assert "zsh completion installed" in result.stderr


def test_an_unknown_shell_is_a_usage_error(cli):
    result = cli("--show-completion", "tcsh")
    assert result.exit_code == 2 and result.stdout == "" and "one shell name" in result.stderr
