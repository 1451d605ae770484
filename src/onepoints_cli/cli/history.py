"""The ledger's history: undo, redo, history."""

from typing import Annotated, Optional

import typer

from .common import AsOf, Json, paths, record, today
from .groups import app

Steps = Annotated[int, typer.Argument(metavar="[N]", min=1, help="How many steps (default 1).")]


@app.command("undo")
def undo(
    steps: Steps = 1,
    to: Annotated[
        Optional[int],
        typer.Option(
            "--to", metavar="VERSION", min=1, help="Go back to this version (see `onepoints history`)."
        ),
    ] = None,
) -> None:
    """Go back to the version before the last change (N: that many changes back).

    The undo is itself a new version: `onepoints redo` goes forward again, and
    `onepoints history` lists every version.

    \b
    Example: onepoints undo
    """
    from ..render.history import print_restored
    from ..storage.ledger import versions

    if to is not None:
        heading = f"Went back to version {to}"
    else:
        heading = "Undid the last change" if steps == 1 else f"Undid the last {steps} changes"
    print_restored(versions.undo(paths(), steps, record(), to), heading)


@app.command("redo")
def redo(steps: Steps = 1) -> None:
    """Go forward again after `onepoints undo` (N: that many steps).

    \b
    Example: onepoints redo
    """
    from ..render.history import print_restored
    from ..storage.ledger import versions

    heading = "Redid the last undone change" if steps == 1 else f"Redid the last {steps} undone changes"
    print_restored(versions.redo(paths(), steps, record()), heading)


@app.command("history")
def history(json: Json = False, as_of: AsOf = None) -> None:
    """List the saved versions of the ledger: when, which command, what changed.

    With --as-of, only the versions written up to that day (by their time).

    \b
    Example: onepoints history
    """
    from ..app.history_view import listing_until
    from ..render import history as render
    from ..storage.ledger import versions

    found, on_disk = listing_until(paths(), today(as_of)) if as_of else versions.listing(paths())
    render.emit_history_json(found, on_disk) if json else render.print_history(found, on_disk)
