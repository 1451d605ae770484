"""The rolling balance over time, by a sweep over the days it can change.

The balance only changes on the day an activity starts to count (its date)
and on the day it ages out (its date + 24 months), so the series is computed
from those change points, sorted once (O(n log n)), instead of summing the
window again for every day.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal
from typing import NamedTuple

from ..dates import add_months
from ..ledger.lookup import find_cert
from ..models import Activity, Certification, Ledger, Settings
from ..problems import EndBeforeStart
from ..rules import PROGRAM_START, WINDOW_MONTHS
from ..window import ages_out, in_window, used_activity_ids


class Step(NamedTuple):
    """The balance from `day` on, until the next step."""

    day: date
    balance: Decimal
    arriving: tuple[Activity, ...] = ()
    ageing_out: tuple[Activity, ...] = ()


def pool(ledger: Ledger) -> list[Activity]:
    """The activities that can count on some day: not used, not before the program."""
    used = used_activity_ids(ledger)
    return [a for a in ledger.activities if a.id not in used and a.date >= PROGRAM_START]


def balance_steps(activities: Iterable[Activity], start: date, end: date) -> list[Step]:
    """The balance on `start`, then a step on every day in (start, end] where an
    activity starts to count or ages out (a day where both cancel out is kept:
    the activities changed). `activities` must be unused ones."""
    balance = Decimal(0)
    arriving: dict[date, list[Activity]] = {}
    leaving: dict[date, list[Activity]] = {}
    for a in activities:
        if a.date < PROGRAM_START:
            continue
        out = ages_out(a.date)
        if in_window(a.date, start):
            balance += a.points
        elif start < a.date <= end:
            arriving.setdefault(a.date, []).append(a)
        else:
            continue
        if out <= end:
            leaving.setdefault(out, []).append(a)
    steps = [Step(start, balance)]
    for day in sorted(arriving.keys() | leaving.keys()):
        plus, minus = arriving.get(day, ()), leaving.get(day, ())
        balance += sum((a.points for a in plus), Decimal(0)) - sum((a.points for a in minus), Decimal(0))
        steps.append(Step(day, balance, _by_id(plus), _by_id(minus)))
    return steps


def _by_id(activities: Iterable[Activity]) -> tuple[Activity, ...]:
    return tuple(sorted(activities, key=lambda a: a.id))


def balance_on(steps: list[Step], day: date) -> Decimal:
    """The balance on `day`, from the steps (`day` on or after the first step)."""
    index = bisect_right([s.day for s in steps], day) - 1
    if index < 0:
        raise ValueError(f"{day} is before the series starts ({steps[0].day})")
    return steps[index].balance


class Mark(NamedTuple):
    cert: Certification
    #: None for a micro-credential: it has no submission deadline.
    deadline: date | None


class Timeline(NamedTuple):
    start: date
    end: date
    marks: tuple[Mark, ...]
    steps: list[Step]


def timeline_for(
    ledger: Ledger, settings: Settings, start: date, end: date | None, cert_id: str | None
) -> Timeline:
    """The pool's balance from `start` to `end` (default: the last expiry shown)."""
    certs = ledger.certifications if cert_id is None else (find_cert(ledger, cert_id),)
    marks = tuple(Mark(c, None if c.micro else c.expires - timedelta(days=settings.lead_days)) for c in certs)
    if end is None:
        last = max((c.expires for c in certs), default=start)
        end = last if last > start else add_months(start, WINDOW_MONTHS)
    if end < start:
        raise EndBeforeStart(start, end)
    return Timeline(start, end, marks, balance_steps(pool(ledger), start, end))
