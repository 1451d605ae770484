"""The balance sweep against a day-by-day oracle, and at the window's edges."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onepoints_cli.domain.points.timeline import balance_on, balance_steps
from onepoints_cli.domain.window import in_window
from tests.support.builders import activity


def oracle(activities, day: date) -> Decimal:
    return sum((a.points for a in activities if in_window(a.date, day)), Decimal(0))


dates = st.dates(min_value=date(2021, 10, 1), max_value=date(2026, 6, 30))


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.tuples(dates, st.integers(min_value=1, max_value=900)), max_size=12),
    dates,
    st.integers(min_value=0, max_value=900),
)
def test_the_sweep_matches_the_window_on_every_day(entries, start, length):
    activities = [activity(i + 1, d, str(Decimal(c) / 100)) for i, (d, c) in enumerate(entries)]
    end = start + timedelta(days=length)
    steps = balance_steps(activities, start, end)
    assert steps[0].day == start and all(a.day < b.day for a, b in zip(steps, steps[1:], strict=False))
    previous = None
    day = start
    while day <= end:
        expected = oracle(activities, day)
        assert balance_on(steps, day) == expected
        if previous is not None and expected != previous:
            assert any(s.day == day for s in steps), "a change without a step"
        previous = expected
        day += timedelta(days=1)


@pytest.mark.parametrize(
    ("activity_date", "last_counting", "first_not"),
    [
        (date(2024, 2, 29), date(2026, 2, 27), date(2026, 2, 28)),  # 29 February clamps
        (date(2024, 3, 31), date(2026, 3, 30), date(2026, 3, 31)),  # a month end
        (date(2024, 1, 31), date(2026, 1, 30), date(2026, 1, 31)),
        (date(2023, 12, 31), date(2025, 12, 30), date(2025, 12, 31)),  # over a year end
        (date(2022, 1, 1), date(2023, 12, 31), date(2024, 1, 1)),  # the program's first day
    ],
)
def test_the_step_down_is_on_the_first_day_it_no_longer_counts(activity_date, last_counting, first_not):
    steps = balance_steps([activity(1, activity_date, "3")], activity_date, first_not + timedelta(days=5))
    assert [(s.day, s.balance) for s in steps] == [(activity_date, 3), (first_not, 0)]
    assert steps[1].ageing_out[0].id == 1
    assert balance_on(steps, last_counting) == 3 and balance_on(steps, first_not) == 0


def test_a_planned_activity_arrives_on_its_day_and_before_the_program_never():
    planned, early = activity(1, date(2026, 3, 1), "5"), activity(2, date(2021, 12, 31), "9")
    steps = balance_steps([planned, early], date(2026, 1, 1), date(2026, 6, 1))
    assert [(s.day, s.balance) for s in steps] == [(date(2026, 1, 1), 0), (date(2026, 3, 1), 5)]
    assert steps[1].arriving == (planned,)


def test_arriving_and_ageing_out_on_one_day_is_one_step():
    old, new = activity(1, date(2023, 3, 1), "2"), activity(2, date(2025, 3, 1), "2")
    steps = balance_steps([old, new], date(2025, 1, 1), date(2025, 12, 31))
    assert [(s.day, s.balance, s.arriving, s.ageing_out) for s in steps] == [
        (date(2025, 1, 1), 2, (), ()),
        (date(2025, 3, 1), 2, (new,), (old,)),
    ]
