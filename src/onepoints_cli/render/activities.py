"""Activities: the `list` table, the `show` card, and their JSON."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..domain.models import Activity, ActivityState, Kind
from ..domain.validation import points_text
from ..domain.window import ages_out
from . import jsonout
from .messages import escape

_STATE_STYLE = {
    "counting": "green",
    "planned": "cyan",
    "aged_out": "dim",
    "before_program": "dim",
    "used": "magenta",
}


def activity_data(activity: Activity, state: ActivityState) -> dict[str, Any]:
    return {
        "id": activity.id,
        "title": activity.title,
        "kind": activity.kind,
        "date": activity.date,
        "hours": activity.hours,
        "points": activity.points,
        "state": state,
        "ages_out": ages_out(activity.date),
        "evidence": [{"path": e.path, "size": e.size, "sha256": e.sha256} for e in activity.evidence],
        "note": activity.note,
    }


def emit_list_json(rows: list[tuple[Activity, ActivityState]], as_of: date) -> None:
    jsonout.emit({"as_of": as_of, "activities": [activity_data(a, s) for a, s in rows]})


def emit_show_json(activity: Activity, state: ActivityState) -> None:
    jsonout.emit(activity_data(activity, state))


def print_list(rows: list[tuple[Activity, ActivityState]], as_of: date) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    if not rows:
        console.print(
            'No activities yet. Log one: onepoints add "Tech Talk: Cube views" --date 2025-03-04 --kind tech-talk --hours 1'
        )
        return
    # The kind is left to `show`: on an 80-column terminal the title needs the room.
    table = Table(title=f"Activities as of {as_of}", title_justify="left", box=box.SIMPLE_HEAD)
    for header in ("id", "date", "title", "points", "state", "ages out", "files"):
        right = header in ("id", "points", "files")
        table.add_column(header, justify="right" if right else "left", no_wrap=header != "title")
    for activity, state in rows:
        table.add_row(
            str(activity.id),
            str(activity.date),
            escape(activity.title),
            points_text(activity.points),
            f"[{_STATE_STYLE[state]}]{state}[/]",
            str(ages_out(activity.date)),
            str(len(activity.evidence)) if activity.evidence else "[yellow]none[/]",
        )
    console.print(table)


def print_show(activity: Activity, state: ActivityState, kinds: dict[str, Kind]) -> None:
    from rich.console import Console
    from rich.table import Table

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")  # a path must stay whole to be copied
    kind = kinds.get(activity.kind)
    grid.add_row("Activity", f"{activity.id}: {escape(activity.title)}")
    grid.add_row("Date", str(activity.date))
    grid.add_row("Kind", escape(f"{activity.kind} ({kind.name})" if kind else activity.kind))
    if activity.hours is not None:
        grid.add_row("Hours", points_text(activity.hours))
    grid.add_row("Points", points_text(activity.points))
    grid.add_row("State", f"[{_STATE_STYLE[state]}]{state}[/]")
    grid.add_row("Ages out", str(ages_out(activity.date)))
    if activity.note:
        grid.add_row("Note", escape(activity.note))
    for number, ev in enumerate(activity.evidence, 1):
        grid.add_row(
            f"Evidence {number}", f"{escape(ev.path)}\n[dim]{ev.size} bytes, sha256 {ev.sha256[:16]}...[/]"
        )
    if not activity.evidence:
        grid.add_row("Evidence", f"[yellow]none yet[/] (onepoints attach {activity.id} FILE)")
    Console(highlight=False).print(grid)
