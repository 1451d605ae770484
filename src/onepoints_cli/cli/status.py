"""`onepoints status`: where each certification stands."""

from typing import Annotated, Optional

import typer

from .common import AsOf, Json, load, today
from .completion import cert_ids, when_completing
from .groups import app


@app.command("status")
def status(
    cert_id: Annotated[
        Optional[str],
        typer.Option(
            "--cert", metavar="ID", help="Only this certification.", autocompletion=when_completing(cert_ids)
        ),
    ] = None,
    as_of: AsOf = None,
    json: Json = False,
    check: Annotated[
        bool,
        typer.Option(
            "--check",
            help="Print only what needs attention, nothing when all is well; exit 1 if anything does (for cron).",
        ),
    ] = False,
) -> None:
    """Balance, deadline and next step for each certification.

    \b
    Example: onepoints status --cert oca --as-of 2026-12-31
    """
    from ..domain.as_of_view import ledger_as_of
    from ..domain.standing import standings
    from ..render import status as render

    snapshot, day = load(), today(as_of)
    result = standings(ledger_as_of(snapshot.ledger, day), snapshot.settings, day, only=cert_id)
    if json:
        render.emit_json(result, day)
    elif not result:
        render.print_no_certifications()  # even with --check: a cron job on an empty ledger watches nothing
    else:
        render.print_status(result, day, only_attention=check)
    if check and any(s.needs_attention for s in result):
        raise typer.Exit(1)
