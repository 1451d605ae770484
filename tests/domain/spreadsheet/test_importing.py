"""domain/spreadsheet/importing.py: every row checked, then all added or none."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from onepoints_cli.domain.kinds import catalogue
from onepoints_cli.domain.models import Evidence, KindSetting, Ledger, Settings
from onepoints_cli.domain.problems import EmptyText, UnknownKind
from onepoints_cli.domain.spreadsheet.columns import Table
from onepoints_cli.domain.spreadsheet.importing import evidence_paths, plan_import
from onepoints_cli.domain.spreadsheet.problems import (
    EmptyCell,
    ImportRefused,
    NoAmount,
    RoundsToZero,
    SlashedDate,
    TooManyCells,
)
from onepoints_cli.errors import OnePointsError
from tests.support.builders import SHA, activity

KINDS = catalogue(
    Settings(
        kinds={
            "course": KindSetting(points_per_hour=Decimal("0.5")),
            "quarter": KindSetting(points_per_hour=Decimal("0.25")),
        }
    )
)
BASE = Path("/imports")


def _inspect(paths: list[str]) -> tuple[Evidence, ...]:
    (path,) = paths
    if "missing" in path:
        raise OnePointsError(f"{path} does not exist")
    return (Evidence(path, 1, SHA),)


def _row(**cells: str) -> dict[str, str]:
    return {"date": "2026-01-05", "title": "Course", "kind": "course", "points": "2", **cells}


def _table(*rows: dict[str, str], delimiter: str = ",", **fields) -> Table:
    return Table("acts.csv", [(n, r) for n, r in enumerate(rows, start=2)], [], delimiter=delimiter, **fields)


def _plan(table: Table, ledger: Ledger = Ledger(), keep=None):
    return plan_import(ledger, KINDS, table, BASE, _inspect, keep)


def test_rows_are_added_in_order_with_the_next_ids():
    ledger = Ledger(activities=(activity(1),), next_activity_id=5)
    updated, plan = _plan(_table(_row(title="A"), _row(title="B", note=" a note ")), ledger)
    assert [(a.id, a.title) for a in plan.added] == [(5, "A"), (6, "B")]
    assert plan.added[1].note == "a note" and plan.added[0].note is None
    assert updated.activities == ledger.activities + plan.added
    assert plan.skipped == () and plan.used == () and plan.encoding == "utf-8"


def test_points_come_from_hours_at_the_kinds_rate_when_not_given():
    _, plan = _plan(_table(_row(points="", hours="3"), _row(title="B", points="1,5", hours="7,5")))
    # course is set to 0.5 points an hour; given points win over the rate.
    assert [(a.hours, a.points) for a in plan.added] == [
        (Decimal(3), Decimal("1.5")),
        (Decimal("7.5"), Decimal("1.5")),
    ]


@pytest.mark.parametrize(
    ("hours", "points"),
    [("0.01", None), ("0.02", Decimal("0.01"))],  # 0.0025 rounds to 0; 0.005 rounds half up to a cent
)
def test_hours_that_round_to_zero_points_are_a_problem(hours, points):
    table = _table(_row(kind="quarter", points="", hours=hours))
    if points is None:
        with pytest.raises(ImportRefused) as refused:
            _plan(table)
        assert refused.value.rows == ((2, (RoundsToZero(Decimal(hours), "quarter"),)),)
    else:
        assert _plan(table)[1].added[0].points == points


def test_a_row_already_in_the_ledger_or_above_in_the_file_is_skipped():
    ledger = Ledger(activities=(activity(1, day=dt.date(2026, 1, 5)),), next_activity_id=2)
    table = _table(_row(title=" activity   1 "), _row(title="New"), _row(title="NEW"))
    _, plan = _plan(table, ledger)
    assert plan.skipped == (2, 4)
    assert [a.title for a in plan.added] == ["New"]


def test_a_used_row_is_never_imported():
    _, plan = _plan(_table(_row(state=" Used "), _row(title="B", state="counting")))
    assert plan.used == (2,)
    assert [a.title for a in plan.added] == ["B"]


def test_every_bad_row_is_listed_and_nothing_is_imported():
    kept = []
    table = _table(
        _row(),
        _row(date="", title=" ", kind="cooking"),
        _row(title="No amount", points="", hours=""),
        _row(title="Lost file", evidence="missing.pdf"),
    )
    table = table._replace(problems=[(9, TooManyCells(3, 2))])
    with pytest.raises(ImportRefused) as error:
        _plan(table, keep=lambda e: kept.append(e) or e)
    assert (error.value.source, error.value.json) == ("acts.csv", False)
    numbers = [number for number, _ in error.value.rows]
    assert numbers == [3, 4, 5, 9]
    rows = dict(error.value.rows)
    date, title, kind = rows[3]
    assert (date, title) == (EmptyCell("date"), EmptyText("title"))
    assert isinstance(kind, UnknownKind) and kind.text == "cooking"
    assert rows[4] == (NoAmount(),)
    assert str(rows[5][0]) == f"{BASE / 'missing.pdf'} does not exist"  # inspect's own error, kept as it is
    assert rows[9] == (TooManyCells(3, 2),)
    assert kept == []  # no file copied for a refused import


def test_a_bad_json_activity_is_refused_as_an_activity():
    table = Table("x.json", [(1, _row(kind=""))], [], delimiter="")
    with pytest.raises(ImportRefused) as error:
        _plan(table)
    assert error.value == ImportRefused("x.json", True, ((1, (EmptyCell("kind"),)),))


@pytest.mark.parametrize(
    ("delimiter", "cell", "expected"),
    [
        (";", "05/01/2026", dt.date(2026, 1, 5)),  # Excel on a European locale: day first
        (",", "05.01.2026", dt.date(2026, 1, 5)),  # dotted is day first everywhere
    ],
)
def test_dates_are_read_as_the_files_locale_writes_them(delimiter, cell, expected):
    _, plan = _plan(_table(_row(date=cell), delimiter=delimiter))
    assert plan.added[0].date == expected


def test_a_slashed_date_in_a_comma_file_is_refused_as_ambiguous():
    with pytest.raises(ImportRefused) as error:
        _plan(_table(_row(date="05/01/2026")))
    assert error.value.rows == ((2, (SlashedDate("05/01/2026"),)),)


def test_evidence_is_inspected_then_kept_only_once_all_rows_pass():
    kept = []

    def keep(e: Evidence) -> Evidence:
        kept.append(e.path)
        return Evidence("/data/" + Path(e.path).name, e.size, e.sha256)

    table = _table(_row(evidence="a.pdf; /abs/b.pdf ;"), _row(title="T"))
    table = table._replace(evidence={3: ("c.pdf",)})  # JSON-style list wins over the cell
    _, plan = _plan(table, keep=keep)
    assert kept == [str(BASE / "a.pdf"), "/abs/b.pdf", str(BASE / "c.pdf")]
    assert [e.path for e in plan.added[0].evidence] == ["/data/a.pdf", "/data/b.pdf"]
    assert [e.path for e in plan.added[1].evidence] == ["/data/c.pdf"]


def test_evidence_paths_leave_out_blanks_and_keep_absolute_and_home_paths():
    parts = ["a.pdf", "  ", "/abs/b.pdf", "~/c.pdf", " sub/d.pdf "]
    assert evidence_paths(parts, BASE) == [
        str(BASE / "a.pdf"),
        "/abs/b.pdf",
        "~/c.pdf",
        str(BASE / "sub" / "d.pdf"),
    ]


def test_the_kind_may_be_given_by_name_in_any_case():
    _, plan = _plan(_table(_row(kind="ONESTREAM TECH TALK")))
    assert plan.added[0].kind == "tech-talk"
