"""The one table style: whole rows on a pipe, fitted with an ellipsis on a terminal."""

from __future__ import annotations

import pytest

from onepoints_cli.render import table

HEADERS = ("id", "date", "title", "points")
LONG = "Splash 2025: Planning workshop on consolidation and the long close " * 2
ROWS = [("7", "2025-03-04", LONG, "8"), ("12", "2025-04-01", "Tech\x1b[31mTalk", "1")]


def test_a_pipe_gets_every_row_whole(monkeypatch):
    monkeypatch.setattr(table, "is_terminal", lambda: False)
    text = table.render(HEADERS, ROWS, right=("id", "points"), flex="title")
    (row,) = [line for line in text.splitlines() if "Planning" in line]
    assert row.lstrip().startswith("7  2025-03-04  " + LONG)
    assert "\x1b" not in text and "Tech\\x1b[31mTalk" in text


@pytest.mark.parametrize("columns", ["60", "40", "20"])
def test_a_narrow_terminal_shortens_the_title_only(monkeypatch, columns):
    monkeypatch.setattr(table, "is_terminal", lambda: True)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", columns)
    lines = table.render(HEADERS, ROWS, right=("id", "points"), flex="title").splitlines()
    assert lines[0].split() == list(HEADERS)  # the title column is still there
    row = next(line for line in lines if line.lstrip().startswith("7"))
    assert "…" in row and row.split()[1] == "2025-03-04" and row.endswith("8")
    if int(columns) >= 40:
        assert all(len(line) <= int(columns) for line in lines)


def test_colours_on_a_terminal_unless_no_color(monkeypatch):
    monkeypatch.setattr(table, "is_terminal", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert "\x1b[1m" in table.render(HEADERS, ROWS)
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in table.render(HEADERS, ROWS).replace("\\x1b[", "")
