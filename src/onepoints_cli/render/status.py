"""`onepoints status`: each certification's standing, as a panel or as JSON."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..checks import points_text
from ..rules import POINTS_REQUIRED
from ..standing import ATTENTION_STATES, Standing
from . import jsonout

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
        "next_step": s.next_step,
        "warnings": list(s.warnings),
    }


def emit_json(standings: list[Standing], as_of: date) -> None:
    jsonout.emit({"as_of": as_of, "certifications": [standing_data(s) for s in standings]})


def print_status(standings: list[Standing], as_of: date, *, only_attention: bool = False) -> None:
    from rich.console import Console

    console = Console(highlight=False)
    shown = [s for s in standings if not only_attention or s.state in ATTENTION_STATES]
    if not only_attention:
        console.print(f"[dim]As of {as_of}[/]")
    for standing in shown:
        console.print()
        console.print(_panel(standing))


def print_no_certifications() -> None:
    from rich.console import Console

    Console(highlight=False).print(
        "No certification is tracked yet. Add the one you hold, with the expiry date shown in "
        "CertMetrics (OneStream Portal > CertMetrics > Certifications > Status):\n\n"
        '  onepoints cert add "OneStream Certified Associate" --expires 2027-05-31\n'
    )


def _panel(s: Standing):
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    title = Text.assemble(
        (s.cert.name, "bold"), f"  ({s.cert.id})  ", (_STATE_LABEL[s.state], _STATE_STYLE[s.state])
    )
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column()
    grid.add_row("Expires", f"{s.cert.expires}  ({_days(s.days_to_expiry)})")
    if s.state != "micro":
        _add_points_rows(grid, s)
    parts: list[Any] = [title, grid]
    if s.aging_out:
        parts.append(_aging_table(s))
    for warning in s.warnings:
        parts.append(Text(f"! {warning}", style="yellow"))
    parts.append(Text.assemble(("Next: ", "bold"), s.next_step))
    return Group(*parts)


def _add_points_rows(grid, s: Standing) -> None:
    grid.add_row("Deadline", f"{s.deadline}  ({_days(s.days_to_deadline)})")
    grid.add_row("Balance", _bar(s))
    grid.add_row("With evidence", points_text(s.balance_with_evidence))
    if s.balance_at_deadline is not None:
        grid.add_row("On the deadline", f"{points_text(s.balance_at_deadline)} (if nothing more is done)")
    if s.planned:
        projected = (
            f", {points_text(s.projected)} on the deadline with them" if s.projected is not None else ""
        )
        grid.add_row("Planned", f"{points_text(s.planned)}{projected}")


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


def _aging_table(s: Standing):
    from rich.table import Table

    table = Table(title="Ages out before the deadline", title_justify="left", box=None, padding=(0, 2))
    for header in ("id", "date", "title", "points", "ages out"):
        table.add_column(header, justify="right" if header in ("id", "points") else "left")
    for item in s.aging_out:
        a = item.activity
        table.add_row(str(a.id), str(a.date), a.title, points_text(a.points), str(item.ages_out))
    return table


def _days(days: int) -> str:
    if days == 0:
        return "today"
    if days > 0:
        return f"in {days} day{'s' if days != 1 else ''}"
    return f"{-days} day{'s' if days != -1 else ''} ago"
