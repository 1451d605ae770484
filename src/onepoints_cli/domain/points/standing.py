"""Where each certification stands on a given day, and what to do next.

Advice looks ahead: every state and next step says what to do by which day so
that the case is complete when it is submitted (the submit-by date,
points/submit_by.py), follows the allocation plan when certifications compete for
the same activities, and checks a built bundle before recommending it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal

from ..ledger.lookup import find_cert
from ..models import Activity, Certification, Ledger, Settings
from ..rules import POINTS_REQUIRED
from ..window import ages_out, in_window, used_activity_ids
from .advice_plan import follow_plan
from .advice_steps import with_advice
from .bundle_check import BundleCheck, check_bundle, open_bundles
from .standing_types import ATTENTION_STATES, AgingOut, Alert, NextStep, Standing, State
from .submit_by import last_day_on_time, submit_by

__all__ = ["ATTENTION_STATES", "AgingOut", "Alert", "NextStep", "Standing", "State", "standings"]


def submission_deadline(cert: Certification, settings: Settings) -> date:
    return cert.expires - timedelta(days=settings.lead_days)


def standings(ledger: Ledger, settings: Settings, today: date, only: str | None = None) -> list[Standing]:
    """Every certification's standing, or only the one with id `only`."""
    certs = ledger.certifications if only is None else (find_cert(ledger, only),)
    used = used_activity_ids(ledger)
    unused = [a for a in ledger.activities if a.id not in used]
    extended = {e.cert for e in ledger.extensions}
    result = [
        cert_standing(c, unused, settings, today, _open_check(ledger, c.id, today), extended=c.id in extended)
        for c in certs
    ]
    if sum(1 for c in ledger.certifications if not c.micro) < 2:
        return result
    return follow_plan(result, ledger, settings, today, unused)


def _open_check(ledger: Ledger, cert_id: str, today: date) -> BundleCheck | None:
    """The newest bundle of the certification that no extension used, checked on `today`."""
    waiting = [b for b in open_bundles(ledger) if b.cert == cert_id]
    newest = max(waiting, key=lambda b: b.id, default=None)
    return None if newest is None else check_bundle(ledger, newest, today)


def cert_standing(
    cert: Certification,
    unused: list[Activity],
    settings: Settings,
    today: date,
    bundle: BundleCheck | None = None,
    *,
    extended: bool = False,
) -> Standing:
    """The standing of one certification; `unused` are the activities no extension used.
    `extended`: an extension of it is recorded (its next case is not due yet)."""
    deadline = submission_deadline(cert, settings)
    counting = [a for a in unused if in_window(a.date, today)]
    balance = _sum(counting)
    with_evidence = _sum(a for a in counting if a.evidence)
    before_deadline = today <= deadline
    aging = [
        AgingOut(a, ages_out(a.date)) for a in counting if before_deadline and not in_window(a.date, deadline)
    ]
    at_deadline = balance - _sum(x.activity for x in aging) if before_deadline else None
    last = last_day_on_time(cert, settings, today)
    future = [a for a in unused if a.date > today]
    planned = _sum(a for a in future if last is not None and a.date <= last[0])
    projected = _sum(a for a in unused if in_window(a.date, deadline)) if before_deadline else None
    lacking = tuple(a for a in counting if not a.evidence)
    state = _state(cert, deadline, balance, with_evidence, settings, today)
    due = None
    if not cert.micro and state not in ("lapsed", "on_track", "at_risk"):
        due = submit_by(cert, unused, settings, today, evidence_only=with_evidence >= POINTS_REQUIRED)
    if state == "ready" and extended and due is not None and (due.day - today).days > settings.warn_days:
        state = "on_track"  # extended, and enough already for the next case: not due yet
    standing = Standing(
        cert,
        today,
        deadline,
        balance,
        with_evidence,
        at_deadline,
        planned,
        projected,
        tuple(sorted(aging, key=lambda x: (x.ages_out, x.activity.id))),
        lacking,
        state,
        None,
        (),
        None if bundle is None else bundle.bundle,
        submit_by=None if due is None else due.day,
        submit_by_reason=None if due is None else due.reason,
        back_to_40_on=None if due is None else due.back_to_40_on,
        planned_later=_sum(future) - planned,
        bundle_check=bundle,
    )
    return with_advice(standing, settings)


def _sum(activities: Iterable[Activity]) -> Decimal:
    return sum((a.points for a in activities), Decimal(0))


def _state(
    cert: Certification,
    deadline: date,
    balance: Decimal,
    with_evidence: Decimal,
    settings: Settings,
    today: date,
) -> State:
    if cert.micro:
        return "micro"
    if today > cert.expires:
        return "lapsed"
    if today > deadline:
        return "late"
    if with_evidence >= POINTS_REQUIRED:
        return "ready"
    if balance >= POINTS_REQUIRED:
        return "needs_evidence"
    if (deadline - today).days <= settings.warn_days:
        return "at_risk"
    return "on_track"
