"""Recording an accepted extension case: extend."""

from typing import Annotated, Optional

import typer

from ..domain.rules import EXTENSION_MONTHS
from .bundle import CertId
from .common import parse_day, paths, today
from .groups import app


@app.command(
    "extend",
    help="Record an accepted extension case.\n\n"
    "The bundle's activities become used (they never count again) and the "
    f"expiry moves {EXTENSION_MONTHS} months, or to --to.\n\n"
    "\b\nExample: onepoints extend --cert oca --case CS0123456",
)
def extend(
    cert_id: CertId = None,
    bundle_id: Annotated[
        Optional[int], typer.Option("--bundle", metavar="ID", help="The bundle (default: the newest).")
    ] = None,
    to: Annotated[
        Optional[str],
        typer.Option("--to", metavar="DATE", help=f"New expiry (default: +{EXTENSION_MONTHS} months)."),
    ] = None,
    case: Annotated[
        Optional[str], typer.Option("--case", metavar="NUMBER", help="The ServiceNow case number.")
    ] = None,
    share: Annotated[
        bool,
        typer.Option(
            "--share", help="The case was accepted with activities another certification's extension used."
        ),
    ] = False,
) -> None:
    from ..app.extension import extend_certification
    from ..render.bundles import extended_after_expiry, extended_out_of_date, extension_recorded
    from ..render.messages import note, warning

    new_expiry = parse_day(to, "--to") if to else None
    done = extend_certification(
        paths(), cert_id, bundle_id, new_expiry, case, recorded=today(None), share=share
    )
    note(extension_recorded(done.extension))
    if done.after_expiry:
        warning(extended_after_expiry(done.extension))
    if done.check is not None and not done.check.complete:
        warning(extended_out_of_date(done.check))
