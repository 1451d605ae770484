"""`onepoints report`: one HTML page to look at, print or hand on."""

from typing import Annotated, Optional

import typer

from .common import AsOf, load, paths, today
from .groups import app


@app.command("report")
def report(
    as_of: AsOf = None,
    out: Annotated[
        Optional[str],
        typer.Option(
            metavar="FILE|-",
            help="Write the page to this file, or to stdout with '-' (default: onepoints-report-DATE.html here).",
        ),
    ] = None,
    open_it: Annotated[bool, typer.Option("--open", help="Open the page in the default browser.")] = False,
) -> None:
    """One HTML page: each certification, the balance as a chart, the plan, every activity.

    Self-contained (no network, no other file): it works from a USB stick and prints on A4 or Letter.

    \b
    Example: onepoints report --out report.html --open
    """
    from pathlib import Path

    from .. import __version__
    from ..domain.allocation import make_plan
    from ..domain.standing import standings
    from ..domain.timeline import balance_steps, pool, timeline_for
    from ..domain.window import states_on
    from ..errors import OnePointsError, UsageError
    from ..render.messages import note, warning
    from ..render.report.chart import ChartData
    from ..render.report.page import Report, report_html
    from ..render.transfer import write_stdout
    from ..storage.evidence_files import evidence_location
    from ..storage.outfile import write_output

    if out == "-" and open_it:
        raise UsageError("--open needs a file: give --out FILE, not '-'.")
    snapshot, where, day = load(), paths(), today(as_of)
    ledger, settings = snapshot.ledger, snapshot.settings
    line = timeline_for(ledger, settings, day, None, None)
    done = balance_steps([a for a in pool(ledger) if a.date <= day], day, line.end)
    page = Report(
        day,
        settings,
        standings(ledger, settings, day),
        make_plan(ledger, settings, day),
        ChartData(line, done, day),
        states_on(ledger, day),
        __version__,
    )
    data = report_html(page, lambda p: str(evidence_location(p, where.data_dir))).encode()
    if out == "-":
        write_stdout(data)
        return
    if out is None and Path.cwd().resolve() == where.data_dir.resolve():
        # A reading command creates nothing in the data folder.
        raise OnePointsError("The current folder is onepoints' data folder: give --out FILE elsewhere.")
    written = write_output(out or f"onepoints-report-{day}.html", data, where)
    note(f"Report written to {written}")
    if open_it:
        import webbrowser

        if not webbrowser.open(written.as_uri()):
            warning(f"No browser could be started: open {written} yourself.")
