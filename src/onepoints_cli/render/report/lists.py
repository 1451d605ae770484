"""The plan across certifications and every activity with its state and evidence."""

from __future__ import annotations

from collections.abc import Callable

from ...domain.models import Activity, ActivityState
from ...domain.points.allocation import Allotment, Plan
from ...domain.validation import points_text
from ...domain.window import ages_out
from ..activities import STATE_LABEL, state_colour
from ..counts import points_with_noun
from .markup import cells, day, esc, file_uri


def plan_section(plan: Plan) -> str:
    candidates = [x for x in plan.allotments if x.state in ("served", "short")]
    head = (
        f"<p>{plan.served} of {len(candidates)} certifications reach 40 points; each activity extends one.</p>"
        if candidates
        else ""
    )
    if not plan.proven_optimal:
        head += (
            '<p class="muted">The search stopped early: this is the best plan found, not proven the best.</p>'
        )
    return head + "".join(_allotment(x, plan) for x in plan.allotments)


def _allotment(x: Allotment, plan: Plan) -> str:
    name = f"{esc(x.cert.name)} ({esc(x.cert.id)})"
    if x.state == "micro":
        return f"<h3>{name}</h3><p>A micro-credential, not extended with OnePoints.</p>"
    if x.state == "lapsed":
        return f"<h3>{name}</h3><p>Expired on {x.cert.expires}; OnePoints can no longer extend it.</p>"
    late = "" if x.last_day == x.deadline else f" (the deadline {x.deadline} has passed)"
    if x.state == "served":
        what = (
            f'<p><span class="state tone-green">submit from {x.submit_on}, by {x.last_day}</span>{late}: '
            f"{points_with_noun(x.points)} in {len(x.activities)} activit{'y' if len(x.activities) == 1 else 'ies'}.</p>"
        )
    else:
        counted = f"; {points_with_noun(x.points)} left for it count then" if x.activities else ""
        what = (
            f'<p><span class="state tone-yellow">short by {points_with_noun(x.needed)}</span>{late}: '
            f"earn {points_with_noun(x.needed, 'more point')} by {x.last_day}{counted}.</p>"
        )
    rows = "".join(
        f'<tr data-activity="{a.id}">'
        + cells(
            [
                str(a.id),
                day(a.date),
                esc(a.title),
                points_text(a.points),
                day(ages_out(a.date)),
                "planned" if a.date > plan.as_of else ("" if a.evidence else "no evidence"),
            ]
        )
        + "</tr>"
        for a in x.activities
    )
    table = (
        f'<table class="plan"><thead><tr>{cells(["id", "date", "title", "points", "ages out", ""], "th")}</tr></thead>'
        f"<tbody>{rows}</tbody></table>"
        if rows
        else ""
    )
    return f'<h3 data-plan="{esc(x.cert.id)}">{name}</h3>{what}{table}'


def activities_section(rows: list[tuple[Activity, ActivityState]], locate: Callable[[str], str]) -> str:
    """`locate` gives a recorded evidence path as an absolute one (relative paths are the ledger folder's)."""
    if not rows:
        return '<p class="muted">No activities yet.</p>'
    body = "".join(_activity_row(a, state, locate) for a, state in rows)
    head = cells(["id", "date", "title", "kind", "hours", "points", "state", "ages out", "evidence"], "th")
    return f'<table id="activities"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _activity_row(a: Activity, state: ActivityState, locate: Callable[[str], str]) -> str:
    links = (
        "<br>".join(_evidence_link(locate(e.path)) for e in a.evidence)
        or '<span class="state tone-yellow">none</span>'
    )
    state_cell = f'<span class="state tone-{state_colour(state)}">{STATE_LABEL[state]}</span>'
    values = [
        str(a.id),
        day(a.date),
        esc(a.title),
        esc(a.kind),
        points_text(a.hours) if a.hours is not None else "",
        points_text(a.points),
        state_cell,
        day(ages_out(a.date)),
        links,
    ]
    return f'<tr data-activity="{a.id}" data-state="{state}">' + cells(values) + "</tr>"


def _evidence_link(path: str) -> str:
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return f'<a href="{esc(file_uri(path))}" title="{esc(path)}">{esc(name)}</a>'
