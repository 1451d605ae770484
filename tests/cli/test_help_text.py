"""--help says what each option expects and gives an example that is never cut."""

from __future__ import annotations

import pytest

COMMANDS = [
    [],
    ["cert"],
    ["exam"],
    ["add"],
    ["edit"],
    ["cert", "add"],
    ["cert", "import"],
    ["extend"],
    ["bundle"],
    ["doctor"],
    ["plan"],
    ["timeline"],
    ["scan"],
    ["evidence", "add"],
    ["evidence", "replace"],
]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_metavars_and_a_whole_example(cli, command, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    result = cli(*command, "--help")
    assert result.exit_code == 0
    # Every option names what it expects (typer 0.29 shows a bare `<str>` for an option
    # without a metavar; 0.29 also shows each argument's type, as `TITLE <str>`, by design).
    assert "<str>" not in result.stdout.partition("Options:")[2]
    examples = [line for line in result.stdout.splitlines() if "Example: onepoints" in line]
    assert examples
    for example in examples:
        following = result.stdout.split(example, 1)[1].split("\n", 2)[1]
        assert not following.startswith("  ") or not following.strip() or following.strip().endswith(":")
