"""A file's bytes as text, in the encodings Excel saves a CSV in.

"CSV UTF-8" has a byte order mark; "CSV (Comma delimited)" is the ANSI code page,
Windows-1252 in Western Europe and the Americas; "Unicode Text" is UTF-16 with a
byte order mark (and tabs). UTF-8 is tried before Windows-1252: a Windows-1252
file with an accent is almost never valid UTF-8, while the reverse reads as
mojibake without an error.
"""

from __future__ import annotations

import codecs

from ...errors import OnePointsError
from .columns import FORMATS

#: Files that are plainly not text, by their first bytes, with what to do instead.
_NOT_TEXT = (
    (
        b"PK\x03\x04",
        "an Excel workbook (.xlsx) or another zip file: in Excel use File > Save As > "
        "'CSV UTF-8 (Comma delimited)'",
    ),
    (
        b"\xd0\xcf\x11\xe0",
        "an old Excel workbook (.xls): in Excel use File > Save As > 'CSV UTF-8 (Comma delimited)'",
    ),
    (b"%PDF", "a PDF: `onepoints add --from FILE` reads a certificate"),
)


def decoded(data: bytes, source: str) -> tuple[str, str]:
    """(the text, the encoding it was read in: utf-8, utf-16 or cp1252)."""
    for magic, what in _NOT_TEXT:
        if data.startswith(magic):
            raise OnePointsError(f"{source} is {what}. `onepoints import` reads {FORMATS}.")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", source), "utf-16"
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data, "utf-8-sig", source), "utf-8"
    if b"\x00" in data:
        raise OnePointsError(
            f"{source} is not a text file (it holds NUL bytes). `onepoints import` reads {FORMATS}."
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return _strict(data, "cp1252", source), "cp1252"


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        said = {
            "utf-8-sig": "UTF-8 (it starts with UTF-8's byte order mark)",
            "utf-16": "UTF-16",
            "cp1252": "UTF-8 or Windows-1252",
        }[encoding]
        raise OnePointsError(
            f"{source} is not {said} text (byte {error.start}). `onepoints import` reads {FORMATS}; "
            "in Excel save it as 'CSV UTF-8 (Comma delimited)'."
        ) from None
