"""A file's bytes as text, in the encodings Excel saves a CSV in.

"CSV UTF-8" has a byte order mark; "CSV (Comma delimited)" is the ANSI code page,
Windows-1252 in Western Europe and the Americas; "Unicode Text" is UTF-16 with a
byte order mark (and tabs). UTF-8 is tried before Windows-1252: a Windows-1252
file with an accent is almost never valid UTF-8, while the reverse reads as
mojibake without an error.
"""

from __future__ import annotations

import codecs
from typing import Literal

from .problems import NotDecodable, NotText

#: Files that are plainly not text, by their first bytes.
_NOT_TEXT: tuple[tuple[bytes, Literal["xlsx", "xls", "pdf"]], ...] = (
    (b"PK\x03\x04", "xlsx"),  # or another zip file
    (b"\xd0\xcf\x11\xe0", "xls"),
    (b"%PDF", "pdf"),
)


def decoded(data: bytes, source: str) -> tuple[str, str]:
    """(the text, the encoding it was read in: utf-8, utf-16 or cp1252)."""
    for magic, what in _NOT_TEXT:
        if data.startswith(magic):
            raise NotText(source, what)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", source), "utf-16"
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data, "utf-8-sig", source), "utf-8"
    if b"\x00" in data:
        raise NotText(source, "binary")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return _strict(data, "cp1252", source), "cp1252"


def _strict(data: bytes, encoding: Literal["utf-8-sig", "utf-16", "cp1252"], source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise NotDecodable(source, encoding, error.start) from None
