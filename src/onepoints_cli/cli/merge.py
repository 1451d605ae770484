"""Bringing a sync service's conflict copy (or any copy of the ledger) in: merge."""

import sys
from pathlib import Path
from typing import Annotated, Optional

import click
import typer

from .common import Json, paths, today
from .groups import app


@app.command("merge")
def merge_copy(
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE",
            help="The other copy: a conflict copy beside ledger.toml (its name alone is enough) or any ledger file.",
            show_default=False,
        ),
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would change; write nothing.")
    ] = False,
    take: Annotated[
        Optional[str],
        typer.Option(
            "--take",
            metavar="mine|theirs",
            help="Settle every record changed on both computers: keep this one's (mine) or the copy's (theirs).",
            click_type=click.Choice(["mine", "theirs"]),
        ),
    ] = None,
    json: Json = False,
) -> None:
    """Bring the changes of another copy of the ledger in (a three-way merge).

    Records added on either computer are kept, removals honoured; a record
    changed on both is settled by --take or, on a terminal, one by one. The
    merge is one version (`onepoints undo` takes it back); the copy is then
    renamed to FILE.merged-YYYYMMDD, never deleted.

    \b
    Example: onepoints merge 'ledger-LAPTOP-7H2K.toml' --dry-run
    """
    from ..app import merge as use_case
    from ..errors import OnePointsError
    from ..render import merge as render

    where = paths()
    copy = file
    if not file.exists() and file.name == str(file) and (where.data_dir / file).exists():
        copy = where.data_dir / file  # the name a warning gave, from any folder
    planned = use_case.plan(where, copy)
    if dry_run:
        render.emit_plan_json(planned) if json else render.print_plan(planned)
        return
    conflicts = planned.result.conflicts
    if take is not None:
        choices = [take] * len(conflicts)
    elif not conflicts:
        choices = []
    elif sys.stdin.isatty():
        sys.stderr.write("".join(line + "\n" for line in render.plan_lines(planned)))
        choices = [
            typer.prompt(
                render.prompt_text(number, conflict),
                type=click.Choice(["mine", "theirs"]),
                err=True,
            )
            for number, conflict in enumerate(conflicts, 1)
        ]
    else:
        sys.stderr.write("".join(line + "\n" for line in render.plan_lines(planned)))
        raise OnePointsError(render.unsettled_message(planned))
    applied = use_case.apply(where, planned, choices, today(None).strftime("%Y%m%d"))
    render.emit_plan_json(applied.plan, applied) if json else render.print_applied(applied)
