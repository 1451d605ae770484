"""Bringing a sync service's conflict copy (or any copy of the ledger) in: merge."""

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from .common import Json, paths, today
from .groups import app

if TYPE_CHECKING:
    from ..domain.ledger_merge import Side


class Take(StrEnum):
    mine = "mine"
    theirs = "theirs"


#: What the terminal may answer, and the side it means.
_ANSWERS: dict[str, "Side"] = {"mine": "mine", "m": "mine", "theirs": "theirs", "t": "theirs"}


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
        Optional[Take],
        typer.Option(
            "--take",
            help="Settle every record changed on both computers: keep this one's (mine) or the copy's (theirs).",
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
    planned = use_case.plan(where, file)
    if dry_run:
        render.emit_plan_json(planned) if json else render.print_plan(planned)
        return
    conflicts = planned.result.conflicts
    choices: list[Side] = []
    if take is not None:
        choices = [_ANSWERS[take.value]] * len(conflicts)
    elif conflicts and sys.stdin.isatty():
        render.print_plan(planned, sys.stderr, asking=True)
        choices = [_ask(render.prompt_text(number, c)) for number, c in enumerate(conflicts, 1)]
    elif conflicts:
        render.print_plan(planned, sys.stderr)  # stdout is for data; this is why nothing happens
        raise OnePointsError(render.unsettled_message(planned))
    applied = use_case.apply(where, planned, choices, today(None).strftime("%Y%m%d"))
    render.emit_plan_json(applied.plan, applied) if json else render.print_applied(applied)


def _ask(question: str) -> "Side":
    """mine or theirs, asked on the terminal until one is given. Not typer.prompt:
    click writes the prompt's last space on stdout, which is for data."""
    while True:
        sys.stderr.write(f"{question} [mine/theirs]: ")
        sys.stderr.flush()
        line = sys.stdin.readline()
        if not line:  # the terminal closed: nobody answers
            from ..errors import OnePointsError

            raise OnePointsError("No answer came, so nothing was changed.")
        if (answer := line.strip().lower()) in _ANSWERS:
            return _ANSWERS[answer]
        sys.stderr.write("Answer mine (m) or theirs (t).\n")
