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


class FakeKernel32:
    """The two console calls, as a Windows 10 console (or an old one, or a pipe) answers them."""

    def __init__(self, mode: int | None, settable: bool) -> None:
        self.mode, self.settable = mode, settable
        self.set_to: int | None = None

    def GetConsoleMode(self, handle: int, mode_ref) -> bool:  # noqa: N802 (the Windows name)
        if self.mode is None:
            return False  # not a console: a pipe, or mintty
        mode_ref._obj.value = self.mode
        return True

    def SetConsoleMode(self, handle: int, mode: int) -> bool:  # noqa: N802
        self.set_to = mode
        return self.settable


@pytest.mark.parametrize(
    ("mode", "settable", "on", "set_to"),
    [
        (0x0003, True, True, 0x0007),  # Windows 10 console: processing turned on, other bits kept
        (0x0007, True, True, None),  # already on (Windows Terminal): nothing set
        (0x0003, False, False, 0x0007),  # before Windows 10: cannot be turned on, so no colour
        (None, True, False, None),  # not a console at all
    ],
)
def test_virtual_terminal_processing_on_windows_emulated(monkeypatch, mode, settable, on, set_to) -> None:
    """The ctypes calls of render/console.py with Windows' modules faked (this runs on Linux)."""
    import ctypes
    import io
    import sys
    import types

    from onepoints_cli.render import console

    kernel = FakeKernel32(mode, settable)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setitem(sys.modules, "msvcrt", types.SimpleNamespace(get_osfhandle=lambda fd: 1234))
    monkeypatch.setattr(ctypes, "WinDLL", lambda name, use_last_error: kernel, raising=False)
    stream = io.TextIOWrapper(io.BytesIO())
    monkeypatch.setattr(stream, "fileno", lambda: 1)
    assert console._enable_vt(stream) is on
    assert kernel.set_to == set_to
