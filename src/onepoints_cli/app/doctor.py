"""The checks `doctor` makes: the ledger reads, and every evidence file is as recorded."""

from __future__ import annotations

from ..storage import ledger_store
from ..storage.evidence_files import evidence_problems
from ..storage.paths import Paths


def check_evidence(paths: Paths) -> tuple[list[tuple[int, str, str]], int]:
    """(activity id, path, problem) for each missing or changed file, and how many were checked.

    A ledger that does not read raises OnePointsError, as every command does.
    """
    activities = ledger_store.load(paths).ledger.activities
    checked = sum(len(a.evidence) for a in activities)
    return evidence_problems(activities, paths.data_dir), checked
