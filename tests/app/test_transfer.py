"""app/transfer.py: the rows `export` writes, and `import` from a file on disk."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from onepoints_cli.app.transfer import export_rows, import_csv
from onepoints_cli.domain.models import Evidence, Ledger
from onepoints_cli.storage.ledger import store
from tests.support.builders import SHA, activity
from tests.support.worded import refused


def _csv(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "acts.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_export_rows_gives_states_on_the_day_and_absolute_paths(home_paths):
    relative = activity(1, day=dt.date(2024, 6, 1))._replace(evidence=(Evidence("docs/1.pdf", 1, SHA),))
    planned = activity(2, day=dt.date(2026, 7, 1))
    store.modify(home_paths, lambda s: (Ledger(activities=(relative, planned), next_activity_id=3), None))
    rows = export_rows(home_paths, dt.date(2026, 6, 1))
    assert [(a.id, state) for a, state in rows] == [(1, "aged_out"), (2, "planned")]
    assert rows[0][0].evidence[0].path == str(home_paths.data_dir / "docs" / "1.pdf")
    assert rows[1][0].evidence[0].path == "/evidence/2.pdf"


@pytest.mark.parametrize(
    ("day", "state"), [(dt.date(2026, 5, 31), "counting"), (dt.date(2026, 6, 1), "aged_out")]
)
def test_export_rows_at_the_day_an_activity_ages_out(home_paths, day, state):
    store.modify(
        home_paths,
        lambda s: (Ledger(activities=(activity(1, day=dt.date(2024, 6, 1)),), next_activity_id=2), None),
    )
    assert export_rows(home_paths, day)[0][1] == state


def test_a_dry_run_plans_and_writes_nothing(home_paths, tmp_path):
    (tmp_path / "in" / "c.pdf").parent.mkdir(parents=True)
    (tmp_path / "in" / "c.pdf").write_bytes(b"cert")
    source = _csv(tmp_path / "in", "date,title,kind,points,evidence\n2026-01-05,Course,course,2,c.pdf\n")
    plan = import_csv(home_paths, str(source), dry_run=True)
    assert [a.title for a in plan.added] == ["Course"]
    assert plan.added[0].evidence[0].path == str(tmp_path / "in" / "c.pdf")  # relative to the CSV's folder
    assert not home_paths.data_dir.exists()


def test_an_import_adds_every_row_with_fingerprints_and_skips_twins(home_paths, tmp_path):
    data = b"certificate"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "c.pdf").write_bytes(data)
    source = _csv(
        tmp_path / "in",
        "date,title,kind,points,evidence\n2026-01-05,Course,course,2,c.pdf\n2026-01-06,Talk,tech-talk,1,c.pdf\n",
    )
    plan = import_csv(home_paths, str(source), dry_run=False)
    assert [a.id for a in plan.added] == [1, 2]
    expected = Evidence(str(tmp_path / "in" / "c.pdf"), len(data), hashlib.sha256(data).hexdigest())
    assert all(a.evidence == (expected,) for a in plan.added)
    assert store.load(home_paths).ledger.activities == plan.added
    again = import_csv(home_paths, str(source), dry_run=False)
    assert (again.added, again.skipped) == ((), (2, 3))


def test_copy_evidence_keeps_only_the_files_of_added_rows(home_paths, tmp_path):
    home_paths.config_dir.mkdir(parents=True, exist_ok=True)
    home_paths.config.write_text("copy_evidence = true\n")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "c.pdf").write_bytes(b"certificate")
    source = _csv(tmp_path / "in", "date,title,kind,points,evidence\n2026-01-05,Course,course,2,c.pdf\n")
    plan = import_csv(home_paths, str(source), dry_run=False)
    kept = Path(plan.added[0].evidence[0].path)
    assert kept.is_relative_to(home_paths.evidence_dir) and kept.read_bytes() == b"certificate"


def test_a_bad_row_imports_nothing(home_paths, tmp_path):
    source = _csv(
        tmp_path,
        "date,title,kind,points,evidence\n2026-01-05,A,course,2,\n2026-01-06,B,course,2,missing.pdf\n",
    )
    with refused("Nothing was imported: 1 row of .* has problems"):
        import_csv(home_paths, str(source), dry_run=False)
    assert not home_paths.ledger.exists()


def test_a_missing_or_oversized_file_is_refused(home_paths, tmp_path, monkeypatch):
    with refused("File to import not found"):
        import_csv(home_paths, str(tmp_path / "nope.csv"), dry_run=True)
    monkeypatch.setattr("onepoints_cli.app.transfer.MAX_IMPORT_BYTES", 10)
    source = _csv(tmp_path, "date,title,kind,points\n")
    with refused("far more than a file to import"):
        import_csv(home_paths, str(source), dry_run=True)
