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


def test_an_unknown_shell_gets_the_root_usage_line(cli):
    result = cli("--install-completion", "tcsh")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "Usage: onepoints [OPTIONS] COMMAND [ARGS]...\nTry 'onepoints -h' for help.\n"
    )


def test_asking_typer_for_the_script_leaves_the_environment_as_it_was(cli, monkeypatch):
    import os

    from onepoints_cli.cli.completion import COMPLETE_VARIABLE

    monkeypatch.delenv(COMPLETE_VARIABLE, raising=False)
    assert cli("--show-completion", "bash").exit_code == 0
    assert COMPLETE_VARIABLE not in os.environ


def test_help_says_a_shell_may_be_named(cli):
    result = cli("--help")
    assert result.exit_code == 0
    assert "Install completion for the shell named after it" in result.stdout
    assert "Print the completion script for the shell named after" in result.stdout


def test_no_shell_named_and_none_detected_is_a_usage_error(cli, monkeypatch):
    import shellingham

    def undetectable():
        raise shellingham.ShellDetectionFailure()

    monkeypatch.setattr(shellingham, "detect_shell", undetectable)
    result = cli("--show-completion")
    assert result.exit_code == 2 and result.stdout == ""
    assert "The shell could not be detected: name it" in result.stderr


def test_the_shell_detected_is_used_when_none_is_named(cli, monkeypatch):
    import shellingham

    monkeypatch.setattr(shellingham, "detect_shell", lambda: ("fish", "/usr/bin/fish"))
    result = cli("--show-completion")
    assert result.exit_code == 0 and "complete --command onepoints" in result.stdout


def test_a_detected_shell_without_completion_is_a_usage_error(cli, monkeypatch):
    import shellingham

    monkeypatch.setattr(shellingham, "detect_shell", lambda: ("tcsh", "/bin/tcsh"))
    result = cli("--install-completion")
    assert result.exit_code == 2 and "There is no completion for tcsh, the shell detected" in result.stderr
