"""The merge use case: what it reads, what it refuses, what it leaves."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from onepoints_cli.app import merge as use_case
from onepoints_cli.domain.ledger.problems import ChangedDuringMerge
from onepoints_cli.domain.models import Ledger
from onepoints_cli.storage.ledger import store as ledger_store
from onepoints_cli.storage.ledger.codec import ledger_bytes_for
from onepoints_cli.storage.merge_files import move_aside, saved_versions
from onepoints_cli.storage.paths import Paths
from tests.support.builders import activity, cert


def _write(paths: Paths, ledger: Ledger) -> None:
    ledger_store.modify(
        paths, lambda snapshot: (ledger, None), ledger_store.Record("2026-12-06T10:00:00+00:00", "test")
    )


@pytest.fixture
def parted(home_paths: Paths) -> Path:
    """A shared version (2, after the history's start), then one activity more here
    and another one, under the same id, in the copy (written on another computer)."""
    shared = Ledger(next_activity_id=2, certifications=(cert(),), activities=(activity(1),))
    _write(home_paths, shared)
    _write(home_paths, shared._replace(activities=(activity(1), activity(2, points="8")), next_activity_id=3))
    copy = home_paths.data_dir / "ledger (1).toml"
    other = activity(2, points="5")._replace(title="Splash 2025", date=dt.date(2025, 5, 12))
    copy.write_bytes(ledger_bytes_for(shared._replace(activities=(activity(1), other), next_activity_id=3)))
    return copy


def test_the_plan_names_the_shared_version_and_writes_nothing(home_paths: Paths, parted: Path) -> None:
    before = home_paths.ledger.read_bytes()
    planned = use_case.plan(home_paths, parted)
    assert planned.base is not None and planned.base.version == 2 and planned.service == "Google Drive"
    assert [(r.old, r.new) for r in planned.result.renumbered] == [(2, 3)]
    assert home_paths.ledger.read_bytes() == before and parted.exists()


def test_a_change_after_the_plan_was_shown_is_not_overwritten(home_paths: Paths, parted: Path) -> None:
    planned = use_case.plan(home_paths, parted)
    meanwhile = ledger_store.load(home_paths).ledger
    _write(home_paths, meanwhile._replace(certifications=(cert(expires=dt.date(2029, 3, 31)),)))
    before = home_paths.ledger.read_bytes()
    with pytest.raises(ChangedDuringMerge):
        use_case.apply(home_paths, planned, [], "20261206")
    assert home_paths.ledger.read_bytes() == before and parted.exists()


def test_a_version_that_no_longer_reads_is_no_candidate(home_paths: Paths, parted: Path) -> None:
    shared = home_paths.data_dir / "history" / "000002.json"
    shared.write_text(shared.read_text().replace("next_activity_id", "next_activity_idd"))
    versions = [s.entry.version for s in saved_versions(home_paths, home_paths.ledger.read_bytes())]
    assert versions == [1, 3]
    assert (
        use_case.plan(home_paths, parted).base is None or use_case.plan(home_paths, parted).base.version == 1
    )


def test_moving_aside_never_replaces_a_file(tmp_path: Path) -> None:
    copy = tmp_path / "ledger 2.toml"
    copy.write_text("theirs")
    (tmp_path / "ledger 2.toml.merged-20261206").write_text("older")
    (tmp_path / "ledger 2.toml.merged-20261206-2").write_text("older still")
    kept = move_aside(copy, "20261206")
    assert kept == tmp_path / "ledger 2.toml.merged-20261206-3" and kept.read_text() == "theirs"
    assert (tmp_path / "ledger 2.toml.merged-20261206").read_text() == "older"
