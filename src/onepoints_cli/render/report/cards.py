"""One card per certification: the numbers of `status --json`, the next step in its words."""

from __future__ import annotations

from decimal import Decimal

from ...domain.points.standing import Standing
from ...domain.rules import POINTS_REQUIRED
from ...domain.validation import points_text
from ..advice import next_step_text, warning_texts
from ..status import days_text, state_colour, state_label, submit_by_why
from .markup import cells, day, esc


def cards_section(standings: list[Standing]) -> str:
    if not standings:
        return (
            '<p class="muted">No certification is tracked yet: '
            "<code>onepoints cert add NAME --expires DATE</code> adds the one you hold.</p>"
        )
    return '<div class="cards">' + "".join(card(s) for s in standings) + "</div>"


def card(s: Standing) -> str:
    tone = state_colour(s.state)
    head = (
        f'<h3>{esc(s.cert.name)} <span class="muted">({esc(s.cert.id)})</span>: '
        f'<span class="state" data-key="state" data-value="{esc(s.state)}">{esc(state_label(s.state))}</span></h3>'
    )
    rows = "".join(f"<dt>{label}</dt>{value}" for label, value in _rows(s))
    parts = [head, f"<dl>{rows}</dl>", _ageing_table(s)]
    if warnings := warning_texts(s):
        parts.append('<ul class="warnings">' + "".join(f"<li>{esc(w)}</li>" for w in warnings) + "</ul>")
    parts.append(
        f'<p class="next"><strong>Next:</strong><span data-key="next_step">{esc(next_step_text(s))}</span></p>'
    )
    return (
        f'<article class="card tone-{tone}" id="cert-{esc(s.cert.id)}" data-cert="{esc(s.cert.id)}">'
        + "".join(parts)
        + "</article>"
    )


def _dd(key: str, value: Decimal | str, shown: str) -> str:
    """A value with the `status --json` key it is, for a reader's tools and the tests."""
    data = points_text(value) if isinstance(value, Decimal) else value
    return f'<dd data-key="{key}" data-value="{esc(data)}">{shown}</dd>'


def _rows(s: Standing) -> list[tuple[str, str]]:
    if s.state == "micro":
        return [("Expires", _day_dd("expires", s.cert.expires.isoformat(), s.days_to_expiry))]
    needed = f"{points_text(s.needed)} needed" if s.needed else "enough"
    filled = min(s.balance, POINTS_REQUIRED) * 100 / POINTS_REQUIRED
    bar = f'<span class="bar" aria-hidden="true"><span style="width:{filled:.1f}%"></span></span>'
    balance = f"{points_text(s.balance)} / {points_text(POINTS_REQUIRED)}{bar}{needed}"
    rows = [
        ("Balance", _dd("balance", s.balance, balance)),
        (
            "With evidence",
            _dd("balance_with_evidence", s.balance_with_evidence, points_text(s.balance_with_evidence)),
        ),
    ]
    if s.shared:
        given = ", ".join(f"{points_text(p)} to {esc(c)}" for c, p in s.shared)
        rows.append(("Shared", f"<dd>the plan gives {given} (see the plan below)</dd>"))
    rows += _submit_by_rows(s)
    rows.append(("Deadline", _day_dd("deadline", s.deadline.isoformat(), s.days_to_deadline)))
    rows.append(("Expires", _day_dd("expires", s.cert.expires.isoformat(), s.days_to_expiry)))
    if s.balance_at_deadline is not None:
        on = points_text(s.balance_at_deadline)
        rows.append(
            (
                "On the deadline",
                _dd("balance_at_deadline", s.balance_at_deadline, f"{on} (if nothing more is done)"),
            )
        )
    if s.planned:
        with_them = (
            f", {points_text(s.projected)} on the deadline with them" if s.projected is not None else ""
        )
        rows.append(("Planned", _dd("planned", s.planned, f"{points_text(s.planned)}{with_them}")))
    return rows


def _submit_by_rows(s: Standing) -> list[tuple[str, str]]:
    """The last day a complete case can be submitted, with why, as `status` words it."""
    if s.submit_by is None:
        return []
    shown = f"{s.submit_by.isoformat()} ({days_text((s.submit_by - s.as_of).days)}){esc(submit_by_why(s))}"
    return [("Submit by", _dd("submit_by", s.submit_by.isoformat(), shown))]


def _day_dd(key: str, iso: str, days: int) -> str:
    return _dd(key, iso, f"{iso} ({days_text(days)})")


def _ageing_table(s: Standing) -> str:
    if not s.aging_out:
        return ""
    rows = "".join(
        "<tr>"
        + cells(
            [
                str(x.activity.id),
                day(x.activity.date),
                esc(x.activity.title),
                points_text(x.activity.points),
                day(x.ages_out),
            ]
        )
        + "</tr>"
        for x in s.aging_out
    )
    head = cells(["id", "date", "title", "points", "ages out"], "th")
    return f'<table class="ageing"><caption>Ages out before the deadline</caption><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
