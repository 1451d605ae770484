"""Recording an accepted extension case: extend."""

from typing import Annotated, Optional

import typer

from .app import app
from .bundle import CertId
from .common import parse_day, paths, today


@app.command("extend")
def extend(
    cert_id: CertId = None,
    bundle_id: Annotated[
        Optional[int], typer.Option("--bundle", metavar="ID", help="The bundle (default: the newest).")
    ] = None,
    to: Annotated[
        Optional[str], typer.Option("--to", metavar="DATE", help="New expiry (default: +24 months).")
    ] = None,
    case: Annotated[Optional[str], typer.Option("--case", help="The ServiceNow case number.")] = None,
) -> None:
    """Record an accepted extension case.

    The bundle's activities become used (they never count again) and the
    expiry moves 24 months, or to --to.

    Example: onepoints extend --cert oca --case CS0123456
    """
    from ..app.extension import extend_certification
    from ..render.bundles import extension_recorded
    from ..render.messages import note

    new_expiry = parse_day(to, "--to") if to else None
    ext = extend_certification(paths(), cert_id, bundle_id, new_expiry, case, recorded=today(None))
    note(extension_recorded(ext))
