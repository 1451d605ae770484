"""Checking the ledger and the evidence files: doctor, and finding moved files."""

from typing import Annotated, Optional

import typer

from .bundle import report_unrecorded
from .common import Json, load, modify, paths
from .groups import app


@app.command("doctor")
def doctor(
    json: Json = False,
    search: Annotated[
        Optional[list[str]],
        typer.Option(metavar="DIR", help="Look for missing files here, by content (repeatable)."),
    ] = None,
    fix: Annotated[bool, typer.Option("--fix", help="Record where --search found them.")] = False,
) -> None:
    """Check the ledger and every evidence file (exists, size, sha256).

    \b
    Example: onepoints doctor --search ~/Documents --fix
    """
    from ..app.evidence_search import file_states, record_moves
    from ..render import doctor as render
    from ..render import evidence as shown
    from ..render.conflict_copies import doctor_data, doctor_lines
    from ..render.messages import warning
    from ..render.problems import word
    from ..render.problems.files import record_check
    from ..storage.conflict_copies import find

    if fix and not search:
        raise typer.BadParameter("--fix records what --search finds: give --search DIR too.")
    ledger = load().ledger  # a broken ledger: exit 1 from load
    where = paths()
    copies = find(where)  # a sync service's conflict copies of ledger.toml: a finding
    report = file_states(ledger, None, search or ())
    problems = [
        (s.activity, s.evidence.path, record_check(s.problem) if s.problem else s.state)
        for s in report.failures
    ]
    for problem in report.notes:
        warning(word(problem))
    for state in report.used_missing:  # an accepted case: a decision to take, not a failure
        warning(render.used_file_lost(state, ledger))
    fixed = (modify(lambda s: record_moves(s, report.moves)) if report.moves else 0) if fix else None
    if json:
        render.emit_doctor_json(
            problems, len(report.states), report, bool(search), fixed, doctor_data(copies)
        )
    else:
        render.print_doctor(
            problems,
            len(report.states),
            shown.advice(report.failures, bool(search)),
            report.kept,
            doctor_lines(copies, where.data_dir),
            warned=bool(report.used_missing),
        )
        if search:
            shown.print_found(report, fixed)
    if report_unrecorded(ledger) or len(problems) > (fixed or 0) or copies:
        raise typer.Exit(1)
