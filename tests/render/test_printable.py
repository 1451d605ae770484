"""User text on a terminal: controls and invisible characters escaped, the rest as written."""

import pytest

from onepoints_cli.render.messages import escape, printable


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Splash 2025: Día 1", "Splash 2025: Día 1"),
        ("clear\x1b[2J", "clear\\x1b[2J"),
        ("csi\x9bm", "csi\\x9bm"),
        ("line\rover", "line\\rover"),
        ("hid\u200bden", "hid\\u200bden"),
        ("cert\u202efdp.exe", "cert\\u202efdp.exe"),
        ("bad\udcffname.pdf", "bad\\udcffname.pdf"),
        ("no-break\xa0space", "no-break\xa0space"),
        ("sep\u2028arated", "sep\\u2028arated"),
    ],
)
def test_printable(text: str, shown: str) -> None:
    assert printable(text) == shown


def test_escape_keeps_the_message_lines() -> None:
    assert escape("first \x07\nsecond\t") == "first \\x07\nsecond\\t"
