"""render/messages.py: what the user reads on stderr, with their text escaped, never wrapped."""

from __future__ import annotations

import pytest

from onepoints_cli.render import messages


@pytest.fixture(autouse=True)
def _plain(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")


def test_error_warning_and_note_go_to_stderr_only(capsys):
    messages.error("No activity with id 9.")
    messages.warning("Something to know.")
    messages.note("Logged activity 1.")
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "Error: No activity with id 9.\nWarning: Something to know.\nLogged activity 1.\n"


def test_colour_is_only_on_the_label(capsys, monkeypatch):
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    messages.error("Title \x1b[2J")
    err = capsys.readouterr().err
    assert err == "\x1b[1;31mError:\x1b[0m Title \\x1b[2J\n"


def test_escape_keeps_lines_and_writes_controls_out():
    assert messages.escape("line one\nline\ttwo \u202e") == "line one\nline\\ttwo \\u202e"
    assert messages.escape("\r") == "\\r"


def test_data_line_is_stdout(capsys):
    messages.data_line("/path/to/bundle.zip")
    assert capsys.readouterr() == ("/path/to/bundle.zip\n", "")
