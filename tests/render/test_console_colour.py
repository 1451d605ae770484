"""Colour by the conventions (render/console.py): NO_COLOR, FORCE_COLOR, CLICOLOR_FORCE,
TERM=dumb, and Windows' virtual-terminal processing, with the platform as a parameter."""

from __future__ import annotations

import pytest

from onepoints_cli.render.console import glyph, wants_colour


class Console:
    """A Windows console whose virtual-terminal processing can or cannot be turned on."""

    def __init__(self, can: bool) -> None:
        self.can, self.asked = can, 0

    def enable(self) -> bool:
        self.asked += 1
        return self.can


@pytest.mark.parametrize(
    ("terminal", "environ", "expected"),
    [
        (True, {}, True),
        (False, {}, False),
        (True, {"NO_COLOR": "1"}, False),
        (True, {"NO_COLOR": ""}, True),  # no-color.org: only a non-empty value counts
        (False, {"FORCE_COLOR": "1"}, True),  # forced on a pipe
        (False, {"FORCE_COLOR": ""}, False),
        (False, {"CLICOLOR_FORCE": "1"}, True),
        (False, {"CLICOLOR_FORCE": "0"}, False),
        (True, {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),  # NO_COLOR wins
        (True, {"TERM": "dumb"}, False),
        (True, {"TERM": "dumb", "FORCE_COLOR": "1"}, True),
        (True, {"TERM": "xterm-256color"}, True),
        (True, {"CLICOLOR": "0"}, False),
    ],
)
@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_the_conventions(terminal: bool, environ: dict[str, str], expected: bool, platform: str) -> None:
    console = Console(can=False)
    assert wants_colour(terminal, environ, platform, console.enable) is expected
    assert console.asked == 0  # only Windows has a console mode to set


@pytest.mark.parametrize("can", [True, False])
def test_a_windows_console_gets_colour_only_once_it_shows_it(can: bool) -> None:
    console = Console(can)
    assert wants_colour(True, {}, "win32", console.enable) is can
    assert console.asked == 1


def test_a_windows_pipe_is_never_asked_about_its_console() -> None:
    console = Console(can=True)
    assert wants_colour(False, {}, "win32", console.enable) is False
    assert wants_colour(False, {"FORCE_COLOR": "1"}, "win32", console.enable) is True
    assert console.asked == 0


def test_windows_forced_colour_still_turns_the_console_on() -> None:
    console = Console(can=False)
    assert wants_colour(True, {"FORCE_COLOR": "1"}, "win32", console.enable) is True
    assert console.asked == 1
    assert wants_colour(True, {"NO_COLOR": "1"}, "win32", console.enable) is False
    assert console.asked == 1


class Stream:
    def __init__(self, encoding: str) -> None:
        self.encoding = encoding


@pytest.mark.parametrize(
    ("encoding", "bar", "ellipsis"),
    [
        ("utf-8", "█", "…"),
        ("cp437", "█", "..."),
        ("cp1252", "#", "…"),
        ("ascii", "#", "..."),
        ("no-such", "#", "..."),
    ],
)
def test_glyphs_fall_back_where_the_encoding_lacks_them(encoding: str, bar: str, ellipsis: str) -> None:
    stream = Stream(encoding)
    assert (glyph("█", stream), glyph("…", stream)) == (bar, ellipsis)  # type: ignore[arg-type]
