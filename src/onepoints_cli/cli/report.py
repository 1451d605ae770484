"""`onepoints report`: one HTML page to look at, print or hand on."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from .common import AsOf, load_as_of, paths
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
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
) -> None:
    """One HTML page: each certification, the balance as a chart, the plan, every activity.

    Self-contained (no network, no other file): it works from a USB stick and prints on A4 or Letter.

    \b
    Example: onepoints report --out report.html --open
    """
    import sys

    from .. import __version__
    from ..domain.points.allocation import make_plan
    from ..domain.points.standing import standings
    from ..domain.points.timeline import balance_steps, pool, timeline_for
    from ..domain.window import states_on
    from ..errors import OnePointsError, UsageError
    from ..render import confirmations
    from ..render.messages import note, warning
    from ..render.report.chart import ChartData
    from ..render.report.page import Report, report_html
    from ..storage.outfile import write_output

    if out == "-" and open_it:
        raise UsageError("--open needs a file: give --out FILE, not '-'.")
    (snapshot, day), where = load_as_of(as_of), paths()
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
    data = report_html(page, lambda p: _located(p, where.data_dir)).encode()
    if out == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    if out is None and Path.cwd().resolve() == where.data_dir.resolve():
        # A reading command creates nothing in the data folder.
        raise OnePointsError("The current folder is onepoints' data folder: give --out FILE elsewhere.")
    written = write_output(out or f"onepoints-report-{day}.html", data, where, force=force)
    note(confirmations.report_written(written))
    if open_it:
        import webbrowser

        if not webbrowser.open(written.as_uri()):
            warning(f"No browser could be started: open {written} yourself.")


def _located(path: str, data_dir: Path) -> str:
    """A relative evidence path is relative to the ledger's folder, as in
    storage/evidence_files.evidence_location (not imported: it brings hashlib, whose
    import is a share of a command held to 1.6x the floor, docs/performance.md). A Windows path recorded on Windows stays one."""
    from pathlib import PureWindowsPath

    if PureWindowsPath(path).is_absolute():
        return path
    return str(data_dir / path)  # an absolute path stays itself
