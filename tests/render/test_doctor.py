"""render/doctor.py: what `doctor` found, as lines or as JSON."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from onepoints_cli.app.evidence_search import FileState, SearchReport
from onepoints_cli.domain.models import Evidence, Extension, Ledger
from onepoints_cli.render import doctor

SHA = "0" * 64


def _state(
    activity: int, number: int, path: str, state: str, used=False, kept_in=None, found=()
) -> FileState:
    return FileState(activity, number, Evidence(path, 3, SHA), state, None, found, used, kept_in)


@pytest.fixture(autouse=True)
def _no_colour(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.mark.parametrize(
    ("checked", "head"),
    [(1, "Checked the ledger and 1 evidence file."), (0, "Checked the ledger and 0 evidence files.")],
)
def test_nothing_wrong_says_so(capsys, checked, head):
    doctor.print_doctor([], checked)
    out, err = capsys.readouterr()
    assert out == f"{head}\nEverything is in order.\n"
    assert err == ""


def test_problems_are_listed_with_hints_and_paths_made_printable(capsys):
    problems = [(1, "/a\x1b[2J.pdf", "missing"), (2, "/b.pdf", "content changed (sha256 differs)")]
    doctor.print_doctor(problems, 5, hints=["HINT"], conflicts=["CONFLICT"])
    assert capsys.readouterr().out.splitlines() == [
        "Checked the ledger and 5 evidence files.",
        "2 problems:",
        "  - activity 1: /a\\x1b[2J.pdf: missing",
        "  - activity 2: /b.pdf: content changed (sha256 differs)",
        "HINT",
        "CONFLICT",
    ]


def test_a_warning_on_stderr_is_not_everything_in_order(capsys):
    doctor.print_doctor([], 2, warned=True)
    assert capsys.readouterr().out.splitlines() == [
        "Checked the ledger and 2 evidence files.",
        "No problem to fix; read the warning above.",
    ]


def test_conflict_copies_alone_are_not_everything_in_order(capsys):
    doctor.print_doctor([], 2, conflicts=["A conflict copy"])
    assert "Everything is in order." not in capsys.readouterr().out


def test_kept_files_are_listed_after_the_verdict(capsys):
    doctor.print_doctor([], 1, kept=[_state(3, 2, "/gone.pdf", "kept", True, 7)])
    assert capsys.readouterr().out.splitlines()[1:] == [
        "Everything is in order.",
        "Gone from disk, kept in the bundle that was submitted (same sha256; nothing to do):",
        "  - activity 3, file 2: /gone.pdf: kept in bundle 7",
    ]


def test_json_has_stable_keys_and_the_search_only_when_searched(capsys):
    states = [
        _state(1, 1, "/k.pdf", "kept", True, 4),
        _state(2, 1, "/lost.pdf", "missing", True),
        _state(3, 1, "/m.pdf", "moved", found=("/new/m.pdf",)),
    ]
    report = SearchReport(states, ["Skipped /x: Permission denied."], 10, 2)
    doctor.emit_doctor_json(
        [(3, "/m.pdf", "missing")], 3, report, False, conflict_copies=[{"name": "n", "service": "s"}]
    )
    data = json.loads(capsys.readouterr().out)
    assert data == {
        "files_checked": 3,
        "problems": [{"activity": 3, "path": "/m.pdf", "problem": "missing"}],
        "kept": [{"activity": 1, "number": 1, "path": "/k.pdf", "bundle": 4}],
        "used_missing": [{"activity": 2, "number": 1, "path": "/lost.pdf"}],
        "conflict_copies": [{"name": "n", "service": "s"}],
    }
    doctor.emit_doctor_json([], 3, report, True, fixed=1)
    searched = json.loads(capsys.readouterr().out)
    assert searched["files_searched"] == 10 and searched["fixed"] == 1
    assert searched["skipped"] == ["Skipped /x: Permission denied."]
    assert [f["activity"] for f in searched["found"]] == [3]


def test_used_file_lost_names_the_extensions_and_both_ways_out():
    day = dt.date(2026, 1, 1)
    exts = tuple(Extension(n, "oca", day, day, day, acts) for n, acts in ((1, (5,)), (2, (6,)), (3, (5, 6))))
    text = doctor.used_file_lost(_state(5, 2, "/lost\u200b.pdf", "missing", True), Ledger(extensions=exts))
    assert text.startswith(
        "Activity 5, file 2: /lost\\u200b.pdf is missing, and no bundle holds it any more."
    )
    assert "Extension 1, 3 was accepted with it" in text
    assert "`onepoints doctor --search DIR --fix`" in text
    assert "`onepoints evidence detach 5 2`" in text
