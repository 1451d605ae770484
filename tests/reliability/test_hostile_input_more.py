"""Hostile input, case by case (issue 9): each gives a clear message, exit 1,
changes nothing and never shows a traceback, in bounded time and memory.

The fuzzing of tests/reliability/test_hostile_input.py found none of these:
each needs one precise shape (a FIFO, a 12,000-part key, a bogus XML
encoding, a lone surrogate, a formula in a title).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from onepoints_cli.domain.bundle_contents import summary_csv
from onepoints_cli.domain.bundle_selection import Selection
from onepoints_cli.domain.rules import MAX_DATA_FILE_BYTES, MAX_KEY_PARTS
from tests.support.builders import activity, cert

from .conftest import FIGURES, Runner


def _files(home: Path) -> dict[str, bytes]:
    """Every file of the data folder (the history's too) but the (empty) lock file a write takes."""
    if not home.exists():
        return {}
    return {
        str(p.relative_to(home)): p.read_bytes()
        for p in home.rglob("*")
        if p.is_file() and p.name != "ledger.lock"
    }


def _refused(outcome, *words: str) -> None:
    outcome.assert_clean(allowed=(1,))
    for word in words:
        assert word in outcome.stderr, (word, outcome.stderr)
    FIGURES["hostile: named cases refused cleanly"] += 1


# --- TOML: sizes and pathological keys --------------------------------------------------


@pytest.mark.parametrize("name", ["ledger.toml", "config.toml"])
@pytest.mark.parametrize(
    "text",
    [
        ".".join(["a"] * 12_000) + " = 1\n",
        "[" + ".".join(["a"] * 12_000) + "]\nb = 1\n",
        "x = {" + ".".join(["a"] * 12_000) + " = 1}\n",
        "".join(f"k{i}." for i in range(50_000)) + "z = 1\n",  # ~400 KB: once a MemoryError
    ],
    ids=["dotted", "header", "inline", "100kb"],
)
def test_a_key_with_thousands_of_parts_is_refused_before_parsing(
    run: Runner, onepoints_home: Path, name: str, text: str
):
    onepoints_home.mkdir()
    (onepoints_home / name).write_text(text)
    before = _files(onepoints_home)
    for command in (["status"], ["add", "x", "--date", "2025-01-01", "--kind", "course", "--points", "1"]):
        _refused(run(*command), name, f"more than {MAX_KEY_PARTS} parts")
    assert _files(onepoints_home) == before


def test_the_real_keys_are_far_below_the_limit(run: Runner, onepoints_home: Path):
    onepoints_home.mkdir()
    (onepoints_home / "config.toml").write_text(
        'kinds.mentoring.name = "Mentoring"\nkinds.mentoring.points_per_hour = 0.5\n'
        'holder_name = "a, b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i"\n'
    )
    outcome = run("kinds")
    outcome.assert_clean(allowed=(0,))
    assert "Mentoring" in outcome.stdout


@pytest.mark.parametrize("name", ["ledger.toml", "config.toml"])
def test_a_data_file_past_the_size_cap_is_refused(run: Runner, onepoints_home: Path, name: str):
    onepoints_home.mkdir()
    with open(onepoints_home / name, "wb") as out:  # sparse: costs no disk
        out.truncate(MAX_DATA_FILE_BYTES + 1)
    _refused(run("status"), name, "larger than")
    assert (onepoints_home / name).stat().st_size == MAX_DATA_FILE_BYTES + 1


# --- badges -----------------------------------------------------------------------------


def test_an_svg_badge_with_an_unknown_encoding(run: Runner, onepoints_home: Path, tmp_path: Path):
    badge = tmp_path / "badge.svg"
    badge.write_bytes(b'<?xml version="1.0" encoding="x-bogus"?><svg xmlns="http://www.w3.org/2000/svg"/>')
    _refused(run("cert", "import", badge), "badge.svg", "x-bogus")
    assert not onepoints_home.exists()


# --- text that is not valid UTF-8 (lone surrogates from os.fsdecode) ---------------------

SURROGATE = os.fsdecode(b"\xff.pdf")  # '\udcff.pdf'


def test_a_title_that_is_not_valid_text_is_refused(run: Runner, onepoints_home: Path):
    outcome = run("add", f"Splash {SURROGATE}", "--date", "2025-01-01", "--kind", "course", "--points", "1")
    _refused(outcome, "title", "\\udcff")
    assert not (onepoints_home / "ledger.toml").exists()


@pytest.mark.parametrize(
    "command",
    [
        ["cert", "add", f"OneStream Certified {SURROGATE}", "--expires", "2027-01-01"],
        ["add", "ok", "--date", "2025-01-01", "--kind", "course", "--points", "1", "--note", SURROGATE],
    ],
    ids=["cert-name", "note"],
)
def test_other_text_that_is_not_valid_text_is_refused(run: Runner, onepoints_home: Path, command):
    _refused(run(*command), "\\udcff")
    assert not (onepoints_home / "ledger.toml").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="Windows file names are always valid UTF-16")
def test_an_evidence_file_whose_name_is_not_utf8_is_refused_by_name(
    run: Runner, onepoints_home: Path, tmp_path: Path
):
    """Decided: refused, naming the file with the bad byte escaped (a path
    onepoints cannot write to its UTF-8 ledger could not be found again)."""
    folder = tmp_path / "zip"
    folder.mkdir()
    raw = os.path.join(os.fsencode(folder), b"\xff.pdf")
    with open(raw, "wb") as out:
        out.write(b"%PDF-1.4 certificate")
    path = os.fsdecode(raw)
    run("add", "Talk", "--date", "2025-01-01", "--kind", "course", "--points", "1").assert_clean((0,))
    before = _files(onepoints_home)
    for command in (
        ["attach", "1", path],
        ["add", "Talk 2", "--date", "2025-01-01", "--kind", "course", "--points", "1", "--evidence", path],
    ):
        outcome = run(*command)
        _refused(outcome, "\\udcff.pdf", "rename")
    assert _files(onepoints_home) == before


# --- the bundle's summary.csv -------------------------------------------------------------


@pytest.mark.parametrize("title", ['=HYPERLINK("http://x","click")', "+1+1", "@SUM(A1)", "-2+3"])
def test_summary_csv_cells_cannot_run_as_formulas(title: str):
    act = activity(3)._replace(title=title, hours=Decimal(2))
    selection = Selection(cert(), dt.date(2025, 6, 1), (act,))
    data = summary_csv(selection, {3: ["=evil.pdf"]})
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[1][3] == "'" + title
    assert rows[1][6] == "'=evil.pdf"


# --- `import`: what is read, and how long 50,000 rows take -----------------------------


def _hostile_import_source(kind: str, tmp_path: Path) -> Path:
    if kind == "fifo":
        path = tmp_path / "rows.csv"
        os.mkfifo(path)  # nobody writes to it: reading it would block for ever
        return path
    if kind == "dev-zero":
        return Path("/dev/zero")
    if kind == "100mb":
        path = tmp_path / "rows.csv"
        with open(path, "wb") as out:
            out.truncate(100 * 1024 * 1024)  # sparse: costs no disk
        return path
    return tmp_path  # a folder


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not Path("/dev/zero").exists(), reason="POSIX only")
@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("fifo", "not a regular file"),
        ("dev-zero", "not a regular file"),
        ("100mb", "larger than 32 MB"),
        ("folder", "is a folder"),
    ],
)
@pytest.mark.parametrize("dry_run", [False, True])
def test_import_reads_only_a_regular_file_of_a_sane_size(
    run: Runner, onepoints_home: Path, tmp_path: Path, kind: str, message: str, dry_run: bool
):
    source = _hostile_import_source(kind, tmp_path)
    outcome = run("import", source, *(["--dry-run"] if dry_run else []))
    _refused(outcome, str(source), message)
    assert _files(onepoints_home) == {}


def test_import_of_a_missing_file(run: Runner, onepoints_home: Path, tmp_path: Path):
    _refused(run("import", tmp_path / "nothing.csv"), "not found", "nothing.csv")
