"""Whether a built bundle still holds 40 points on a day (docs/rules.md, "Built bundles").

A bundle's activities all count on its as-of day; from then on they only age
out, so the points it holds only go down. A bundle below 40 is out of date:
the Certification team only accepts complete submissions.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import NamedTuple

from ..models import Activity, Bundle, Ledger
from ..rules import POINTS_REQUIRED
from ..window import ages_out, in_window
from .timeline import balance_steps


class BundleCheck(NamedTuple):
    bundle: Bundle
    day: date
    #: The points of the bundle's activities that still count on `day`.
    counting: Decimal
    #: The last day the bundle holds 40 points; None when it never did (edited since).
    complete_until: date | None

    @property
    def complete(self) -> bool:
        return bool(self.counting >= POINTS_REQUIRED)

    @property
    def stopped_on(self) -> date | None:
        """The first day it no longer held 40, when that day is on or before `day`."""
        if self.complete:
            return None
        return None if self.complete_until is None else self.complete_until + timedelta(days=1)


def bundle_activities(ledger: Ledger, bundle: Bundle) -> list[Activity]:
    """The bundle's activities still in the ledger (a removed one counts for nothing)."""
    wanted = set(bundle.activities)
    return [a for a in ledger.activities if a.id in wanted]


def check_bundle(ledger: Ledger, bundle: Bundle, day: date) -> BundleCheck:
    activities = bundle_activities(ledger, bundle)
    counting = sum((a.points for a in activities if in_window(a.date, day)), Decimal(0))
    return BundleCheck(bundle, day, counting, complete_until(activities, bundle.as_of))


def complete_until(activities: list[Activity], as_of: date) -> date | None:
    """The last day from `as_of` on when `activities` count 40 together."""
    end = max((ages_out(a.date) for a in activities), default=as_of)
    steps = balance_steps(activities, as_of, max(end, as_of))
    if steps[0].balance < POINTS_REQUIRED:
        return None
    for step in steps[1:]:
        if step.balance < POINTS_REQUIRED:
            return step.day - timedelta(days=1)
    raise AssertionError("every activity ages out by `end`: the balance drops")  # pragma: no cover


def open_bundles(ledger: Ledger) -> list[Bundle]:
    """The bundles no extension recorded yet."""
    extended = {e.bundle for e in ledger.extensions}
    return [b for b in ledger.bundles if b.id not in extended]


def out_of_date_ids(ledger: Ledger, day: date) -> frozenset[int]:
    """The open bundles that no longer hold 40 points on `day`."""
    return frozenset(b.id for b in open_bundles(ledger) if not check_bundle(ledger, b, day).complete)
