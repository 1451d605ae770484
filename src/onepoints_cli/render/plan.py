"""`onepoints plan`: which activities extend which certification, as text or JSON."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..domain.points.allocation import Allotment, Plan
from ..domain.validation import points_text
from ..domain.window import ages_out
from . import jsonout
from .counts import points_with_noun
from .plaintext import shown, table, write_lines


def plan_data(plan: Plan) -> dict[str, Any]:
    return {
        "as_of": plan.as_of,
        "served": plan.served,
        "proven_optimal": plan.proven_optimal,
        "certifications": [_allotment_data(x, plan) for x in plan.allotments],
    }


def _allotment_data(x: Allotment, plan: Plan) -> dict[str, Any]:
    return {
        "id": x.cert.id,
        "name": x.cert.name,
        "state": x.state,
        "expires": x.cert.expires,
        "deadline": x.deadline,
        "last_day": x.last_day,
        "submit_on": x.submit_on,
        "points": x.points,
        "needed": x.needed,
        "activities": [
            {
                "id": a.id,
                "date": a.date,
                "points": a.points,
                "ages_out": ages_out(a.date),
                "planned": a.date > plan.as_of,
                "evidence": bool(a.evidence),
            }
            for a in x.activities
        ],
    }


def emit_json(plan: Plan) -> None:
    jsonout.emit(plan_data(plan))


def print_plan(plan: Plan, width: int | None) -> None:
    candidates = [x for x in plan.allotments if x.state in ("served", "short")]
    lines = [f"Plan as of {plan.as_of}: {plan.served} of {len(candidates)} certifications reach 40 points."]
    if not plan.proven_optimal:
        lines.append("(The search stopped early: this is the best plan found, not proven the best.)")
    for x in plan.allotments:
        lines += ["", *_allotment_lines(x, plan, width)]
    write_lines(lines, width)


def _allotment_lines(x: Allotment, plan: Plan, width: int | None) -> list[str]:
    head = f"{shown(x.cert.name)} ({shown(x.cert.id)})"
    if x.state == "micro":
        return [f"{head}: a micro-credential, not extended with OnePoints."]
    if x.state == "lapsed" and plan.as_of <= x.cert.expires:
        return [
            f"{head}: expires {x.cert.expires}, and a case must be submitted before that day: "
            "OnePoints can no longer extend it; sitting the current exam renews it."
        ]
    if x.state == "lapsed":
        return [f"{head}: expired on {x.cert.expires}; OnePoints can no longer extend it."]
    late = "" if x.last_day == x.deadline else f" (the deadline {x.deadline} has passed)"
    if x.state == "served":
        lines = [
            f"{head}: submit from {x.submit_on}, by {x.last_day}{late}",
            f"  {points_with_noun(x.points)} in {_count(len(x.activities))}:",
        ]
    else:
        counted = f"; {points_with_noun(x.points)} left for it count then" if x.activities else ""
        lines = [
            f"{head}: short by {points_with_noun(x.needed)}{late}",
            f"  Earn {points_with_noun(x.needed, 'more point')} by {x.last_day}{counted}.",
        ]
    if x.activities:
        rows = [
            (
                str(a.id),
                str(a.date),
                points_text(a.points),
                str(ages_out(a.date)),
                _remark(a, plan),
                shown(a.title),
            )
            for a in x.activities
        ]
        headers = ("id", "date", "points", "ages out", "", "title")
        lines += table(headers, rows, right=("id", "points"), flex="title", width=width, indent="    ")
    return lines


def _remark(a, plan: Plan) -> str:
    if a.date > plan.as_of:
        return "planned"
    return "" if a.evidence else "no evidence"


def _count(n: int) -> str:
    return f"{n} activit{'y' if n == 1 else 'ies'}"


def sharing_notes(selection) -> list[str]:
    """What `bundle` left out or took from another certification's share (for stderr)."""
    notes = []
    if selection.held:
        points = sum((a.points for a, _ in selection.held), Decimal(0))
        ids = ", ".join(str(a.id) for a, _ in selection.held)
        bundles = ", ".join(sorted({f"bundle {b.id} ({b.cert})" for _, b in selection.held}))
        notes.append(
            f"Left out activities {ids} ({points_with_noun(points)}): they are in {bundles}, not extended yet, "
            "and one activity extends one certification. --share includes them, if the Certification team "
            "is to count them for both."
        )
    if selection.shared_with:
        notes.append(
            f"Shares activities with the open bundle of {', '.join(selection.shared_with)} on purpose (--share): "
            "`onepoints extend` will accept both."
        )
    if selection.from_plan_of_others:
        taken = ", ".join(f"{a.id} ({cert})" for a, cert in selection.from_plan_of_others)
        notes.append(
            f"Took activities the plan keeps for another certification: {taken}. "
            "`onepoints plan` shows what that leaves for it."
        )
    return notes
