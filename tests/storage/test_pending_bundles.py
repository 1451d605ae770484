"""Markers of bundles being written: a zip a killed `bundle` left complete but unrecorded is found."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from onepoints_cli.domain.models import Bundle, Ledger
from onepoints_cli.storage import pending_bundles
from onepoints_cli.storage.evidence_files import file_sha256


def _bundle(path, sha256: str) -> Bundle:
    day = dt.date(2025, 6, 1)
    return Bundle(1, "oca", day, day, (1,), Decimal(40), str(path), sha256)


def test_a_marked_zip_the_ledger_does_not_record_is_reported_until_cleared(tmp_path):
    data, target = tmp_path / "data", tmp_path / "out" / "oca.zip"
    data.mkdir()
    target.parent.mkdir()
    pending_bundles.mark(data, target)
    assert pending_bundles.unrecorded(data, Ledger()) == []  # no zip yet: nothing to report
    target.write_bytes(b"PK a complete zip")
    assert pending_bundles.unrecorded(data, Ledger()) == [target]
    recorded = Ledger(bundles=(_bundle(target, file_sha256(target)[0]),))
    assert pending_bundles.unrecorded(data, recorded) == []
    pending_bundles.clear(data, target)
    assert pending_bundles.unrecorded(data, Ledger()) == []


def test_reading_markers_creates_nothing_and_a_damaged_marker_is_skipped(tmp_path):
    data = tmp_path / "data"
    assert pending_bundles.unrecorded(data, Ledger()) == []
    assert not data.exists()
    (data / pending_bundles.FOLDER).mkdir(parents=True)
    (data / pending_bundles.FOLDER / "0123456789abcdef.json").write_bytes(b"{not json")
    assert pending_bundles.unrecorded(data, Ledger()) == []
