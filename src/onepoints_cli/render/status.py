"""`onepoints status`: each certification's standing, as a panel or as JSON."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from typing import Any, NamedTuple

from ..domain.points.standing import Standing
from ..domain.rules import AGING_ROWS_SHOWN, POINTS_REQUIRED
from ..domain.validation import points_text
from . import jsonout
from .advice import next_step_text, submit_by_text, warning_texts

_STATE_STYLE = {
    "lapsed": "bold red",
    "late": "bold red",
    "ready": "bold green",
    "needs_evidence": "bold yellow",
    "at_risk": "bold yellow",
    "on_track": "green",
    "micro": "dim",
}
_STATE_LABEL = {
    "lapsed": "lapsed",
    "late": "late",
    "ready": "ready to submit",
    "needs_evidence": "needs evidence",
    "at_risk": "at risk",
    "on_track": "on track",
    "micro": "micro-credential",
}


def standing_data(s: Standing) -> dict[str, Any]:
    return {
        "id": s.cert.id,
        "name": s.cert.name,
        "micro": s.cert.micro,
        "expires": s.cert.expires,
        "deadline": s.deadline,
        "days_to_deadline": s.days_to_deadline,
        "days_to_expiry": s.days_to_expiry,
        "balance": s.balance,
        "balance_with_evidence": s.balance_with_evidence,
        "needed": s.needed,
        "balance_at_deadline": s.balance_at_deadline,
        "planned": s.planned,
        "projected_at_deadline": s.projected,
        "state": s.state,
        "aging_out": [
            {"id": x.activity.id, "points": x.activity.points, "ages_out": x.ages_out} for x in s.aging_out
        ],
        "lacking_evidence": [{"id": a.id, "points": a.points} for a in s.lacking_evidence],
        "open_bundle": s.open_bundle.id if s.open_bundle else None,
        "bundle_check": _bundle_check_data(s),
        "submit_by": s.submit_by,
        "submit_by_reason": _reason_data(s),
        "back_to_40_on": s.back_to_40_on,
        "planned_after_deadline": s.planned_later,
        "plan_needed": s.plan_needed,
        "shared_with_plan": [{"cert": cert_id, "points": points} for cert_id, points in s.shared],
        "needs_attention": s.needs_attention,
        "next_step": next_step_text(s),
        "next_action": s.next_step.action if s.next_step else None,
        "warnings": warning_texts(s),
    }


def _reason_data(s: Standing) -> dict[str, Any] | None:
    reason = s.submit_by_reason
    if reason is None:
        return None
    return {
        "kind": reason.kind,
        "points": reason.points,
        "ages_out": reason.ages_out,
        "text": submit_by_text(s),
    }


def _bundle_check_data(s: Standing) -> dict[str, Any] | None:
    check = s.bundle_check
    if check is None:
        return None
    return {
        "id": check.bundle.id,
        "counting_points": check.counting,
        "complete_until": check.complete_until,
        "out_of_date": not check.complete,
    }


def emit_json(standings: list[Standing], as_of: date) -> None:
    jsonout.emit({"as_of": as_of, "certifications": [standing_data(s) for s in standings]})


def print_status(standings: list[Standing], as_of: date, *, only_attention: bool = False) -> None:
    shown = [s for s in standings if not only_attention or s.needs_attention]
    if not shown:
        return  # cron mails any output: all is well means no output at all
    cards = [_card(s) for s in shown]
    heading = None if only_attention else f"As of {as_of}"
    _print_cards(heading, cards)


def print_no_certifications() -> None:
    sys.stdout.write(
        "No certification is tracked yet. Add the one you hold, with the expiry date shown in\n"
        "CertMetrics (OneStream Portal > CertMetrics > Certifications > Status):\n\n"
        '  onepoints cert add "OneStream Certified Associate" --expires 2027-05-31\n'
    )


# One layout, two ways to print it: colours and a bar on a terminal, plain aligned text
# when stdout is a pipe or a file. Plain text is what scripts and mail from
# cron want, and it spares `status` the import of rich when nobody
# sees colours (its cost: docs/performance.md).


class _Card(NamedTuple):
    standing: Standing
    rows: list[tuple[str, str]]
    aging: Sequence[tuple[str, ...]]


def _card(s: Standing) -> _Card:
    rows = [("Expires", f"{s.cert.expires}  ({_days(s.days_to_expiry)})")]
    if s.state != "micro":
        rows.append(("Deadline", f"{s.deadline}  ({_days(s.days_to_deadline)})"))
        needed = f"{points_text(s.needed)} needed" if s.needed else "enough"
        bar = _ascii_bar(s.balance)
        rows.append(
            ("Balance", f"{points_text(s.balance)} / {points_text(POINTS_REQUIRED)}  [{bar}]  {needed}")
        )
        rows.append(("With evidence", points_text(s.balance_with_evidence)))
        if s.shared:
            rows.append(("Shared", _shared_text(s)))
        if s.submit_by is not None:
            rows.append(("Submit by", _submit_by_row(s)))
        if s.balance_at_deadline is not None:
            rows.append(
                ("On the deadline", f"{points_text(s.balance_at_deadline)} (if nothing more is done)")
            )
        if s.planned:
            projected = (
                f", {points_text(s.projected)} on the deadline with them" if s.projected is not None else ""
            )
            rows.append(("Planned", f"{points_text(s.planned)}{projected}"))
        if s.planned_later:
            rows.append(("Planned later", f"{points_text(s.planned_later)} (after the last day to submit)"))
    aging = [
        (
            str(x.activity.id),
            str(x.activity.date),
            x.activity.title,
            points_text(x.activity.points),
            str(x.ages_out),
        )
        for x in s.aging_out[:AGING_ROWS_SHOWN]
    ]
    return _Card(s, rows, aging)


_AGING_HEADERS = ("id", "date", "title", "points", "ages out")

#: The status screen lists the first ones to age out; `--json` and `onepoints
#: list` have them all. (A long table would also slow every `status` down.)


def _more_aging(s: Standing) -> str | None:
    more = len(s.aging_out) - AGING_ROWS_SHOWN
    return f"... and {more} more (onepoints list)" if more > 0 else None


def _print_cards(heading: str | None, cards: list[_Card]) -> None:
    """One printer: plain on a pipe; on a terminal the same lines with colours and a bar
    of block characters, written directly (rich doubled `status`'s start-up time)."""
    from .table import clean, colours_on, is_terminal, paint
    from .table import render as render_table

    on, terminal = colours_on(), is_terminal()
    out: list[str] = [paint(heading, "dim", on)] if heading else []
    for card in cards:
        s = card.standing
        name = paint(clean(s.cert.name), "bold", on)
        out += ["", f"{name} ({s.cert.id}): {paint(_STATE_LABEL[s.state], _STATE_STYLE[s.state], on)}"]
        width = max(len(label) for label, _ in card.rows)
        for label, value in card.rows:
            if label == "Balance" and terminal:
                value = _block_balance(s, on)
            out.append(f"  {paint(label.ljust(width), 'dim', on)}  {value}")
        if card.aging:
            out.append("  Ages out before the deadline:")
            aging = render_table(_AGING_HEADERS, card.aging, right=("id", "points"), flex="title", indent=4)
            out += ["    " + line for line in aging.splitlines()]
            if more := _more_aging(s):
                out.append(f"    {paint(more, 'dim', on)}")
        out += [paint(f"  ! {w}", "yellow", on) for w in map(clean, warning_texts(s))]
        out.append(f"  {paint('Next:', 'bold', on)} {clean(next_step_text(s))}")
    if not heading:
        out = out[1:]  # `--check`: no heading, so no blank line before the first card
    sys.stdout.write("\n".join(out) + "\n")


def _block_balance(s: Standing, on: bool, width: int = 24) -> str:
    from .console import glyph
    from .table import paint

    filled = int(min(s.balance, POINTS_REQUIRED) * width / POINTS_REQUIRED)
    colour = "green" if s.balance >= POINTS_REQUIRED else "yellow"
    bar = paint(glyph("█") * filled, colour, on) + paint(glyph("░") * (width - filled), "dim", on)
    needed = f"{points_text(s.needed)} needed" if s.needed else "enough"
    return f"{points_text(s.balance)} / {points_text(POINTS_REQUIRED)}  {bar}  {needed}"


def _ascii_bar(balance, width: int = 20) -> str:
    filled = int(min(balance, POINTS_REQUIRED) * width / POINTS_REQUIRED)
    return "#" * filled + "-" * (width - filled)


def _submit_by_row(s: Standing) -> str:
    day = f"{s.submit_by}  ({_days((s.submit_by - s.as_of).days)})" if s.submit_by else ""
    return day + submit_by_why(s)


def submit_by_why(s: Standing) -> str:
    """Why the submit-by date is that day, after the date: ", then 2.5 age out"."""
    reason = s.submit_by_reason
    if reason is None:
        return ""
    if reason.kind == "ageing_out" and reason.points is not None:
        return f", then {points_text(reason.points)} {'ages' if reason.points == 1 else 'age'} out"
    return f", the {'deadline' if reason.kind == 'deadline' else 'day before the expiry'}"


def _shared_text(s: Standing) -> str:
    given = ", ".join(f"{points_text(points)} to {cert_id}" for cert_id, points in s.shared)
    return f"{given} (given by the plan or held in a built bundle: onepoints plan, onepoints bundles)"


def _days(days: int) -> str:
    if days == 0:
        return "today"
    if days > 0:
        return f"in {days} day{'s' if days != 1 else ''}"
    return f"{-days} day{'s' if days != -1 else ''} ago"


def state_label(state: str) -> str:
    """A state in the words of this screen (the HTML report uses them too)."""
    return _STATE_LABEL[state]


def state_colour(state: str) -> str:
    """The colour word of a state on this screen: green, yellow, red or dim."""
    return _STATE_STYLE[state].split()[-1]


def days_text(days: int) -> str:
    return _days(days)
