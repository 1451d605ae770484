"""Standings refined by the allocation plan (docs/rules.md, "Several
certifications, one set of activities").

When the plan gives a certification's points to another (whose deadline
comes first), that certification is not ready: it needs what the plan says
it is short of, by its last day. The "Shared" line counts the points the plan
gives to others and those held in another certification's built bundle.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ..models import Activity, Ledger, Settings
from ..window import in_window
from .advice_steps import with_advice
from .allocation import Allotment, make_plan
from .bundle_check import check_bundle, open_bundles
from .standing_types import Standing


def follow_plan(
    result: list[Standing], ledger: Ledger, settings: Settings, today: date, unused: list[Activity]
) -> list[Standing]:
    plan = make_plan(ledger, settings, today)
    allotments = {x.cert.id: x for x in plan.allotments}
    owners = plan.owners()
    owners.update(_held_by_bundles(ledger, today))
    out = []
    for s in result:
        if s.cert.micro:
            out.append(s)
            continue
        s = _with_shared(s, unused, owners, today)
        allotment = allotments.get(s.cert.id)
        if allotment is not None and _given_away(s, allotment):
            s = with_advice(_short_by_plan(s, allotment, settings), settings)
        out.append(s)
    return out


def _held_by_bundles(ledger: Ledger, today: date) -> dict[int, str]:
    """Activity id -> the certification whose built, still complete bundle holds it."""
    held: dict[int, str] = {}
    for bundle in sorted(open_bundles(ledger), key=lambda b: b.id):
        if check_bundle(ledger, bundle, today).complete:
            held.update(dict.fromkeys(bundle.activities, bundle.cert))
    return held


def _given_away(s: Standing, allotment: Allotment) -> bool:
    """Enough points alone, but the plan leaves this certification short: its
    points serve another one."""
    return (
        allotment.state == "short"
        and s.state in ("ready", "needs_evidence", "on_track")
        and (s.submit_by is not None)
    )


def _short_by_plan(s: Standing, allotment: Allotment, settings: Settings) -> Standing:
    close = (s.deadline - s.as_of).days <= settings.warn_days
    # No complete case of its own: no submit-by date either, until it earns what the plan says.
    return s._replace(
        state="at_risk" if close else "on_track",
        plan_needed=allotment.needed,
        submit_by=None,
        submit_by_reason=None,
        back_to_40_on=None,
    )


def _with_shared(s: Standing, unused: list[Activity], owners: dict[int, str], today: date) -> Standing:
    """Which of the balance's points go to another certification's submission."""
    shares: dict[str, Decimal] = {}
    for a in unused:
        owner = owners.get(a.id)
        if owner not in (None, s.cert.id) and in_window(a.date, today):
            shares[owner] = shares.get(owner, Decimal(0)) + a.points
    return s._replace(shared=tuple(sorted(shares.items())))
