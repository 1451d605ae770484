"""app/evidence_records.py: naming an evidence record by its number or its path, then detach or replace."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from onepoints_cli.app import evidence_records as er
from onepoints_cli.domain.ledger.problems import (
    ActivityUsed,
    EvidenceNumberTooLong,
    NoEvidenceFile,
    NoEvidenceNumber,
)
from onepoints_cli.domain.models import Evidence, Extension, Ledger, Settings
from onepoints_cli.render.problems import word
from onepoints_cli.storage.ledger.store import Snapshot
from tests.support.builders import SHA, activity

FILES = (Evidence("/docs/a.pdf", 1, SHA), Evidence("rel/b.pdf", 2, SHA), Evidence("/docs/2", 3, SHA))


def _activity():
    return activity(4)._replace(evidence=FILES)


@pytest.mark.parametrize(
    ("which", "number"), [("1", 1), ("3", 3), ("003", 3), ("/docs/a.pdf", 1), ("./2", None)]
)
def test_record_number_by_number_or_path(which, number, monkeypatch):
    monkeypatch.chdir("/")
    if number is None:  # ./2 from / is /2, not /docs/2
        with pytest.raises(NoEvidenceFile) as refused:
            er.record_number(_activity(), which)
        assert refused.value == NoEvidenceFile(4, "./2")
    else:
        assert er.record_number(_activity(), which) == number


def test_a_relative_path_matches_as_written_or_made_absolute(monkeypatch, onepoints_home, tmp_path):
    assert er.record_number(_activity(), "rel/b.pdf") == 2  # as written
    assert er.record_number(_activity(), str(onepoints_home / "rel" / "b.pdf")) == 2  # where it is
    here = activity(5)._replace(evidence=(Evidence(str(tmp_path / "c.pdf"), 1, SHA),))
    monkeypatch.chdir(tmp_path)
    assert er.record_number(here, "c.pdf") == 1  # typed relative to the current folder


def test_a_number_too_long_to_be_a_files_number_is_refused_in_words():
    # A number is returned as is (the range is checked by the edit); only absurd lengths are refused here.
    assert er.record_number(_activity(), "999999999") == 999999999
    digits = "123456789012" + "0" * 4988
    with pytest.raises(EvidenceNumberTooLong) as refused:
        er.record_number(_activity(), "000" + digits)
    assert refused.value == EvidenceNumberTooLong(4, 3, digits)
    assert word(refused.value) == (
        "Activity 4 has 3 evidence files, so there is no file number 123456789012... (5000 digits);"
        " see `onepoints evidence list 4`."
    )


def test_detach_names_the_extensions_that_keep_the_record():
    day = dt.date(2026, 1, 1)
    ext = Extension(9, "oca", day, day, day, (4,))
    snapshot = Snapshot(Ledger(activities=(_activity(),), extensions=(ext,)), Settings())
    ledger, (number, gone, keeping) = er.detach(snapshot, 4, "/docs/a.pdf")
    assert (number, gone, keeping) == (1, FILES[0], (9,))
    assert ledger.activities[0].evidence == FILES[1:]
    assert ledger.extensions[0].detached_sha256 == (SHA,)


def test_replace_reads_the_new_file_only_after_the_checks(tmp_path):
    day = dt.date(2026, 1, 1)
    used = Snapshot(
        Ledger(activities=(_activity(),), extensions=(Extension(1, "oca", day, day, day, (4,)),)), Settings()
    )
    with pytest.raises(ActivityUsed):
        er.replace(used, 4, "1", str(tmp_path / "does-not-exist.pdf"), None, tmp_path / "store")
    free = Snapshot(Ledger(activities=(_activity(),)), Settings())
    with pytest.raises(NoEvidenceNumber, match="number=7"):
        er.replace(free, 4, "7", str(tmp_path / "does-not-exist.pdf"), None, tmp_path / "store")


def test_replace_fingerprints_and_optionally_copies_the_new_file(evidence_file, tmp_path):
    new = evidence_file("fixed.pdf", b"corrected certificate")
    record = Evidence(
        str(new), len(b"corrected certificate"), hashlib.sha256(b"corrected certificate").hexdigest()
    )
    snapshot = Snapshot(Ledger(activities=(_activity(),)), Settings())
    ledger, (number, old, got) = er.replace(snapshot, 4, "2", str(new), False, tmp_path / "store")
    assert (number, old, got) == (2, FILES[1], record)
    assert ledger.activities[0].evidence == (FILES[0], record, FILES[2])
    copying = Snapshot(Ledger(activities=(_activity(),)), Settings(copy_evidence=True))
    _, (_, _, kept) = er.replace(copying, 4, "2", str(new), None, tmp_path / "store")
    assert kept.path == str(tmp_path / "store" / record.sha256 / "fixed.pdf")
