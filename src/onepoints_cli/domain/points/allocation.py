"""The allocation plan: which activities extend which certification.

One activity extends one certification (docs/rules.md, "Several
certifications, one set of activities"). The plan gives every certification a
disjoint set of activities that count together on one day before its
deadline, so that as many certifications as possible reach 40 points.

How, and why it is exact (docs/rules.md has the long form):
- A set of activities can be submitted together on day T exactly when every
  one counts on T. Each activity counts on an interval of days [D, D+24m), and
  intervals that pairwise overlap share a day (Helly, in one dimension), so a
  set works when its newest date is before its oldest's ageing-out day, and
  the earliest day it can be submitted is max(as_of, newest date).
- First a greedy: earliest deadline first, each taking, on the earliest day
  it can, the activities that age out soonest. An upper bound is the number
  of certifications that could reach 40 alone; when the greedy reaches it,
  it is optimal (most ledgers: nothing is contested).
- Otherwise an exhaustive search with pruning over the activities in date
  order (each goes to one open certification, or none), with the bound
  "done + open certifications that can still reach 40" and a memo of the
  states already explored. It is exact; the problem contains PARTITION, so no
  method is fast on every input, and the search stops after SEARCH_BUDGET
  steps: the plan then says it is the best found, not proven optimal.
"""

from __future__ import annotations

import sys
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal, NamedTuple

from ..models import Activity, Certification, Ledger, Settings
from ..rules import POINTS_REQUIRED
from ..window import ages_out, in_window
from .submit_by import last_day_on_time
from .timeline import pool

AllotmentState = Literal["served", "short", "micro", "lapsed"]
_NEED = int(POINTS_REQUIRED * 100)

#: The activities one target is served with, or None when it is not served.
_Group = tuple[Activity, ...] | None

#: Steps of the exhaustive search before it gives up proving optimality. An
#: implementation limit, not a program rule: about a second in the worst case,
#: and only reached on ledgers built to be hard (see docs/performance.md).
SEARCH_BUDGET = 200_000


class Allotment(NamedTuple):
    cert: Certification
    state: AllotmentState
    #: The submission deadline (expiry - lead_days).
    deadline: date | None
    #: The last day a submission can be made: the deadline, or the day before the expiry once it has passed.
    last_day: date | None
    #: served: the activities to submit; short: those left that count on last_day.
    activities: tuple[Activity, ...] = ()
    #: served: the earliest day they can be submitted together.
    submit_on: date | None = None
    #: short: the points still to earn by last_day.
    needed: Decimal = Decimal(0)

    @property
    def points(self) -> Decimal:
        return sum((a.points for a in self.activities), Decimal(0))


class Plan(NamedTuple):
    as_of: date
    allotments: tuple[Allotment, ...]
    proven_optimal: bool = True

    @property
    def served(self) -> int:
        return sum(1 for x in self.allotments if x.state == "served")

    def owners(self) -> dict[int, str]:
        """Activity id -> the certification whose submission the plan gives it to."""
        return {a.id: x.cert.id for x in self.allotments if x.state == "served" for a in x.activities}


class _Target(NamedTuple):
    cert: Certification
    deadline: date
    last_day: date


def make_plan(ledger: Ledger, settings: Settings, as_of: date) -> Plan:
    """The plan on `as_of` for every certification of the ledger."""
    targets, others = [], []
    for cert in ledger.certifications:
        deadline = cert.expires - timedelta(days=settings.lead_days)
        # Past the deadline the last day is the one before the expiry ([OP]: submit
        # BEFORE the expiration date); on the expiry day none is left.
        last = last_day_on_time(cert, settings, as_of)
        if cert.micro:
            others.append(Allotment(cert, "micro", None, None))
        elif last is None:
            others.append(Allotment(cert, "lapsed", deadline, None))
        else:
            targets.append(_Target(cert, deadline, last[0]))
    targets.sort(key=lambda t: (t.last_day, t.cert.expires, t.cert.id))
    return allocate(pool(ledger), targets, as_of, others)


def allocate(
    activities: list[Activity], targets: list[_Target], as_of: date, others: Sequence[Allotment] = ()
) -> Plan:
    last = max((t.last_day for t in targets), default=as_of)
    items = sorted(
        (a for a in activities if ages_out(a.date) > as_of and a.date <= last and a.points > 0),
        key=lambda a: (a.date, a.id),
    )
    chosen, optimal = _best_assignment(items, targets, as_of)
    taken = {a.id for group in chosen if group for a in group}
    allotments = []
    for target, group in zip(targets, chosen, strict=True):
        if group:
            submit_on = max(as_of, max(a.date for a in group))
            allotments.append(
                Allotment(target.cert, "served", target.deadline, target.last_day, group, submit_on)
            )
        else:
            left = tuple(a for a in items if a.id not in taken and in_window(a.date, target.last_day))
            short = Allotment(target.cert, "short", target.deadline, target.last_day, left)
            allotments.append(short._replace(needed=max(Decimal(0), POINTS_REQUIRED - short.points)))
    order = {c.id: i for i, c in enumerate(x.cert for x in (*allotments, *others))}
    return Plan(as_of, tuple(sorted((*allotments, *others), key=lambda x: order[x.cert.id])), optimal)


# --- the greedy --------------------------------------------------------------------


def _greedy(items: list[Activity], targets: list[_Target], as_of: date) -> list[tuple[Activity, ...] | None]:
    free = list(items)
    chosen: list[tuple[Activity, ...] | None] = []
    for target in targets:
        group = _earliest_group(free, as_of, target.last_day)
        chosen.append(group)
        if group:
            ids = {a.id for a in group}
            free = [a for a in free if a.id not in ids]
    return chosen


def _earliest_group(items: list[Activity], as_of: date, last_day: date) -> tuple[Activity, ...] | None:
    """On the first day by `last_day` when `items` (date order) reach 40, those
    counting then that age out soonest, until 40; None when no day reaches it."""
    events: dict[date, int] = {}
    balance = 0
    for a in items:
        cents = _cents(a)
        if a.date <= as_of:
            balance += cents
        elif a.date <= last_day:
            events[a.date] = events.get(a.date, 0) + cents
        out = ages_out(a.date)
        if out <= last_day:
            events[out] = events.get(out, 0) - cents
    day = as_of if balance >= _NEED else None
    if day is None:
        for when in sorted(events):
            balance += events[when]
            if balance >= _NEED:
                day = when
                break
    if day is None:
        return None
    group, total = [], 0
    for a in items:
        if in_window(a.date, day):
            group.append(a)
            total += _cents(a)
            if total >= _NEED:
                return tuple(group)
    raise AssertionError("the sweep and the window disagree")  # pragma: no cover


def _cents(a: Activity) -> int:
    return int(a.points * 100)


# --- the exact search ----------------------------------------------------------------


def _best_assignment(items: list[Activity], targets: list[_Target], as_of: date) -> tuple[list[_Group], bool]:
    """One set per target (None: not served), with the most targets served."""
    greedy = _greedy(items, targets, as_of)
    alone = sum(1 for t in targets if _earliest_group(items, as_of, t.last_day))
    served = sum(1 for g in greedy if g)
    if served == alone:
        return greedy, True
    search = _Search(items, targets, as_of, served)
    found, complete = search.run()
    if found is None:
        return greedy, complete
    return found, complete


class _Search:
    def __init__(self, items: list[Activity], targets: list[_Target], as_of: date, best: int) -> None:
        self.items, self.targets, self.best = items, targets, best
        self.dates = [a.date for a in items]
        self.outs = [ages_out(a.date) for a in items]
        self.cents = [_cents(a) for a in items]
        self.prefix = [0]
        for c in self.cents:
            self.prefix.append(self.prefix[-1] + c)
        # items usable by target j lie before index limit[j] (dated on or before its last day)
        self.limit = [bisect_right(self.dates, t.last_day) for t in targets]
        self.seen: set[object] = set()
        self.steps = 0
        self.found: list[int] | None = None

    def run(self) -> tuple[list[_Group] | None, bool]:
        n = len(self.items)
        old_limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(old_limit, 2 * n + 200))
        try:
            start = tuple((_NEED, None) for _ in self.targets)
            complete = self._explore(0, start, [-1] * n)
        finally:
            sys.setrecursionlimit(old_limit)
        if self.found is None:
            return None, complete
        groups: list[list[Activity]] = [[] for _ in self.targets]
        for item, owner in zip(self.items, self.found, strict=True):
            if owner >= 0:
                groups[owner].append(item)
        return [tuple(g) if self._done_with(g) else None for g in groups], complete

    @staticmethod
    def _done_with(group: list[Activity]) -> bool:
        return sum(_cents(a) for a in group) >= _NEED

    def _reachable(self, index: int, j: int, state: tuple[int, date | None]) -> int:
        """The most points target j could still add from items[index:]."""
        need, first_out = state
        end = self.limit[j]
        if first_out is not None:
            end = min(end, bisect_left(self.dates, first_out))
        return self.prefix[end] - self.prefix[index] if end > index else 0

    def _explore(self, index: int, states: tuple[tuple[int, date | None], ...], owners: list[int]) -> bool:
        """Explores from `index`; False when the step budget ran out."""
        self.steps += 1
        if self.steps > SEARCH_BUDGET:
            return False
        live, done = [], 0
        normal: list[object] = []  # per target: "done", "dead" or its state (the memo key)
        for j, state in enumerate(states):
            if state[0] <= 0:
                done += 1
                normal.append("done")
            elif self._reachable(index, j, state) >= state[0]:
                live.append(j)
                normal.append(state)
            else:
                normal.append("dead")  # can no longer reach 40: its partial set is worth nothing
        if done > self.best:
            self.best, self.found = done, list(owners)
        if done + len(live) <= self.best or index == len(self.items):
            return True
        key = (index, tuple(normal))
        if key in self.seen:
            return True
        self.seen.add(key)
        day = self.dates[index]
        for j in live:
            need, first_out = states[j]
            if index >= self.limit[j] or (first_out is not None and day >= first_out):
                continue
            owners[index] = j
            grown = list(states)
            grown[j] = (need - self.cents[index], self.outs[index] if first_out is None else first_out)
            if not self._explore(index + 1, tuple(grown), owners):
                return False
            owners[index] = -1
            if self.best == done + len(live):
                return True
        return self._explore(index + 1, states, owners)
