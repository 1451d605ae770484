"""Spreadsheets: export and import activities."""

from typing import Annotated, Optional

import typer

from .common import AsOf, paths, today
from .groups import app


@app.command("export")
def export(
    fmt: Annotated[
        str, typer.Option("--format", metavar="csv|json", help="CSV for a spreadsheet, or JSON.")
    ] = "csv",
    out: Annotated[
        Optional[str],
        typer.Option(metavar="FILE", help="Write to this file instead of stdout (- is stdout)."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
    excel: Annotated[
        bool,
        typer.Option(
            "--excel",
            help="CSV for Excel on a European locale: ; between columns, decimal commas "
            "(docs/spreadsheets-and-calendar.md).",
        ),
    ] = False,
    as_of: AsOf = None,
) -> None:
    """Export every activity, for a spreadsheet.

    Each with its state, ages-out date and evidence paths.

    The CSV (UTF-8, header row) opens in Excel and LibreOffice, and `onepoints import` reads it back,
    as it reads the JSON.

    \b
    Example: onepoints export --out activities.csv
    Example: onepoints export --excel --out activities.csv
    """
    from ..app.transfer import export_rows
    from ..domain.spreadsheet.export import export_csv
    from ..render import confirmations
    from ..render import transfer as render
    from ..render.messages import note
    from ..storage.outfile import is_stdout, output_target, write_output

    if fmt.strip().lower() not in ("csv", "json"):
        raise typer.BadParameter(f"{fmt!r} is not csv or json.", param_hint="--format")
    csv = fmt.strip().lower() == "csv"
    if excel and not csv:
        raise typer.BadParameter("--excel writes a CSV: leave out --format json.", param_hint="--excel")
    where, day = paths(), today(as_of)
    if out is not None and not is_stdout(out):
        output_target(out, where, force=force)  # a wrong --out is said before any work
    rows = export_rows(where, day)
    data = export_csv(rows, european=excel) if csv else render.export_json(rows, day)
    if out is None or is_stdout(out):
        render.write_stdout(data)
        return
    written = write_output(out, data, where, force=force)
    note(confirmations.activities_written(len(rows), written))


@app.command("import")
def import_activities(
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE",
            help="CSV with a header row: date, title, kind, hours, points...; or the JSON of export.",
        ),
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check every row and show what would be added; write nothing.")
    ] = False,
) -> None:
    """Add activities from a CSV or JSON file, all or nothing.

    Every row, or, if any row is bad, none.

    Columns: date, title, kind, hours, points, evidence (paths separated by ;), note.
    Excel's CSVs are read as Excel saves them: separated by commas, semicolons
    (with decimal commas) or tabs, in UTF-8, UTF-16 or Windows-1252. The JSON of
    `onepoints export --format json` is read too.
    Rows already in the ledger (same date, kind and title, case and spacing
    aside: docs/duplicates.md) are skipped.

    \b
    Example: onepoints import activities.csv --dry-run
    """
    from ..app.transfer import import_csv
    from ..render import transfer as render

    plan = import_csv(paths(), file, dry_run=dry_run)
    render.print_import(plan, file, dry_run=dry_run)
