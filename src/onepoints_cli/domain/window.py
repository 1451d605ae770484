"""The rolling 24-month window: when an activity counts.

An activity dated D counts on day T when PROGRAM_START <= D <= T < ages_out(D)
and no accepted extension has used it.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from .dates import add_months
from .models import Activity, ActivityState, Ledger
from .rules import PROGRAM_START, WINDOW_MONTHS


@lru_cache(maxsize=8192)  # activities share dates; status asks for each several times
def ages_out(activity_date: date) -> date:
    """The first day an activity no longer counts (month ends clamp)."""
    return add_months(activity_date, WINDOW_MONTHS)


def in_window(activity_date: date, day: date) -> bool:
    return PROGRAM_START <= activity_date <= day < ages_out(activity_date)


def window_start(day: date) -> date:
    """The earliest activity date that still counts on `day`.

    Not simply 24 months back plus a day: month ends clamp, so on 2026-02-28
    an activity of 2024-02-29 has already aged out (on 2026-02-28 itself).
    """
    start = add_months(day, -WINDOW_MONTHS) + timedelta(days=1)
    while ages_out(start) <= day:
        start += timedelta(days=1)
    return max(start, PROGRAM_START)


def used_activity_ids(ledger: Ledger) -> frozenset[int]:
    return frozenset(i for ext in ledger.extensions for i in ext.activities)


def activity_state(activity: Activity, day: date, used: frozenset[int]) -> ActivityState:
    """What the activity is on `day`; used wins, since it can never count again."""
    if activity.id in used:
        return "used"
    if activity.date < PROGRAM_START:
        return "before_program"
    if activity.date > day:
        return "planned"
    if day >= ages_out(activity.date):
        return "aged_out"
    return "counting"


def states_on(ledger: Ledger, day: date) -> list[tuple[Activity, ActivityState]]:
    """Every activity with its state on `day`, oldest first (ties by id)."""
    used = used_activity_ids(ledger)
    ordered = sorted(ledger.activities, key=lambda a: (a.date, a.id))
    return [(a, activity_state(a, day, used)) for a in ordered]
