"""`onepoints calendar`: deadlines, expiries and aging-out dates as calendar reminders."""

from datetime import UTC
from typing import Annotated, Optional

import typer

from .common import AsOf, load, paths, today
from .groups import app


@app.command("calendar")
def calendar(
    out: Annotated[
        Optional[str],
        typer.Option(metavar="FILE", help="Write to this .ics file instead of stdout (- is stdout)."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
    as_of: AsOf = None,
) -> None:
    """Calendar reminders: deadlines, expiries, points ageing out.

    Writes an iCalendar file of your deadlines, expiries and the days points age out.

    Import it into Outlook, Google or Apple Calendar; importing a newer file updates the events.

    \b
    Example: onepoints calendar --out onepoints.ics --force
    """
    from datetime import datetime

    from .. import __version__
    from ..domain.reminders import reminders
    from ..render import confirmations
    from ..render.calendar import to_ical
    from ..render.messages import note
    from ..render.transfer import write_stdout
    from ..storage.outfile import is_stdout, output_target, write_output

    snapshot, where = load(), paths()
    if out is not None and not is_stdout(out):
        output_target(out, where, force=force)  # a wrong --out is said before any work
    events = reminders(snapshot.ledger, snapshot.settings, today(as_of))
    data = to_ical(events, datetime.now(UTC), __version__)
    if out is None or is_stdout(out):
        write_stdout(data)
        return
    written = write_output(out, data, where, force=force)
    note(confirmations.events_written(len(events), written))
