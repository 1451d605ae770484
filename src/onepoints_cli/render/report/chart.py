"""The rolling balance as an inline SVG chart, with its text alternatives.

Readable without colour: what is done is a solid line over a hatched area, the
balance with the planned activities a dashed line, the 40 line dash-dotted,
deadlines dashed and expiries dotted verticals, the days points age out marked
by triangles on the axis. Every mark has a <title>; the whole chart a <title>
and a <desc>; and a table under it holds the same numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from ...domain.dates import add_months
from ...domain.points.timeline import Step, Timeline, balance_on
from ...domain.rules import POINTS_REQUIRED
from ...domain.validation import points_text
from ..counts import points_with_noun
from .markup import esc

_W, _H = 800, 300
_LEFT, _RIGHT, _TOP, _BOTTOM = 44, 16, 14, 34
_MONTH_STEPS = (1, 2, 3, 6, 12, 24, 48)
_MAX_TICKS = 9

#: Dash patterns, so that a grey print tells the lines apart.
DASH_PLANNED = "7 4"
DASH_REQUIRED = "10 3 2 3"
DASH_DEADLINE = "5 4"
DASH_EXPIRY = "1.5 3"


class ChartData(NamedTuple):
    """`full`: the timeline of every unused activity (as `timeline --json`);
    `done`: the same days counting only what is done by `as_of`."""

    timeline: Timeline
    done: list[Step]
    as_of: date


class _Scale(NamedTuple):
    start: date
    span: int
    top: Decimal

    def x(self, day: date) -> float:
        return round(_LEFT + (day - self.start).days * (_W - _LEFT - _RIGHT) / self.span, 1)

    def y(self, points: Decimal) -> float:
        return round(_H - _BOTTOM - float(points / self.top) * (_H - _TOP - _BOTTOM), 1)


def chart_section(data: ChartData) -> str:
    t = data.timeline
    has_planned = any(a.date > data.as_of for s in t.steps for a in s.arriving)
    top = max([POINTS_REQUIRED, *(s.balance for s in t.steps)])
    unit = Decimal(10) if top <= 100 else Decimal(50)
    scale = _Scale(t.start, max(1, (t.end - t.start).days), (top // unit + 1) * unit)
    parts = [
        _defs(),
        _grid(scale, unit, t.end),
        _series(data.done, scale, t.end, "done", None),
        _required(scale, t.end),
        *_marks(t, scale),
        _ageing(t, scale),
    ]
    if has_planned:
        parts += [_series(t.steps, scale, t.end, "planned", DASH_PLANNED), _arrivals(data, scale)]
    svg = (
        f'<svg class="chart" viewBox="0 0 {_W} {_H}" role="img" aria-labelledby="chart-title chart-desc" '
        'xmlns="http://www.w3.org/2000/svg">'
        f'<title id="chart-title">{esc(_title(t))}</title><desc id="chart-desc">{esc(_desc(data))}</desc>'
        + "".join(parts)
        + "</svg>"
    )
    return f'<figure id="chart">{svg}<figcaption>{_legend(has_planned)}</figcaption></figure>{_table(data)}'


def _title(t: Timeline) -> str:
    return f"Balance of the unused activities, {t.start} to {t.end}"


def _desc(data: ChartData) -> str:
    t = data.timeline
    words = [f"On {t.start}: {points_with_noun(t.steps[0].balance)} (40 are required)."]
    for m in t.marks:
        if m.deadline is not None and t.start <= m.deadline <= t.end:
            on = points_text(balance_on(t.steps, m.deadline))
            words.append(f"{m.cert.id}: deadline {m.deadline} with {on} points, expires {m.cert.expires}.")
        else:
            words.append(f"{m.cert.id}: expires {m.cert.expires}.")
    words.append("The table below the chart lists every change.")
    return " ".join(words)


def _defs() -> str:
    return (
        '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="currentColor" '
        'stroke-width="1.2" opacity="0.35"/></pattern></defs>'
    )


def _grid(scale: _Scale, unit: Decimal, end: date) -> str:
    x0, x1, y0 = _LEFT, _W - _RIGHT, scale.y(Decimal(0))
    out = [
        f'<g class="axes" stroke="currentColor" stroke-width="1"><line x1="{x0}" y1="{y0}" x2="{x1}" y2="{y0}"/>'
    ]
    out.append(f'<line x1="{x0}" y1="{_TOP}" x2="{x0}" y2="{y0}"/></g><g class="ticks">')
    level = Decimal(0)
    while level <= scale.top:
        y = scale.y(level)
        out.append(
            f'<line x1="{x0}" y1="{y}" x2="{x1}" y2="{y}" stroke="currentColor" opacity="0.15"/>'
            f'<text x="{x0 - 6}" y="{y + 4}" text-anchor="end">{points_text(level)}</text>'
        )
        level += unit
    for day in _month_ticks(scale.start, end):
        x = scale.x(day)
        out.append(
            f'<line x1="{x}" y1="{y0}" x2="{x}" y2="{y0 + 4}" stroke="currentColor"/>'
            f'<text x="{x}" y="{y0 + 16}" text-anchor="{_anchor(x)}">{day:%Y-%m}</text>'
        )
    return "".join(out) + "</g>"


def _anchor(x: float) -> str:
    """A label at either edge is aligned inward, so that it is not cut."""
    if x < _LEFT + 24:
        return "start"
    return "end" if x > _W - _RIGHT - 24 else "middle"


def _month_ticks(start: date, end: date) -> list[date]:
    first = date(start.year, start.month, 1)
    if first < start:
        first = add_months(first, 1)
    months = (end.year - first.year) * 12 + end.month - first.month + 1
    step = next((k for k in _MONTH_STEPS if months / k <= _MAX_TICKS), _MONTH_STEPS[-1])
    ticks, day = [], first
    while day <= end:
        ticks.append(day)
        day = add_months(day, step)
    return ticks


def _path(steps: Sequence[Step], scale: _Scale, end: date) -> str:
    d = [f"M{scale.x(steps[0].day)} {scale.y(steps[0].balance)}"]
    for s in steps[1:]:
        d.append(f"H{scale.x(s.day)}V{scale.y(s.balance)}")
    d.append(f"H{scale.x(end)}")
    return "".join(d)


def _series(steps: Sequence[Step], scale: _Scale, end: date, name: str, dash: str | None) -> str:
    line = _path(steps, scale, end)
    if dash is None:  # what is done: a solid line over a hatched area
        area = f"{line}V{scale.y(Decimal(0))}H{scale.x(steps[0].day)}Z"
        return (
            f'<g class="series-{name}"><title>Balance with what is done by {steps[0].day}</title>'
            f'<path d="{area}" fill="url(#hatch)" stroke="none"/>'
            f'<path d="{line}" fill="none" stroke="var(--chart)" stroke-width="2.5"/></g>'
        )
    return (
        f'<g class="series-{name}"><title>Balance with the planned activities</title>'
        f'<path d="{line}" fill="none" stroke="var(--chart)" stroke-width="2" stroke-dasharray="{dash}"/></g>'
    )


def _required(scale: _Scale, end: date) -> str:
    y = scale.y(POINTS_REQUIRED)
    return (
        f'<g class="required"><title>{points_text(POINTS_REQUIRED)} points required</title>'
        f'<line x1="{_LEFT}" y1="{y}" x2="{_W - _RIGHT}" y2="{y}" stroke="currentColor" stroke-width="1.5" '
        f'stroke-dasharray="{DASH_REQUIRED}"/></g>'
    )


def _marks(t: Timeline, scale: _Scale) -> list[str]:
    out = []
    bottom = scale.y(Decimal(0))
    for m in t.marks:
        for day, what, dash in (
            (m.deadline, "deadline", DASH_DEADLINE),
            (m.cert.expires, "expires", DASH_EXPIRY),
        ):
            if day is None or not t.start <= day <= t.end:
                continue
            x = scale.x(day)
            label = f"{m.cert.id} {what} {day}"
            out.append(
                f'<g class="mark-{what}"><title>{esc(label)}</title>'
                f'<line x1="{x}" y1="{_TOP}" x2="{x}" y2="{bottom}" stroke="currentColor" stroke-width="1.5" '
                f'stroke-dasharray="{dash}"/>'
                f'<text class="label" transform="translate({x + 4} {_TOP + 2}) rotate(90)">{esc(label)}</text></g>'
            )
    return out


def _ageing(t: Timeline, scale: _Scale) -> str:
    y = scale.y(Decimal(0))
    out = ['<g class="ageing-out">']
    for s in t.steps[1:]:
        if not s.ageing_out:
            continue
        x = scale.x(s.day)
        points = sum((a.points for a in s.ageing_out), Decimal(0))
        ids = ", ".join(f"{a.id} {a.title}" for a in s.ageing_out)
        out.append(
            f'<path d="M{x - 4} {y - 8}h8l-4 7z" fill="var(--bg)" stroke="currentColor" stroke-width="1.2">'
            f"<title>{esc(f'{s.day}: {points_with_noun(points)} {_age(points)} out ({ids})')}</title></path>"
        )
    return "".join(out) + "</g>"


def _arrivals(data: ChartData, scale: _Scale) -> str:
    out = ['<g class="planned-arrivals">']
    for s in data.timeline.steps[1:]:
        planned = [a for a in s.arriving if a.date > data.as_of]
        if not planned:
            continue
        text = ", ".join(f"{a.id} {a.title} (+{points_text(a.points)})" for a in planned)
        out.append(
            f'<circle cx="{scale.x(s.day)}" cy="{scale.y(s.balance)}" r="4.5" fill="var(--bg)" '
            f'stroke="var(--chart)" stroke-width="2"><title>{esc(f"{s.day}: planned {text}")}</title></circle>'
        )
    return "".join(out) + "</g>"


def _swatch(inner: str) -> str:
    return f'<svg width="34" height="12" aria-hidden="true">{inner}</svg>'


def _line_swatch(dash: str | None, colour: str = "currentColor", width: float = 2) -> str:
    dashes = f' stroke-dasharray="{dash}"' if dash else ""
    return _swatch(f'<line x1="1" y1="6" x2="33" y2="6" stroke="{colour}" stroke-width="{width}"{dashes}/>')


def _legend(has_planned: bool) -> str:
    items = [
        (_line_swatch(None, "var(--chart)", 2.5), "balance with what is done (solid, hatched below)"),
        (_line_swatch(DASH_REQUIRED), "40 points required (dash-dot)"),
        (_line_swatch(DASH_DEADLINE), "submission deadline (dashed)"),
        (_line_swatch(DASH_EXPIRY), "expiry (dotted)"),
        (
            _swatch('<path d="M13 2h8l-4 7z" fill="none" stroke="currentColor" stroke-width="1.2"/>'),
            "points age out (triangle)",
        ),
    ]
    if has_planned:
        items[1:1] = [
            (_line_swatch(DASH_PLANNED, "var(--chart)"), "with the planned activities (dashed)"),
            (
                _swatch('<circle cx="17" cy="6" r="4" fill="none" stroke="currentColor" stroke-width="2"/>'),
                "a planned activity (circle)",
            ),
        ]
    return '<span class="legend">' + "".join(f"<span>{s} {text}</span>" for s, text in items) + "</span>"


def _table(data: ChartData) -> str:
    t = data.timeline
    rows = []
    for s in t.steps:
        changes = [
            f"+{points_text(a.points)} {a.id} {a.title}" + (" (planned)" if a.date > data.as_of else "")
            for a in s.arriving
        ]
        changes += [f"−{points_text(a.points)} {a.id} {a.title} ages out" for a in s.ageing_out]
        rows.append(
            f'<tr data-day="{s.day}" data-balance="{points_text(s.balance)}"><td>{s.day}</td>'
            f'<td class="num">{points_text(s.balance)}</td>'
            f'<td class="num">{points_text(balance_on(data.done, s.day))}</td>'
            f"<td>{esc('; '.join(changes)) if changes else 'start'}</td></tr>"
        )
    return (
        '<details><summary>The chart as a table</summary><table id="chart-data">'
        '<thead><tr><th>from</th><th class="num">balance</th><th class="num">without planned</th>'
        "<th>change</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table></details>"
    )


def _age(points: Decimal) -> str:
    return "ages" if points == 1 else "age"
