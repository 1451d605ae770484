"""render/transfer.py: the exported JSON, and what an import did or would do."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from onepoints_cli.domain.spreadsheet.importing import ImportPlan
from onepoints_cli.render import transfer
from tests.support.builders import activity


@pytest.fixture(autouse=True)
def _plain(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")


def _plan(added=(), skipped=(), used=(), encoding="utf-8") -> ImportPlan:
    return ImportPlan(tuple(added), tuple(skipped), tuple(used), encoding)


def test_import_prints_the_new_ids_on_stdout_and_the_summary_on_stderr(capsys):
    transfer.print_import(_plan([activity(5), activity(6)], skipped=[3]), "a.csv", dry_run=False)
    out, err = capsys.readouterr()
    assert out == "5\n6\n"
    assert err == (
        "Imported 2 activities (ids 5-6) from a.csv; skipped 1 row already in the ledger (row 3). "
        "`onepoints undo` takes the import back.\n"
    )


def test_one_imported_activity_is_named_by_its_id(capsys):
    transfer.print_import(_plan([activity(5)]), "a.csv", dry_run=False)
    assert capsys.readouterr().err.startswith("Imported 1 activity (id 5) from a.csv.")


def test_a_dry_run_shows_a_table_and_writes_nothing(capsys):
    added = [activity(5)._replace(title="Close\x1b[2J"), activity(6, points="2.50", evidence=False)]
    transfer.print_import(_plan(added, skipped=[2, 3]), "a.csv", dry_run=True)
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "id  date        kind    points  files  title",
        "5   2025-01-01  course  1       1      Close\\x1b[2J",
        "6   2025-01-01  course  2.5     0      Activity 6",
    ]
    assert err == (
        "Would import 2 activities from a.csv; would skip 2 rows already in the ledger (rows 2, 3). "
        "Nothing was written: run the same command without --dry-run to import.\n"
    )


def test_only_the_first_skipped_rows_are_listed(capsys):
    transfer.print_import(_plan([activity(1)], skipped=range(2, 15)), "a.csv", dry_run=False)
    assert "(rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, ...)" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("plan", "message"),
    [
        (_plan(), "a.csv has no rows to import.\n"),
        (_plan(skipped=[2]), "Nothing new to import from a.csv: its row is already in the ledger.\n"),
        (_plan(skipped=[2, 3]), "Nothing new to import from a.csv: all 2 rows are already in the ledger.\n"),
    ],
)
def test_nothing_to_import_is_said_in_words(capsys, plan, message):
    transfer.print_import(plan, "a.csv", dry_run=False)
    out, err = capsys.readouterr()
    assert (out, err) == ("", message)


def test_a_json_export_counts_activities_of_the_file_not_rows(capsys):
    plan = ImportPlan((activity(9),), (2, 4), (3,), "utf-8", from_json=True)
    transfer.print_import(plan, "export.json", dry_run=False)
    out, err = capsys.readouterr()
    assert out == "9\n"
    assert err.splitlines() == [
        "Skipped 1 activity whose state is `used` (activity 3 of the file): points spent on an extension "
        "never count again, so an import does not bring them back.",
        "Imported 1 activity (id 9) from export.json; skipped 2 activities already in the ledger "
        "(activities 2, 4 of the file). `onepoints undo` takes the import back.",
    ]
    transfer.print_import(ImportPlan((), (1,), (), "utf-8", True), "export.json", dry_run=False)
    assert (
        capsys.readouterr().err
        == "Nothing new to import from export.json: its activity is already in the ledger.\n"
    )


def test_used_rows_are_never_imported_and_said_so(capsys):
    transfer.print_import(_plan(used=[4]), "a.csv", dry_run=True)
    assert capsys.readouterr().err.splitlines() == [
        "Would skip 1 row whose state is `used` (row 4): points spent on an extension never count again, "
        "so an import does not bring them back.",
        "Nothing to import from a.csv.",
    ]


@pytest.mark.parametrize(
    ("encoding", "line"),
    [
        ("cp1252", "Read a.csv as Windows-1252 (Excel's 'CSV (Comma delimited)'), since it is not UTF-8."),
        ("utf-16", "Read a.csv as UTF-16 (Excel's 'Unicode Text')."),
    ],
)
def test_a_file_not_in_utf8_is_said_first(capsys, encoding, line):
    transfer.print_import(_plan([activity(1)], encoding=encoding), "a.csv", dry_run=False)
    assert capsys.readouterr().err.splitlines()[0] == line


def test_export_json_is_the_list_document():
    data = json.loads(transfer.export_json([(activity(1, points="2.5"), "counting")], dt.date(2026, 6, 1)))
    assert data["as_of"] == "2026-06-01"
    (item,) = data["activities"]
    assert (item["id"], item["points"], item["state"]) == (1, 2.5, "counting")
