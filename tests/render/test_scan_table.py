"""scan's table is the one table style: user text escaped, whole on a pipe, fitted on a terminal."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from onepoints_cli.domain.scan.records import Field, Note, Proposal
from onepoints_cli.render import scan, table

TITLE = "[bold red]Splash 2025: Planning workshop on consolidation[/] \x1b[2J"
PATH = "/home/ada/Downloads/[x] Splash 2025 certificate of attendance.pdf"


def proposal() -> Proposal:
    return Proposal(
        PATH,
        "0" * 64,
        Field(TITLE, "found"),
        Field(dt.date(2025, 5, 12), "found"),
        Field(Decimal("7.5"), "guessed", Note("loose-hours")),
        Field("splash", "found"),
    )


def test_on_a_pipe_every_row_is_whole_and_escaped(monkeypatch, capsys):
    monkeypatch.setattr(table, "is_terminal", lambda: False)
    scan.print_proposals([(1, proposal())], copy=None)
    out = capsys.readouterr().out
    (row,) = [line for line in out.splitlines() if line.startswith("1  ")]
    assert "[bold red]Splash 2025: Planning workshop on consolidation[/] \\x1b[2J" in row
    assert row.endswith(PATH) and "\x1b" not in out
    assert "guessed" not in out.splitlines()[0]  # the caption is for a person at a terminal


@pytest.mark.parametrize(("columns", "title_room"), [("80", 40), ("60", 20)])
def test_on_a_terminal_the_path_then_the_title_are_shortened_to_the_width(
    monkeypatch, capsys, columns, title_room
):
    """The path first: the add line below gives it whole."""
    monkeypatch.setattr(table, "is_terminal", lambda: True)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", columns)
    scan.print_proposals([(1, proposal())], copy=None)
    lines = capsys.readouterr().out.splitlines()
    rows = lines[: lines.index("? guessed, - missing: check them in the add lines below") + 1]
    title = TITLE.replace("\x1b", "\\x1b")
    assert rows[1] == f"1  2025-05-12   7.5?  splash  {title[: title_room - 1]}…  /home/a…"
    assert len(rows[1]) == int(columns)
    assert any(PATH in line for line in lines[len(rows) :] if line.startswith("onepoints add"))  # whole below
