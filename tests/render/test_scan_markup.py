"""scan's terminal table: user text is shown as it is, never read as rich markup."""

from __future__ import annotations

from onepoints_cli.render.scan import _rich_table


def test_a_title_with_brackets_is_shown_literally(capsys):
    _rich_table(["#", "title", "file"], [["1", "[bold red]Talk[/] \x1b[2J", "/tmp/[x].pdf"]])
    out = capsys.readouterr().out
    assert "[bold red]Talk[/] \\x1b[2J" in out and "/tmp/[x].pdf" in out
    assert "\x1b" not in out
