"""Spreadsheets: export and import activities."""

from typing import Annotated, Optional

import typer

from .app import app
from .common import AsOf, load, modify, paths, today


@app.command("export")
def export(
    fmt: Annotated[
        str, typer.Option("--format", metavar="csv|json", help="CSV for a spreadsheet, or JSON.")
    ] = "csv",
    out: Annotated[
        Optional[str], typer.Option(metavar="FILE", help="Write to this file instead of stdout.")
    ] = None,
    as_of: AsOf = None,
) -> None:
    """Export every activity, for a spreadsheet.

    Each with its state, ages-out date and evidence paths.

    The CSV (UTF-8, header row) opens in Excel and LibreOffice, and `onepoints import` reads it back.

    \b
    Example: onepoints export --out activities.csv
    """
    from ..domain.spreadsheet import export_csv, located
    from ..domain.window import states_on
    from ..render import transfer as render
    from ..render.messages import note
    from ..storage.evidence_files import evidence_location
    from ..storage.outfile import write_output

    if fmt.strip().lower() not in ("csv", "json"):
        raise typer.BadParameter(f"{fmt!r} is not csv or json.", param_hint="--format")
    where, day = paths(), today(as_of)
    rows = [
        (located(a, lambda p: str(evidence_location(p, where.data_dir))), state)
        for a, state in states_on(load().ledger, day)
    ]
    data = export_csv(rows) if fmt.strip().lower() == "csv" else render.export_json(rows, day)
    if out is None:
        render.write_stdout(data)
        return
    written = write_output(out, data, protected=(where.ledger, where.config))
    note(f"Wrote {len(rows)} activit{'y' if len(rows) == 1 else 'ies'} to {written}.")


@app.command("import")
def import_activities(
    file: Annotated[
        str, typer.Argument(metavar="FILE", help="CSV with a header row: date, title, kind, hours, points...")
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check every row and show what would be added; write nothing.")
    ] = False,
) -> None:
    """Add activities from a CSV file, all or nothing.

    Every row, or, if any row is bad, none.

    Columns: date, title, kind, hours, points, evidence (paths separated by ;), note.
    Rows already in the ledger (same date, title and kind) are skipped.

    \b
    Example: onepoints import activities.csv --dry-run
    """
    from pathlib import Path

    from ..app.activity_input import collect_evidence
    from ..domain.kinds import catalogue
    from ..domain.spreadsheet import plan_import, read_csv
    from ..render import transfer as render
    from ..storage.evidence_files import keep_copy

    source, where = Path(file).expanduser(), paths()
    table = read_csv(source.read_bytes(), file)

    def change(snapshot):
        copy = snapshot.settings.copy_evidence and not dry_run
        ledger, plan = plan_import(
            snapshot.ledger,
            catalogue(snapshot.settings),
            table,
            source.absolute().parent,  # relative evidence paths are relative to the CSV file
            inspect=lambda files: collect_evidence(files, False, where.evidence_dir),
            keep=(lambda e: keep_copy(e, where.evidence_dir)) if copy else None,
        )
        return (snapshot.ledger if dry_run else ledger), plan

    plan = change(load())[1] if dry_run else modify(change)
    render.print_import(plan, file, dry_run=dry_run)
