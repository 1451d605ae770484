"""Activities: the `list` table, the `show` card, and their JSON."""

from __future__ import annotations

import sys
from datetime import date
from typing import Any

from ..domain.models import Activity, ActivityState, Kind
from ..domain.validation import points_text
from ..domain.window import ages_out
from . import jsonout

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


#: How each state reads in a table (JSON keeps the ids).
STATE_LABEL = {
    "counting": "counting",
    "planned": "planned",
    "aged_out": "aged out",
    "before_program": "before the program",
    "used": "used",
}


def print_list(rows: list[tuple[Activity, ActivityState]], as_of: date) -> None:
    from . import table

    if not rows:
        sys.stdout.write(
            'No activities yet. Log one: onepoints add "Tech Talk: Cube views" --date 2025-03-04 --kind tech-talk --hours 1\n'
        )
        return
    # The kind is left to `show`: on an 80-column terminal the title needs the room.
    cells, styles = [], []
    for activity, state in rows:
        cells.append(
            (
                str(activity.id),
                str(activity.date),
                activity.title,
                points_text(activity.points),
                STATE_LABEL[state],
                str(ages_out(activity.date)),
                str(len(activity.evidence)) if activity.evidence else "none",
            )
        )
        styles.append(
            (None, None, None, None, _STATE_STYLE[state], None, None if activity.evidence else "yellow")
        )
    table.write(
        ("id", "date", "title", "points", "state", "ages out", "files"),
        cells,
        right=("id", "points", "files"),
        flex="title",
        styles=styles,
        title=f"Activities as of {as_of}",
    )


def print_show(activity: Activity, state: ActivityState, kinds: dict[str, Kind]) -> None:
    """Label and value lines; a path or a sha256 is never cut, whatever the width."""
    from .table import clean, colours_on, paint

    on = colours_on()
    kind = kinds.get(activity.kind)
    rows = [
        ("Activity", f"{activity.id}: {clean(activity.title)}"),
        ("Date", str(activity.date)),
        ("Kind", clean(f"{activity.kind} ({kind.name})" if kind else activity.kind)),
    ]
    if activity.hours is not None:
        rows.append(("Hours", points_text(activity.hours)))
    rows += [
        ("Points", points_text(activity.points)),
        ("State", paint(STATE_LABEL[state], _STATE_STYLE[state], on)),
        ("Ages out", str(ages_out(activity.date))),
    ]
    if activity.note:
        rows.append(("Note", clean(activity.note)))
    for number, ev in enumerate(activity.evidence, 1):
        rows.append((f"Evidence {number}", clean(ev.path)))
        rows.append(("", paint(f"{ev.size} bytes, sha256 {ev.sha256}", "dim", on)))
    if not activity.evidence:
        rows.append(("Evidence", f"{paint('none yet', 'yellow', on)} (onepoints attach {activity.id} FILE)"))
    label_width = max(len(label) for label, _ in rows)
    sys.stdout.write(
        "".join(f"{paint(label.ljust(label_width), 'dim', on)}  {value}\n" for label, value in rows)
    )


def state_colour(state: ActivityState) -> str:
    """The colour word of an activity's state in `list` (the HTML report uses it too)."""
    return _STATE_STYLE[state]
