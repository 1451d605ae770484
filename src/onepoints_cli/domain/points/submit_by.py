"""The submit-by date: the last day a complete case can still be submitted.

It is the earlier of two days (docs/rules.md, "The submit-by date"):
- the last day a case is on time: the submission deadline (expiry - lead_days),
  or, once that has passed, the day before the expiry;
- the day before the points (with evidence) that count today fall below 40
  as they age out. Planned activities are not counted: they may not happen.
When planned activities would bring the balance back to 40 before the last
day, `back_to_40_on` says from which day.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal, NamedTuple

from ..models import Activity, Certification, Settings
from ..rules import POINTS_REQUIRED
from ..window import in_window
from .timeline import balance_steps

SubmitByKind = Literal["deadline", "expiry", "ageing_out"]


class SubmitByReason(NamedTuple):
    """Why the submit-by date is that day."""

    kind: SubmitByKind
    #: ageing_out: the points that stop counting on `ages_out`, the day after submit-by.
    points: Decimal | None = None
    ages_out: date | None = None


class SubmitBy(NamedTuple):
    day: date
    reason: SubmitByReason
    #: ageing_out only: the first day, up to the last day on time, when the
    #: activities counting then (planned ones and those without evidence
    #: included) reach 40 again; None when they never do.
    back_to_40_on: date | None = None


def last_day_on_time(
    cert: Certification, settings: Settings, today: date
) -> tuple[date, SubmitByKind] | None:
    """The last day a case is on time from `today`: the deadline, else the day
    before the expiry (the seed: submit BEFORE the expiration date); None when
    not even that is left."""
    deadline = cert.expires - timedelta(days=settings.lead_days)
    if today <= deadline:
        return deadline, "deadline"
    day_before_expiry = cert.expires - timedelta(days=1)
    if today <= day_before_expiry:
        return day_before_expiry, "expiry"
    return None


def submit_by(
    cert: Certification,
    unused: Iterable[Activity],
    settings: Settings,
    today: date,
    *,
    evidence_only: bool = True,
) -> SubmitBy | None:
    """The submit-by date of `cert` on `today`, from the activities no extension used.

    With `evidence_only` (the rule), only points with evidence count; without,
    every counting point does (the date the case would have once the missing
    evidence is attached). None when fewer than 40 count today, or when no day
    on time is left."""
    last = last_day_on_time(cert, settings, today)
    if last is None:
        return None
    limit, kind = last
    pool = list(unused)
    counting = [a for a in pool if in_window(a.date, today) and (a.evidence or not evidence_only)]
    steps = balance_steps(counting, today, limit)
    if steps[0].balance < POINTS_REQUIRED:
        return None
    for step in steps[1:]:
        if step.balance < POINTS_REQUIRED:
            points = sum((a.points for a in step.ageing_out), Decimal(0))
            reason = SubmitByReason("ageing_out", points, step.day)
            return SubmitBy(step.day - timedelta(days=1), reason, _back_to_40(pool, step.day, limit))
    return SubmitBy(limit, SubmitByReason(kind))


def _back_to_40(pool: list[Activity], dropped: date, limit: date) -> date | None:
    for step in balance_steps(pool, dropped, limit):
        if step.balance >= POINTS_REQUIRED:
            return step.day
    return None
