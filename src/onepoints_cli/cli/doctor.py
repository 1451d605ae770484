"""Checking the ledger and the evidence files: doctor."""

import typer

from .app import app
from .common import Json, paths


@app.command("doctor")
def doctor(json: Json = False) -> None:
    """Check the ledger and every evidence file (exists, size, sha256).

    Example: onepoints doctor
    """
    from ..app.doctor import check_evidence
    from ..render import doctor as render

    problems, checked = check_evidence(paths())  # a broken ledger is reported (exit 1) by load itself
    render.emit_doctor_json(problems, checked) if json else render.print_doctor(problems, checked)
    if problems:
        raise typer.Exit(1)
