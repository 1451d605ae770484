"""`onepoints scan`: propose activities from certificates, emails and invitations."""

from typing import Annotated, Optional

import typer

from .activities import Copy
from .common import Json, load, paths, today
from .groups import app


def _numbers(text: str | None) -> set[int] | None:
    if text is None:
        return None
    try:
        numbers = {int(part) for part in text.split(",") if part.strip()}
    except ValueError:
        raise typer.BadParameter(f"{text!r}: give proposal numbers separated by commas, e.g. 2,5.") from None
    if not numbers:
        raise typer.BadParameter("give at least one proposal number, e.g. 2,5.")
    return numbers


@app.command("scan")
def scan(
    targets: Annotated[list[str], typer.Argument(metavar="PATH...", help="Files or folders to read.")],
    recursive: Annotated[
        bool, typer.Option("--recursive", "-r", help="Read the folders inside too.")
    ] = False,
    add: Annotated[
        bool, typer.Option("--add", help="Log the complete proposals (one undoable change).")
    ] = False,
    only: Annotated[
        Optional[str], typer.Option(metavar="N,N", help="Only these proposals (their numbers in the table).")
    ] = None,
    copy: Copy = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Say why each skipped file was skipped.")
    ] = False,
    json: Json = False,
) -> None:
    """Read certificates (PDF), confirmation emails (.eml) and invitations (.ics)
    and propose the activities they are evidence of, with the `onepoints add`
    line for each. Writes nothing unless --add.

    \b
    Example: onepoints scan ~/Downloads --verbose
    """
    from ..app.scan import add_proposals, addable, chosen
    from ..app.scan import scan as scan_files
    from ..render import scan as render

    wanted = _numbers(only)
    report = scan_files(targets, recursive, load())
    proposals = chosen(report, wanted)
    added = None
    if add:
        ready = addable(proposals, chosen_by_number=wanted is not None)
        added = add_proposals(paths(), ready, copy, today(None)) if ready else []
    if json:
        render.emit_json(proposals, report.skipped, copy, added)
    else:
        render.print_proposals(proposals, copy)
    render.report_skipped(report.skipped, verbose)
    render.report_summary(proposals, report.skipped, verbose)
    if added is not None:
        render.report_added(added)
