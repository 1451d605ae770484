"""The one table style: whole rows on a pipe, fitted with an ellipsis on a terminal."""

from __future__ import annotations

import os

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


@pytest.mark.parametrize("columns", ["9" * 5000, "²", "0", "-3", "wide"])
def test_a_meaningless_columns_is_ignored(monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", columns)
    monkeypatch.setattr(table.os, "get_terminal_size", lambda fd: os.terminal_size((72, 24)))
    assert table.width() == 72


def test_colours_on_a_terminal_unless_no_color(monkeypatch):
    monkeypatch.setattr(table, "is_terminal", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert "\x1b[1m" in table.render(HEADERS, ROWS)
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in table.render(HEADERS, ROWS).replace("\\x1b[", "")


LIST_HEADERS = ("id", "date", "title", "points", "state", "ages out", "files")
LIST_ROW = ("10", "2026-10-01", LONG, "1", "counting", "2028-10-01", "1")


@pytest.mark.parametrize(
    ("columns", "gap"),
    [
        ("80", "  "),  # room for two spaces between the columns
        ("61", "  "),  # the shortest title with two spaces: exactly the width
        ("60", " "),  # one column less: one space between the columns, the title a little longer
        ("55", " "),
    ],
)
def test_a_seven_column_listing_fits_the_terminal(monkeypatch, columns, gap):
    monkeypatch.setattr(table, "is_terminal", lambda: True)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", columns)
    lines = table.render(LIST_HEADERS, [LIST_ROW], right=("id", "points", "files"), flex="title").splitlines()
    assert max(map(len, lines)) == int(columns)  # the title takes what is left, no more
    assert lines[1].startswith(f"10{gap}2026-10-01{gap}Splash") and "…" in lines[1]
    assert lines[1].endswith(f"counting{gap}2028-10-01{gap}    1")


# --- wide characters take two columns -----------------------------------------------

WIDE = [("1", "日本語のウェビナー", "1"), ("2", "Plain title", "10"), ("3", "Café Ünïcode", "2")]


@pytest.mark.parametrize(
    ("text", "columns"),
    [("abc", 3), ("日本語", 6), ("ｆｕｌｌ", 8), ("Café", 4), ("e\u0301", 1), ("", 0), ("Ω", 1)],
)
def test_cell_width_counts_terminal_columns(text, columns):
    assert table.cell_width(text) == columns


def test_a_pipe_aligns_columns_after_wide_titles(monkeypatch):
    monkeypatch.setattr(table, "is_terminal", lambda: False)
    lines = table.render(("id", "title", "points"), WIDE, right=("id", "points")).splitlines()
    # The points column ends in the same terminal column on every line.
    ends = {table.cell_width(line) for line in lines}
    assert len(ends) == 1, lines
    assert lines[1] == " 1  日本語のウェビナー       1"


@pytest.mark.parametrize("columns", [26, 22, 20])
def test_a_narrow_terminal_cuts_wide_titles_by_columns(monkeypatch, columns):
    monkeypatch.setattr(table, "is_terminal", lambda: True)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", str(columns))
    lines = table.render(("id", "title", "points"), WIDE, right=("id", "points"), flex="title").splitlines()
    assert all(table.cell_width(line) <= columns for line in lines), lines
    assert len({table.cell_width(line) for line in lines}) == 1, lines
    assert "…" in lines[1] and lines[1].startswith(" 1  日本")
