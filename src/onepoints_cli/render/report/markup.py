"""The small pieces every page is made of: escaped text, file links, the page's frame."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from datetime import date
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import quote

from ..messages import printable

#: Nothing is fetched, nothing runs: styles only inline, images only as data: URIs.
CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

_WINDOWS_PATH = re.compile(r"^(?:[A-Za-z]:[\\/]|\\\\)")


def esc(text: object) -> str:
    """User text shown as text: HTML-escaped (quotes too, for attributes), and control or
    bidi characters written out as on the terminal, so a title cannot reorder a line."""
    return html.escape(printable(str(text)), quote=True)


def file_uri(path: str) -> str:
    """A `file:` URI for an absolute path, percent-encoded (spaces, #, %, non-ASCII).

    A Windows path (C:\\... or \\\\server\\share) is read as one on any system: a
    ledger written on Windows keeps its paths."""
    if _WINDOWS_PATH.match(path):
        return PureWindowsPath(path).as_uri()
    posix = PurePosixPath(path)
    return posix.as_uri() if posix.is_absolute() else relative_href(path)


def relative_href(arcname: str) -> str:
    """A link to a member of an extracted zip, relative to the page beside it."""
    return quote(arcname, safe="/")


def day(value: date) -> str:
    """A date that never breaks across lines."""
    return f'<span class="day">{value}</span>'


def cells(values: Iterable[str], tag: str = "td") -> str:
    """Table cells of already-escaped markup."""
    return "".join(f"<{tag}>{v}</{tag}>" for v in values)


def page(title: str, stylesheet: str, body: str) -> str:
    """A whole document: no script, no external file, the policy says so to the browser."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light dark">\n'
        f"<title>{esc(title)}</title>\n<style>\n{stylesheet}</style>\n</head>\n"
        f"<body>\n{body}</body>\n</html>\n"
    )
