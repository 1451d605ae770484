"""The two output streams, set up once at the start: they never crash on a character,
and colour follows the common conventions.

Windows redirections (`> out.txt`), PowerShell 5.1 pipes and Git Bash write in the
ANSI code page (cp1252, cp437), where a title's ✓ or 日本語 cannot be encoded: every
character the stream's encoding cannot hold is written as `?` (user text), and
the program's own glyphs (the bar's █, the ellipsis …) fall back to ASCII.

Colour (the conventions of no-color.org, force-color.org and bixense.com/clicolors):
NO_COLOR (any non-empty value) turns it off, and wins; FORCE_COLOR (any non-empty
value) or CLICOLOR_FORCE (other than 0) turns it on even on a pipe; otherwise a
terminal gets colour unless TERM is `dumb` or CLICOLOR is 0. On Windows a console
shows escape codes only once virtual-terminal processing is on: it is turned on
for the console, and where it cannot be (an old console) no colour is written.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from typing import TextIO

#: Glyphs the program draws, each with the ASCII written where the encoding lacks it.
_GLYPHS = {"█": "#", "░": "-", "…": "...", "✓": "v", "→": "->", "—": "-", "–": "-"}


def prepare() -> None:
    """Called once by the CLI's entry point, before anything is written."""
    for stream in (sys.stdout, sys.stderr):
        _replace_unencodable(stream)


def _replace_unencodable(stream: TextIO | None) -> None:
    # None: pythonw on Windows has no console streams at all. stderr's default,
    # backslashreplace, would show a title's ✓ as \u2713, like an escaped control.
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="replace")


def encodes(text: str, stream: TextIO | None = None) -> bool:
    """Whether `stream` (stdout by default) can write `text` as it is."""
    encoding = getattr(stream or sys.stdout, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def glyph(char: str, stream: TextIO | None = None) -> str:
    """One of the program's own glyphs, or its ASCII stand-in where `stream` cannot write it."""
    return char if encodes(char, stream) else _GLYPHS.get(char, "?")


def is_utf(stream: TextIO | None = None) -> bool:
    """Whether `stream` (stdout by default) writes UTF-8 (JSON then keeps its characters)."""
    encoding = (getattr(stream or sys.stdout, "encoding", None) or "").lower().replace("_", "-")
    return encoding in {"utf-8", "utf8", "utf-8-sig", "utf-16", "utf-32"}


def wants_colour(
    is_terminal: bool, environ: Mapping[str, str], platform: str, enable_vt: Callable[[], bool]
) -> bool:
    """The colour decision, for one stream. `platform` is sys.platform; `enable_vt`
    turns on virtual-terminal processing for the Windows console (True when it is on)."""
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR") or environ.get("CLICOLOR_FORCE", "0") != "0":
        if is_terminal and platform == "win32":
            enable_vt()  # forced: the codes are written even where the console cannot show them
        return True
    if not is_terminal or environ.get("TERM") == "dumb" or environ.get("CLICOLOR") == "0":
        return False
    return enable_vt() if platform == "win32" else True


def colour_on(stream: TextIO | None = None, terminal: bool | None = None) -> bool:
    """Whether to colour what is written on `stream` (stdout by default); `terminal`:
    whether it is one, when the caller knows better than isatty."""
    out = stream or sys.stdout
    is_terminal = _isatty(out) if terminal is None else terminal
    return wants_colour(is_terminal, os.environ, sys.platform, lambda: _enable_vt(out))


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no stream, or a closed one
        return False


def _enable_vt(stream: TextIO) -> bool:
    """Turn on ENABLE_VIRTUAL_TERMINAL_PROCESSING for the console `stream` writes to (Windows 10+)."""
    if sys.platform != "win32":
        return True
    import ctypes
    import msvcrt
    from ctypes import wintypes

    enable_virtual_terminal_processing = 0x0004
    try:
        handle = msvcrt.get_osfhandle(stream.fileno())
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        mode = wintypes.DWORD()
        if not kernel32.GetConsoleMode(handle, ctypes.byref(mode)):
            return False  # not a console (mintty's pipe): escape codes would show as text
        if mode.value & enable_virtual_terminal_processing:
            return True
        return bool(kernel32.SetConsoleMode(handle, mode.value | enable_virtual_terminal_processing))
    except (OSError, ValueError, AttributeError):
        return False
