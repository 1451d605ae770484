"""`onepoints status`: each certification's standing, as a panel or as JSON."""

from __future__ import annotations

import sys
from datetime import date
from typing import Any, NamedTuple

from ..domain.rules import POINTS_REQUIRED
from ..domain.standing import Standing
from ..domain.validation import points_text
from . import jsonout
from .messages import escape

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
        "needs_attention": s.needs_attention,
        "next_step": s.next_step,
        "warnings": list(s.warnings),
    }


def emit_json(standings: list[Standing], as_of: date) -> None:
    jsonout.emit({"as_of": as_of, "certifications": [standing_data(s) for s in standings]})


def print_status(standings: list[Standing], as_of: date, *, only_attention: bool = False) -> None:
    shown = [s for s in standings if not only_attention or s.needs_attention]
    if not shown:
        return  # cron mails any output: all is well means no output at all
    cards = [_card(s) for s in shown]
    heading = None if only_attention else f"As of {as_of}"
    if sys.stdout.isatty():
        _print_rich(heading, cards)
    else:
        _print_plain(heading, cards)


def print_no_certifications() -> None:
    sys.stdout.write(
        "No certification is tracked yet. Add the one you hold, with the expiry date shown in\n"
        "CertMetrics (OneStream Portal > CertMetrics > Certifications > Status):\n\n"
        '  onepoints cert add "OneStream Certified Associate" --expires 2027-05-31\n'
    )


# One layout, two ways to print it: rich on a terminal, plain aligned text
# when stdout is a pipe or a file. Plain text is what scripts and mail from
# cron want, and it spares `status` the ~20 ms import of rich when nobody
# sees colours (see docs/performance.md).


class _Card(NamedTuple):
    standing: Standing
    rows: list[tuple[str, str]]
    aging: list[tuple[str, ...]]


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
        if s.balance_at_deadline is not None:
            rows.append(
                ("On the deadline", f"{points_text(s.balance_at_deadline)} (if nothing more is done)")
            )
        if s.planned:
            projected = (
                f", {points_text(s.projected)} on the deadline with them" if s.projected is not None else ""
            )
            rows.append(("Planned", f"{points_text(s.planned)}{projected}"))
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
AGING_ROWS_SHOWN = 8


def _more_aging(s: Standing) -> str | None:
    more = len(s.aging_out) - AGING_ROWS_SHOWN
    return f"... and {more} more (onepoints list)" if more > 0 else None


def _print_plain(heading: str | None, cards: list[_Card]) -> None:
    out: list[str] = [heading] if heading else []
    for card in cards:
        s = card.standing
        out += ["", f"{s.cert.name} ({s.cert.id}): {_STATE_LABEL[s.state]}"]
        width = max(len(label) for label, _ in card.rows)
        out += [f"  {label.ljust(width)}  {value}" for label, value in card.rows]
        if card.aging:
            out.append("  Ages out before the deadline:")
            out += _plain_table(_AGING_HEADERS, card.aging, indent="    ")
            if more := _more_aging(s):
                out.append(f"    {more}")
        out += [f"  ! {w}" for w in s.warnings]
        out.append(f"  Next: {s.next_step}")
    sys.stdout.write("\n".join(out) + "\n")


def _plain_table(headers: tuple[str, ...], rows: list[tuple[str, ...]], indent: str) -> list[str]:
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
    return [
        indent + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in [headers, *rows]
    ]


def _print_rich(heading: str | None, cards: list[_Card]) -> None:
    from rich.console import Console

    console = Console(highlight=False)
    if heading:
        console.print(f"[dim]{heading}[/]")
    for card in cards:
        console.print()
        console.print(_rich_card(card))


def _rich_card(card: _Card):
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    s = card.standing
    title = Text.assemble(
        (s.cert.name, "bold"), f"  ({s.cert.id})  ", (_STATE_LABEL[s.state], _STATE_STYLE[s.state])
    )
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column()
    for label, value in card.rows:
        grid.add_row(label, _bar(s) if label == "Balance" else value)
    parts: list[Any] = [title, grid]
    if card.aging:
        table = Table(title="Ages out before the deadline", title_justify="left", box=None, padding=(0, 2))
        for header in _AGING_HEADERS:
            table.add_column(header, justify="right" if header in ("id", "points") else "left")
        for row in card.aging:
            table.add_row(*(escape(cell) for cell in row))
        parts.append(table)
        if more := _more_aging(s):
            parts.append(Text(f"  {more}", style="dim"))
    parts += [Text(f"! {w}", style="yellow") for w in s.warnings]
    parts.append(Text.assemble(("Next: ", "bold"), s.next_step))
    return Group(*parts)


def _bar(s: Standing):
    from rich.progress_bar import ProgressBar
    from rich.table import Table

    row = Table.grid(padding=(0, 1))
    row.add_row(
        f"{points_text(s.balance)} / {points_text(POINTS_REQUIRED)}",
        ProgressBar(total=float(POINTS_REQUIRED), completed=float(min(s.balance, POINTS_REQUIRED)), width=24),
        f"{points_text(s.needed)} needed" if s.needed else "enough",
    )
    return row


def _ascii_bar(balance, width: int = 20) -> str:
    filled = int(min(balance, POINTS_REQUIRED) * width / POINTS_REQUIRED)
    return "#" * filled + "-" * (width - filled)


def _days(days: int) -> str:
    if days == 0:
        return "today"
    if days > 0:
        return f"in {days} day{'s' if days != 1 else ''}"
    return f"{-days} day{'s' if days != -1 else ''} ago"
