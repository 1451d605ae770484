"""Spreadsheets on disk: the rows `export` writes, and `import` from a CSV or JSON file.

An import fingerprints (and copies) every evidence file before the ledger lock
is taken, as `add` does; under the lock the plan is made again against the
ledger of that moment with those fingerprints, so a concurrent change is
respected and no file is read twice.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..domain.kinds import catalogue
from ..domain.models import Activity, ActivityState, Evidence
from ..domain.rules import MAX_IMPORT_BYTES
from ..domain.spreadsheet.export import located
from ..domain.spreadsheet.importing import ImportPlan, plan_import
from ..domain.spreadsheet.reading import read_table
from ..domain.window import states_on
from ..storage.evidence_files import evidence_location, inspect_evidence, keep_copy
from ..storage.ledger import store as ledger_store
from ..storage.paths import Paths
from ..storage.regular_files import read_regular_file


def export_rows(paths: Paths, as_of: date) -> list[tuple[Activity, ActivityState]]:
    """Every activity with its state on `as_of`, evidence paths made absolute."""
    return [
        (located(a, lambda p: str(evidence_location(p, paths.data_dir))), state)
        for a, state in states_on(ledger_store.load(paths).ledger, as_of)
    ]


def import_csv(paths: Paths, file: str, *, dry_run: bool) -> ImportPlan:
    """Add every row of the CSV or JSON file, or none; a dry run only checks and plans."""
    source = Path(file).expanduser()
    table = read_table(read_regular_file(source, MAX_IMPORT_BYTES, "import"), file)
    base_dir = source.absolute().parent  # relative evidence paths are relative to the file
    snapshot = ledger_store.load(paths)
    copy = snapshot.settings.copy_evidence and not dry_run
    known: dict[str, Evidence] = {}

    def inspect(files: list[str]) -> tuple[Evidence, ...]:
        for path in files:
            if path not in known:
                known[path] = inspect_evidence(path)
        return tuple(known[path] for path in files)

    kinds = catalogue(snapshot.settings)
    _, plan = plan_import(snapshot.ledger, kinds, table, base_dir, inspect=inspect)
    if dry_run:
        return plan
    if copy:
        # Only the files of rows that will be added; every row has passed by now.
        needed = {e.path for a in plan.added for e in a.evidence}
        for path, evidence in known.items():
            if evidence.path in needed:
                known[path] = keep_copy(evidence, paths.evidence_dir)

    def keep_new(files: list[str]) -> tuple[Evidence, ...]:
        # A row skipped before may be new now (its twin was removed meanwhile).
        fresh = [f for f in files if f not in known]
        inspect(fresh)
        if copy:
            for path in fresh:
                known[path] = keep_copy(known[path], paths.evidence_dir)
        return tuple(known[path] for path in files)

    def change(current):
        return plan_import(current.ledger, catalogue(current.settings), table, base_dir, inspect=keep_new)

    return ledger_store.modify(paths, change)
