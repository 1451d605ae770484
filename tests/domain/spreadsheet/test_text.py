"""domain/spreadsheet/text.py: a file's bytes as text, in the encodings Excel saves a CSV in."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onepoints_cli.domain.spreadsheet.problems import NotDecodable, NotText
from onepoints_cli.domain.spreadsheet.text import decoded

TEXT = "date,title\n2026-01-05,Día café €\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),  # Excel's "CSV UTF-8"
        (TEXT.encode("utf-16"), "utf-16"),  # "Unicode Text", with its byte order mark
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("cp1252"), "cp1252"),  # "CSV (Comma delimited)" in Western Europe
    ],
)
def test_each_encoding_excel_saves_is_read(data, encoding):
    assert decoded(data, "a.csv") == (TEXT, encoding)


def test_plain_ascii_is_utf8():
    assert decoded(b"date,title\n", "a.csv") == ("date,title\n", "utf-8")


@pytest.mark.parametrize(
    ("start", "what"),
    [
        (b"PK\x03\x04", "xlsx"),
        (b"\xd0\xcf\x11\xe0", "xls"),
        (b"%PDF-1.7", "pdf"),
    ],
)
def test_files_that_are_plainly_not_text_are_named(start, what):
    with pytest.raises(NotText) as error:
        decoded(start + b"rest of the file", "a.csv")
    assert error.value == NotText("a.csv", what)


def test_nul_bytes_without_a_utf16_mark_are_not_text():
    with pytest.raises(NotText) as error:
        decoded("date".encode("utf-16-le"), "a.csv")
    assert error.value.found == "binary"


def test_a_utf8_mark_with_invalid_bytes_is_refused_with_the_byte():
    with pytest.raises(NotDecodable) as error:
        decoded(codecs.BOM_UTF8 + b"ab\xff", "a.csv")
    assert error.value == NotDecodable("a.csv", "utf-8-sig", 2)


def test_bytes_neither_utf8_nor_cp1252_are_refused():
    # 0x81 is one of the five bytes Windows-1252 leaves undefined.
    with pytest.raises(NotDecodable) as error:
        decoded(b"a\x81", "a.csv")
    assert error.value == NotDecodable("a.csv", "cp1252", 1)


@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")))
def test_utf8_text_reads_back_unchanged(text):
    data = text.encode("utf-8")
    if data.startswith((b"PK\x03\x04", b"%PDF", b"\xd0\xcf\x11\xe0")) or data.startswith(
        (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    ):
        return
    assert decoded(data, "a.csv") == (text, "utf-8")
