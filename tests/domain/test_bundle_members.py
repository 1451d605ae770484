"""Tests for onepoints_cli.domain.bundle_members: safe, unique entry names in the evidence zip."""

from __future__ import annotations

import os
import pathlib
import tempfile
import unicodedata
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onepoints_cli.domain.bundle_members import safe_arcname, slug, unique_arcnames

# --------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (["evidence", "cert.pdf"], "evidence/cert.pdf"),
        (["..", "x"], "_/x"),
        ([".", "..", "..."], "_/_/_"),
        (["/etc/passwd"], "etcpasswd"),
        (["/", "etc", "passwd"], "_/etc/passwd"),
        (["C:\\x"], "C__x"),
        (["a\\b.pdf"], "a_b.pdf"),  # a Linux name with a backslash keeps both halves
        (["C:", "x"], "C_/x"),
        (["a\x00b\x1fc\x7fd\x85e"], "abcde"),
        (["line\nbreak\u2028.txt"], "linebreak.txt"),
        (["cert\u202efdp.exe"], "certfdp.exe"),  # no right-to-left override trick
        (['Re: what? <yes> | "no" *.msg'], "Re_ what_ _yes_ _ _no_ _.msg"),
        (["  padded. . "], "padded"),
        (["con"], "_con"),
        (["NUL.txt"], "_NUL.txt"),
        (["com1.pdf"], "_com1.pdf"),
        (["console.txt"], "console.txt"),
        (["bad\udcffname.pdf"], "bad_name.pdf"),  # undecodable byte from the file system
        (["e\u0301te\u0301.txt"], "été.txt"),  # NFC
        ([""], "_"),
        ([], "_"),
        ([".hidden"], ".hidden"),
    ],
)
def test_safe_arcname_examples(parts, expected):
    assert safe_arcname(parts) == expected


def test_safe_arcname_truncates_long_names_keeping_the_extension():
    name = safe_arcname(["x" * 300 + ".pdf"])
    assert name == "x" * 96 + ".pdf"
    assert safe_arcname(["y" * 300]) == "y" * 100
    # 100 characters could be 400 bytes: most file systems allow 255.
    long_cjk = safe_arcname(["証" * 300 + ".pdf"])
    assert long_cjk.endswith("証.pdf")
    assert len(long_cjk.encode("utf-8")) <= 255
    # A "extension" that is really half the name is not kept whole.
    weird = safe_arcname(["a." + "b" * 300])
    assert len(weird) == 100


_TRICKY = st.sampled_from(
    [
        "..",
        ".",
        "",
        "/",
        "\\",
        "C:",
        "C:\\",
        "//server/share",
        "../../etc/passwd",
        "\x00",
        "con",
        "a\u202e",
        " ",
        "...",
        "x" * 120 + ".pdf",
        "証" * 90,
        "\udcff",
        "~",
        "$HOME",
        "a/../../b",
    ]
)
# Any code point, lone surrogates included (undecodable file names), biased to
# ASCII. Built from integers: st.characters would make hypothesis compute its
# Unicode tables on a fresh checkout, about 1.5 s.
_CHAR = st.one_of(st.integers(0, 0x7F), st.integers(0x80, 0x10FFFF)).map(chr)
_PART = st.one_of(
    _TRICKY,
    st.text(_CHAR, max_size=130),
    st.lists(st.one_of(_TRICKY, st.text(_CHAR, max_size=5)), max_size=5).map("".join),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PART, max_size=4))
def test_safe_arcname_property(parts):
    name = safe_arcname(parts)
    components = name.split("/")
    assert len(components) == max(1, len(parts))
    assert not name.startswith("/")
    assert "\\" not in name and ":" not in name and "\0" not in name
    name.encode("utf-8")  # no lone surrogates
    for c in components:
        assert c not in ("", ".", "..")
        assert c == c.strip() and not c.endswith(".")
        assert len(c) <= 100 and len(c.encode("utf-8")) <= 255
        assert not any(unicodedata.category(ch) == "Cc" for ch in c)
    assert safe_arcname(components) == name  # idempotent

    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp, "root")
        root.mkdir()
        zpath = pathlib.Path(tmp, "t.zip")
        with zipfile.ZipFile(zpath, "w") as zf:
            zf.writestr(name, b"x")
        with zipfile.ZipFile(zpath) as zf:
            zf.extractall(root)
        written = [pathlib.Path(dp, f) for dp, _, fs in os.walk(tmp) for f in fs]
        assert sorted(written) == sorted([zpath, root.joinpath(*components)])
        real_root = os.path.realpath(root)
        extracted = os.path.realpath(root.joinpath(*components))
        assert os.path.commonpath([real_root, extracted]) == real_root


def test_unique_arcnames_numbers_clashes():
    assert unique_arcnames(["a.pdf", "b.pdf", "a.pdf", "a.pdf"]) == [
        "a.pdf",
        "b.pdf",
        "a (2).pdf",
        "a (3).pdf",
    ]


def test_unique_arcnames_ignores_case_and_normalisation():
    names = ["e/Cert.pdf", "e/cert.PDF", "e/CERT.pdf", "e/été.txt", "e/e\u0301te\u0301.txt", "E/cert.pdf"]
    assert unique_arcnames(names) == [
        "e/Cert.pdf",
        "e/cert (2).PDF",
        "e/CERT (3).pdf",
        "e/été.txt",
        "e/e\u0301te\u0301 (2).txt",
        "E/cert (4).pdf",
    ]


def test_unique_arcnames_never_takes_a_name_from_the_input():
    assert unique_arcnames(["a.pdf", "a.pdf", "a (2).pdf"]) == ["a.pdf", "a (3).pdf", "a (2).pdf"]


def test_unique_arcnames_keeps_files_and_folders_apart():
    assert unique_arcnames(["notes", "notes/a.txt"]) == ["notes (2)", "notes/a.txt"]


def test_unique_arcnames_edge_names():
    assert unique_arcnames([".bashrc", ".BASHRC", "noext", "NOEXT"]) == [
        ".bashrc",
        ".BASHRC (2)",
        "noext",
        "NOEXT (2)",
    ]
    long = "x" * 96 + ".pdf"
    renamed = unique_arcnames([long, long])[1]
    assert renamed == "x" * 92 + " (2).pdf" and len(renamed) == 100


@given(
    st.lists(
        st.sampled_from(["a.pdf", "A.pdf", "a (2).pdf", "b", "B", "b (2)", "x/a.pdf", "X/A.PDF"]), max_size=12
    )
)
def test_unique_arcnames_property(names):
    result = unique_arcnames(names)
    assert len(result) == len(names)
    keys = [unicodedata.normalize("NFC", n).casefold() for n in result]
    assert len(set(keys)) == len(keys)
    assert unique_arcnames(names) == result  # deterministic
    assert result[:1] == names[:1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OneStream Certified Architect", "onestream-certified-architect"),
        ("Q3 Close — Día 1!", "q3-close-día-1"),
        ("  --Hello__World--  ", "hello-world"),
        ("Zürich Øresund straße", "zürich-øresund-straße"),
        ("証明書 2025", "証明書-2025"),
        ("हिन्दी परीक्षा", "हिन्दी-परीक्षा"),  # combining vowel signs stay
        ("e\u0301te\u0301", "été"),
        ("", "activity"),
        ("!!!", "activity"),
        ("../../etc/passwd", "etc-passwd"),
    ],
)
def test_slug_examples(text, expected):
    assert slug(text) == expected


def test_slug_length():
    s = slug("word " * 40)
    assert len(s) <= 40 and not s.endswith("-")
    assert slug("abcdef", max_len=3) == "abc"
    assert slug("ab cd", max_len=3) == "ab"
