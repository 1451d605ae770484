"""An import adds its rows in one step: 50,000 rows, and the same ledger as
adding them one by one (issue 9: adding rows was quadratic)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from onepoints_cli.domain.kinds import catalogue
from onepoints_cli.domain.ledger import edits
from onepoints_cli.domain.models import Ledger, Settings
from onepoints_cli.domain.spreadsheet.columns import Table
from onepoints_cli.domain.spreadsheet.importing import plan_import
from tests.support.builders import activity


def _table(count: int) -> Table:
    rows = [
        (number, {"date": "2025-01-01", "title": f"Row {number}", "kind": "course", "hours": "1"})
        for number in range(2, count + 2)
    ]
    return Table("rows.csv", rows, [])


def test_50000_rows_are_planned_in_one_pass():
    """Quadratic, this took over 10 s; linear, well under one (not timed: the
    suite's run time shows it; bench/bench_import.py measures it)."""
    start = Ledger(activities=(activity(1),), next_activity_id=2)
    ledger, plan = plan_import(start, catalogue(Settings()), _table(50_000), Path("/"), lambda files: ())
    assert len(plan.added) == 50_000
    assert [a.id for a in plan.added[:2]] == [2, 3] and plan.added[-1].id == 50_001
    assert ledger.activities[0] == start.activities[0] and ledger.activities[1:] == plan.added
    assert ledger.next_activity_id == 50_002


NEW = st.builds(
    edits.NewActivity,
    title=st.text(st.characters(codec="utf-8"), min_size=1, max_size=8).filter(str.strip),
    day=st.dates(dt.date(2022, 1, 1), dt.date(2030, 12, 31)),
    kind=st.just("course"),
    points=st.decimals("0.25", "40", places=2),
    note=st.one_of(st.none(), st.just(""), st.just("a note")),
)


@settings(max_examples=50, deadline=None)
@given(first=st.integers(1, 1000), batch=st.lists(NEW, max_size=6))
def test_adding_many_is_adding_each_in_turn(first: int, batch: list[edits.NewActivity]):
    one_by_one = Ledger(next_activity_id=first)
    for item in batch:
        one_by_one, _ = edits.add_activity(
            one_by_one,
            title=item.title,
            day=item.day,
            kind=item.kind,
            points=item.points,
            hours=item.hours,
            evidence=item.evidence,
            note=item.note,
        )
    together, added = edits.add_activities(Ledger(next_activity_id=first), batch)
    assert together == one_by_one
    assert added == one_by_one.activities
    assert together.next_activity_id == first + len(batch)


def test_points_stay_exact():
    _, added = edits.add_activities(
        Ledger(), [edits.NewActivity("x", dt.date(2025, 1, 1), "course", Decimal("0.1"))]
    )
    assert added[0].points == Decimal("0.1") and added[0].id == 1
