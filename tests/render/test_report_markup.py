"""render/report/markup.py: escaped text and file: URIs that open the very file."""

from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import unquote, urlparse

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onepoints_cli.render.report.markup import esc, file_uri, relative_href


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("/home/zoë/My files/cert #1 100%.pdf", "file:///home/zo%C3%AB/My%20files/cert%20%231%20100%25.pdf"),
        ("/tmp/a?b.pdf", "file:///tmp/a%3Fb.pdf"),
        (r"C:\Users\Zoë\My #1 100%.pdf", "file:///C:/Users/Zo%C3%AB/My%20%231%20100%25.pdf"),
        ("C:/Users/ada/cert.pdf", "file:///C:/Users/ada/cert.pdf"),
        (r"\\server\share\Team docs\a#b.pdf", "file://server/share/Team%20docs/a%23b.pdf"),
    ],
)
def test_file_uri(path, uri):
    assert file_uri(path) == uri


@pytest.mark.parametrize("windows", [r"D:\OnePoints\évidence\x %41 #.pdf", r"c:\a b\c.pdf"])
def test_windows_uri_names_the_same_path(windows):
    parsed = urlparse(file_uri(windows))
    assert parsed.scheme == "file"
    assert PureWindowsPath(unquote(parsed.path).lstrip("/")) == PureWindowsPath(windows)


_NAME = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="/\x00"), min_size=1, max_size=12
)


@given(st.lists(_NAME, min_size=1, max_size=4))
def test_posix_uri_round_trips(parts):
    path = str(PurePosixPath("/", *parts))
    uri = file_uri(path)
    parsed = urlparse(uri)
    assert (parsed.scheme, parsed.netloc, parsed.query, parsed.fragment) == ("file", "", "", "")
    assert unquote(parsed.path) == path
    assert uri.isascii() and " " not in uri


def test_relative_href_keeps_the_folders_and_encodes_the_rest():
    assert relative_href("evidence/1-2025-05-12-x/cert #1 100%é.pdf") == (
        "evidence/1-2025-05-12-x/cert%20%231%20100%25%C3%A9.pdf"
    )


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ('" onload="x', "&quot; onload=&quot;x"),
        ("it's & more", "it&#x27;s &amp; more"),
        ("evil\u202etxt.exe", "evil\\u202etxt.exe"),  # a bidi override written out, as on the terminal
        ("bell\x07", "bell\\x07"),
    ],
)
def test_esc(text, shown):
    assert esc(text) == shown
