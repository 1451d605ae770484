"""`onepoints plan` and `onepoints timeline`: several certifications, one set of activities."""

import sys
from typing import Annotated, Optional

import typer

from .common import AsOf, Json, load, parse_day, today
from .completion import cert_ids, when_completing
from .groups import app

Width = Annotated[
    Optional[int],
    typer.Option(
        "--width", min=40, max=1000, metavar="N", help="Characters per line (default: the terminal's)."
    ),
]


def terminal_width(width: int | None, pipe_default: int | None) -> int | None:
    """--width, else the terminal's width, else `pipe_default` (None: lines are never cut)."""
    if width is not None:
        return width
    if sys.stdout.isatty():
        import shutil

        return shutil.get_terminal_size().columns
    return pipe_default


@app.command("plan")
def plan(as_of: AsOf = None, json: Json = False, width: Width = None) -> None:
    """Which activities extend which certification, each activity once.

    \b
    Example: onepoints plan --as-of 2026-11-24
    """
    from ..domain.allocation import make_plan
    from ..domain.as_of_view import ledger_as_of
    from ..render import plan as render

    snapshot, day = load(), today(as_of)
    result = make_plan(ledger_as_of(snapshot.ledger, day), snapshot.settings, day)
    render.emit_json(result) if json else render.print_plan(result, terminal_width(width, None))


@app.command("timeline")
def timeline(
    cert_id: Annotated[
        Optional[str],
        typer.Option(
            "--cert",
            metavar="ID",
            help="Mark only this certification.",
            autocompletion=when_completing(cert_ids),
        ),
    ] = None,
    start: Annotated[
        Optional[str], typer.Option("--from", metavar="DATE", help="First day (default: today).")
    ] = None,
    end: Annotated[
        Optional[str], typer.Option("--to", metavar="DATE", help="Last day (default: the last expiry).")
    ] = None,
    json: Json = False,
    width: Width = None,
) -> None:
    """The rolling balance over time, as a chart: the 40 line, deadlines, expiries.

    \b
    Example: onepoints timeline --from 2026-11-24 --to 2027-06-30
    """
    from ..domain.timeline import timeline_for
    from ..render import timeline as render

    snapshot = load()
    first = today(start)
    last = parse_day(end, "--to") if end else None
    result = timeline_for(snapshot.ledger, snapshot.settings, first, last, cert_id)
    if json:
        render.emit_json(result)
    else:  # the chart needs a width even on a pipe; the text is folded only on a terminal or with --width
        render.print_timeline(result, terminal_width(width, 80), terminal_width(width, None))
