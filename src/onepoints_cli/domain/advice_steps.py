"""A standing's next step, warnings and attention flag, made from its values."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from .models import Activity, Settings
from .rules import POINTS_REQUIRED
from .standing_types import ATTENTION_STATES, Alert, NextStep, Standing


def _sum(activities: Iterable[Activity]) -> Decimal:
    return sum((a.points for a in activities), Decimal(0))


def needs_attention(s: Standing, settings: Settings) -> bool:
    # Enough points two years ahead is good news, not a weekly cron mail: "ready"
    # and "needs_evidence" ask for action only once the submit-by date nears.
    if s.state in ("ready", "needs_evidence"):
        return s.submit_by is not None and (s.submit_by - s.as_of).days <= settings.warn_days
    return s.state in ATTENTION_STATES


def with_advice(s: Standing, settings: Settings) -> Standing:
    """The standing with its next step, warnings and attention flag made from its values."""
    s = s._replace(next_step=_next_step(s), warnings=tuple(_warnings(s)))
    return s._replace(needs_attention=needs_attention(s, settings))


def _next_step(s: Standing) -> NextStep:
    cid, deadline, expires = s.cert.id, s.deadline, s.cert.expires
    if s.state == "micro":
        return NextStep("nothing", cid)
    if s.state == "lapsed" or (s.state == "late" and s.days_to_expiry == 0):
        # On the expiry day no case is in time any more: it must be submitted BEFORE that day.
        return NextStep("ask_credentialing", cid, expires)
    if s.plan_needed is not None:
        return NextStep("earn", cid, deadline if s.as_of <= deadline else expires, s.plan_needed)
    enough = s.balance_with_evidence >= POINTS_REQUIRED
    check = s.bundle_check
    if check is not None and enough and s.state in ("late", "ready"):
        if check.complete:
            by = s.submit_by if s.submit_by is not None else expires
            if check.complete_until is not None:
                by = min(by, check.complete_until)
            return NextStep("send_bundle", cid, by)
        return NextStep("rebuild_bundle", cid, s.submit_by, s.balance_with_evidence)
    if s.state == "late":
        if enough:
            return NextStep("bundle_before_expiry", cid, expires, s.balance_with_evidence)
        return NextStep("sit_exam", cid, expires, s.needed)
    if s.state == "ready":
        return NextStep("bundle", cid, s.submit_by, s.balance_with_evidence)
    if s.state == "on_track" and s.submit_by is not None and enough:
        return NextStep("wait", cid, s.submit_by, s.balance_with_evidence)
    if s.state == "needs_evidence":
        return NextStep(
            "attach_evidence", cid, s.submit_by, s.balance, tuple(a.id for a in s.lacking_evidence)
        )
    return NextStep("earn", cid, deadline, s.needed)


def _warnings(s: Standing) -> list[Alert]:
    if s.state == "micro":
        return []
    out = []
    check = s.bundle_check
    if check is not None and not check.complete and s.state != "lapsed":
        out.append(Alert("bundle_out_of_date", check.counting, check.stopped_on))
    if s.aging_out:
        out.append(Alert("aging_out", _sum(x.activity for x in s.aging_out), s.aging_out[0].ages_out))
    if s.lacking_evidence and s.state != "lapsed":
        out.append(Alert("lacking_evidence", _sum(s.lacking_evidence)))
    if s.planned and s.projected is not None and s.projected < POINTS_REQUIRED:
        out.append(Alert("short_even_if_planned", s.projected))
    if s.planned_later and s.state != "lapsed":
        out.append(Alert("planned_after_deadline", s.planned_later))
    return out
