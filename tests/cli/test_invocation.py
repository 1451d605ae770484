"""cli/invocation.py: the command being run, as the history records it."""

from __future__ import annotations

from datetime import datetime

from onepoints_cli.cli.invocation import current, invoking


def test_the_command_line_is_quoted_as_a_shell_would_read_it():
    with invoking(["add", "Splash 2025: it's on", "--points", "3"]) as (time, command):
        assert command == "add 'Splash 2025: it'\"'\"'s on' --points 3"
        assert current() == (time, command)
        assert datetime.fromisoformat(time).tzinfo is not None  # when, with its offset


def test_outside_a_command_nothing_is_recorded():
    assert current() == ("", "")
    with invoking(["undo"]):
        assert current()[1] == "undo"
    assert current() == ("", "")


def test_a_command_that_fails_leaves_nothing_behind():
    try:
        with invoking(["rm", "3"]):
            raise RuntimeError("the command failed")
    except RuntimeError:
        pass
    assert current() == ("", "")
