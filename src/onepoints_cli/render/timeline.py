"""`onepoints timeline`: the rolling balance as a chart of plain characters, or as JSON.

Plain characters on a terminal too: the chart must read without colour, and
the same text goes to a pipe, a file or a mail from cron.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from ..domain.points.timeline import Mark, Step, Timeline, balance_on
from ..domain.rules import POINTS_REQUIRED
from ..domain.validation import points_text
from . import jsonout
from .plaintext import shown, table, write_lines

#: The chart is at most this many rows high (one row per level).
MAX_ROWS = 10
#: Rows of the "changes" list under the chart; --json has every one.
CHANGES_SHOWN = 15
_LABEL = 6


def timeline_data(t: Timeline) -> dict[str, Any]:
    return {
        "from": t.start,
        "to": t.end,
        "certifications": [
            {
                "id": m.cert.id,
                "deadline": m.deadline,
                "expires": m.cert.expires,
                "balance_on_deadline": _on(t, m.deadline),
            }
            for m in t.marks
        ],
        "series": [
            {
                "date": s.day,
                "balance": s.balance,
                "arriving": [a.id for a in s.arriving],
                "ageing_out": [a.id for a in s.ageing_out],
            }
            for s in t.steps
        ],
    }


def _on(t: Timeline, day: date | None) -> Decimal | None:
    return balance_on(t.steps, day) if day is not None and t.start <= day <= t.end else None


def emit_json(t: Timeline) -> None:
    jsonout.emit(timeline_data(t))


def print_timeline(t: Timeline, chart_width: int, width: int | None) -> None:
    """`chart_width`: the chart's; `width`: what every line is fitted to (None: lines
    are whole, as on a pipe)."""
    lines = [f"Balance of the unused activities, {t.start} to {t.end}"]
    lines += ["", *chart(t, chart_width), ""]
    for m in t.marks:
        lines.append(_mark_line(t, m))
    lines += _changes(t, width)
    write_lines(lines, width)


def chart(t: Timeline, width: int) -> list[str]:
    span = (t.end - t.start).days + 1
    cols = max(1, min(width - _LABEL - 2, span))
    firsts = [t.start + timedelta(days=c * span // cols) for c in range(cols)]
    lows = _column_lows(t.steps, firsts, t.end)
    unit = _unit(max([POINTS_REQUIRED, *(s.balance for s in t.steps)]))
    rows = -(-max([POINTS_REQUIRED, *lows]) // unit)
    lines = []
    for r in range(int(rows), 0, -1):
        level = unit * r
        empty = "=" if level == POINTS_REQUIRED else " "
        cells = "".join("#" if low >= level else empty for low in lows)
        lines.append(f"{points_text(level).rjust(_LABEL)} |{cells}".rstrip())
    lines.append(f"{'0'.rjust(_LABEL)} +{'-' * cols}")
    lines.append(" " * (_LABEL + 2) + _date_axis(firsts, t.end))
    for m in t.marks:
        lines.append(f"{shown(m.cert.id)[:_LABEL].rjust(_LABEL)}  {_marks_row(m, firsts, t.end)}".rstrip())
    days = "1 day" if span == cols else f"{span / cols:.1f} days"
    lines.append(f"{'':{_LABEL}}  # lowest per {days}  = 40  D deadline  X expiry")
    return lines


def _column_lows(steps: list[Step], firsts: list[date], end: date) -> list[Decimal]:
    """The lowest balance over each column's days, in one pass over the steps."""
    lows, i = [], 0
    for c, first in enumerate(firsts):
        last = firsts[c + 1] - timedelta(days=1) if c + 1 < len(firsts) else end
        while i + 1 < len(steps) and steps[i + 1].day <= first:
            i += 1
        low, j = steps[i].balance, i
        while j + 1 < len(steps) and steps[j + 1].day <= last:
            j += 1
            low = min(low, steps[j].balance)
        lows.append(low)
    return lows


def _unit(top: Decimal) -> Decimal:
    """Points per row: 5, 10, 20, 40, 80... the first that fits MAX_ROWS (40 stays a row's level)."""
    unit = Decimal(5)
    while top > unit * MAX_ROWS:
        unit *= 2
    return unit


def _date_axis(firsts: list[date], end: date) -> str:
    cols = len(firsts)
    row = [" "] * cols
    labels = max(1, cols // 16)
    placed_to = -2
    for k in range(labels + 1):
        col = round(k * (cols - 1) / labels) if labels else 0
        text = str(end if col == cols - 1 else firsts[col])
        begin = col if k < labels else max(0, cols - len(text))
        if begin < placed_to + 2 or begin + len(text) > cols:
            continue
        row[begin : begin + len(text)] = text
        placed_to = begin + len(text)
    return "".join(row).rstrip()


def _marks_row(m: Mark, firsts: list[date], end: date) -> str:
    row = [" "] * len(firsts)
    for day, sign in ((m.deadline, "D"), (m.cert.expires, "X")):
        if day is not None and firsts[0] <= day <= end:
            row[_column(firsts, day)] = sign
    return "".join(row)


def _column(firsts: list[date], day: date) -> int:
    lo, hi = 0, len(firsts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if firsts[mid] <= day:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _mark_line(t: Timeline, m: Mark) -> str:
    head = f"{shown(m.cert.id)}:"
    if m.deadline is None:
        return f"{head} a micro-credential, expires {m.cert.expires}"
    on = _on(t, m.deadline)
    then = f" ({points_text(on)} points)" if on is not None else ""
    return f"{head} deadline {m.deadline}{then}, expires {m.cert.expires}"


def _changes(t: Timeline, width: int | None) -> list[str]:
    rows = [
        (
            str(s.day),
            f"{sign}{points_text(a.points)}",
            points_text(s.balance),
            f"{a.id} {what}: {shown(a.title)}",
        )
        for s in t.steps[1:]
        for sign, what, activities in (("+", "starts to count", s.arriving), ("-", "ages out", s.ageing_out))
        for a in activities
    ]
    head = ["", f"On {t.start}: {points_text(t.steps[0].balance)} points."]
    if not rows:
        return [*head, "No activity starts to count or ages out in this period."]
    headers = ("date", "change", "balance", "activity")
    shown_rows = rows[:CHANGES_SHOWN]
    lines = [
        *head,
        "Changes:",
        *table(headers, shown_rows, right=("change", "balance"), flex="activity", width=width),
    ]
    if len(rows) > CHANGES_SHOWN:
        lines.append(f"  ... and {len(rows) - CHANGES_SHOWN} more (--json has them all)")
    return lines
