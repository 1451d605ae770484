"""app/evidence_search.py: each evidence record's state, and moved files found again."""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from decimal import Decimal
from pathlib import Path

from onepoints_cli.app.evidence_search import file_states, record_moves
from onepoints_cli.domain.file_problems import RecordCheck
from onepoints_cli.domain.models import Bundle, Evidence, Extension, Ledger, Settings
from onepoints_cli.storage.ledger.store import Snapshot
from tests.support.builders import activity

DAY = dt.date(2026, 1, 1)


def _record(path: Path, data: bytes) -> Evidence:
    return Evidence(str(path), len(data), hashlib.sha256(data).hexdigest())


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _ledger(*evidence_lists, **fields) -> Ledger:
    acts = tuple(activity(n)._replace(evidence=tuple(ev)) for n, ev in enumerate(evidence_lists, 1))
    return Ledger(activities=acts, next_activity_id=len(acts) + 1, **fields)


def test_ok_changed_unreadable_and_missing_are_told_apart(tmp_path):
    ok = _record(_write(tmp_path / "ok.pdf", b"ok"), b"ok")
    changed = _record(_write(tmp_path / "changed.pdf", b"new!"), b"old")
    folder = tmp_path / "folder"
    folder.mkdir()
    unreadable = Evidence(str(folder), 3, "0" * 64)
    missing = _record(tmp_path / "gone.pdf", b"gone")
    report = file_states(_ledger([ok, changed], [unreadable, missing]), None)
    assert [(s.activity, s.number, s.state) for s in report.states] == [
        (1, 1, "ok"),
        (1, 2, "changed"),
        (2, 1, "unreadable"),
        (2, 2, "missing"),
    ]
    assert report.states[1].problem == RecordCheck("size_changed", recorded=3, now=4)
    assert [s.state for s in report.problems] == ["changed", "unreadable", "missing"]
    assert report.failures == report.problems
    assert report.moves == {}
    assert (report.files_seen, report.files_hashed) == (0, 0)  # no roots: nothing searched


def test_only_the_chosen_activities_are_checked(tmp_path):
    missing = _record(tmp_path / "gone.pdf", b"gone")
    report = file_states(_ledger([missing], [missing]), [2])
    assert [s.activity for s in report.states] == [2]


def test_a_moved_file_is_found_by_content_and_its_recorded_name_comes_first(tmp_path):
    data = b"certificate"
    record = _record(tmp_path / "Downloads" / "cert.pdf", data)
    renamed = _write(tmp_path / "Documents" / "a-copy.pdf", data)
    moved = _write(tmp_path / "Documents" / "z" / "cert.pdf", data)
    _write(tmp_path / "Documents" / "same-size.pdf", b"CERTIFICATE")
    report = file_states(_ledger([record]), None, [str(tmp_path / "Documents")])
    (state,) = report.states
    assert state.state == "moved"
    assert state.found_at == (str(moved), str(renamed))
    assert report.moves == {(1, record.path, record.sha256): str(moved)}
    assert report.files_seen == 3 and report.files_hashed == 3


def test_a_missing_file_recorded_intact_on_another_path_is_moved_there(tmp_path):
    data = b"certificate"
    there = _record(_write(tmp_path / "kept" / "cert.pdf", data), data)
    lost = _record(tmp_path / "old" / "cert.pdf", data)
    report = file_states(_ledger([lost], [there]), None)
    assert report.states[0].state == "moved"
    assert report.states[0].found_at == (there.path,)


def test_a_lost_file_of_a_used_activity_is_a_warning_not_a_failure(tmp_path):
    lost = _record(tmp_path / "gone.pdf", b"gone")
    ext = Extension(1, "oca", DAY, DAY, DAY.replace(year=2028), (1,), bundle=None)
    report = file_states(_ledger([lost], extensions=(ext,)), None)
    (state,) = report.states
    assert (state.state, state.used) == ("missing", True)
    assert report.failures == [] and report.used_missing == [state]


def test_a_lost_file_kept_in_the_accepted_bundles_zip_is_kept(tmp_path):
    data = b"submitted certificate"
    lost = _record(tmp_path / "gone.pdf", data)
    other = _record(tmp_path / "other.pdf", b"never zipped")
    zip_path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(zip_path, "w") as archive:
        archive.writestr("evidence/1/cert.pdf", data)
    bundle = Bundle(7, "oca", DAY, DAY, (1,), Decimal(40), str(zip_path), "0" * 64)
    ext = Extension(1, "oca", DAY, DAY, DAY.replace(year=2028), (1,), bundle=7)
    report = file_states(_ledger([lost, other], bundles=(bundle,), extensions=(ext,)), None)
    assert [(s.state, s.kept_in) for s in report.states] == [("kept", 7), ("missing", None)]
    assert report.kept == [report.states[0]]
    assert report.problems == [report.states[1]]
    zip_path.unlink()  # the zip gone: no longer kept
    assert (
        file_states(_ledger([lost], bundles=(bundle,), extensions=(ext,)), None).states[0].state == "missing"
    )


def test_record_moves_rewrites_the_paths_in_one_change(tmp_path):
    data = b"certificate"
    record = _record(tmp_path / "old.pdf", data)
    new = _write(tmp_path / "new" / "old.pdf", data)
    ledger = _ledger([record])
    report = file_states(ledger, None, [str(tmp_path / "new")])
    moved, count = record_moves(Snapshot(ledger, Settings()), report.moves)
    assert count == 1
    assert moved.activities[0].evidence == (record._replace(path=str(new)),)
    assert file_states(moved, None).problems == []
