"""The evidence bundle: bundle, bundles."""

from typing import Annotated, Optional

import typer

from ..domain.rules import POINTS_REQUIRED_WHOLE
from .common import AsOf, Json, load, paths, seen_on, today
from .completion import cert_ids, when_completing
from .groups import app

CertId = Annotated[
    Optional[str],
    typer.Option(
        "--cert",
        metavar="ID",
        help="The certification (optional when only one).",
        autocompletion=when_completing(cert_ids),
    ),
]


@app.command(
    "bundle",
    help=f"Zip the evidence for {POINTS_REQUIRED_WHOLE} points, for the Credentialing case.\n\n"
    "\b\nExample: onepoints bundle --cert oca --dry-run",
)
def bundle(
    cert_id: CertId = None,
    as_of: AsOf = None,
    out: Annotated[Optional[str], typer.Option(metavar="PATH", help="Where to write the zip.")] = None,
    take_all: Annotated[
        bool,
        typer.Option(
            "--all", help=f"Every counting activity with evidence, not just {POINTS_REQUIRED_WHOLE}."
        ),
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show the selection and check its files; write nothing.")
    ] = False,
    verify: Annotated[
        bool, typer.Option("--verify", help="With --dry-run: read every file and check its sha256 too.")
    ] = False,
    json: Json = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Replace an existing file; build even after the certification's expiry."
        ),
    ] = False,
    share: Annotated[
        bool,
        typer.Option("--share", help="Also take activities in another certification's open bundle."),
    ] = False,
) -> None:
    from ..app.bundle_build import build_bundle, check_plan, plan_bundle
    from ..errors import OnePointsError
    from ..render import bundles as render
    from ..render.bundle_documents import DOCUMENTS
    from ..render.messages import note, warning
    from ..render.plan import sharing_notes

    snapshot, day = load(), today(as_of)
    plan = plan_bundle(
        snapshot, cert_id, day, take_all, out, share, paths=paths(), force=force, documents=DOCUMENTS
    )
    if late := render.late_bundle(plan.selection.cert, snapshot.settings, day):
        warning(late)
    for line in sharing_notes(plan.selection):
        note(line)
    if dry_run:
        try:
            check_plan(plan, force=force, paths=paths(), verify=verify)
            refused = None
        except OnePointsError as error:
            refused = error
        heading = (
            "Would bundle" if refused is None else "Would bundle, but the build would refuse (see below)"
        )
        render.emit_selection_json(plan.selection) if json else render.print_selection(
            plan.selection, heading
        )
        if refused is not None:
            raise refused
        return
    with render.progress_bar(plan.total_bytes) as advance:
        recorded = build_bundle(plan, force=force, progress=advance, created=today(None), paths=paths())
    if json:
        render.emit_selection_json(plan.selection, recorded.path)
    else:
        render.print_selection(plan.selection, f"Bundle {recorded.id}: {recorded.path}")
        note(render.bundle_written(recorded, plan.selection.cert, day))


@app.command("bundles")
def bundles(as_of: AsOf = None, json: Json = False) -> None:
    """List the bundles built so far; each one not extended yet is checked: does it still hold 40 points?

    \b
    Example: onepoints bundles --json
    """
    from ..domain.points.bundle_check import check_bundle, open_bundles
    from ..render import bundles as render

    stored, day = load(), today(as_of)
    ledger = seen_on(stored, day).ledger
    checks = {b.id: check_bundle(ledger, b, day) for b in open_bundles(ledger)}
    show = render.emit_bundles_json if json else render.print_bundles
    show(ledger.bundles, ledger.extensions, checks)
    report_unrecorded(stored.ledger)  # the zips on disk now, whatever the day


def report_unrecorded(ledger) -> bool:
    """Warn about zips a killed `bundle` left complete but unrecorded (True if any),
    and about the hidden partial zips it left (harmless: the next bundle removes them)."""
    from ..render.bundles import partial_zip, unrecorded_zip
    from ..render.messages import warning
    from ..storage.bundle_zip.pending import unrecorded
    from ..storage.bundle_zip.temp_file import pending_leftovers

    found = unrecorded(paths().data_dir, ledger)
    for zip_path in found:
        warning(unrecorded_zip(zip_path))
    for leftover in pending_leftovers(paths().data_dir):
        warning(partial_zip(leftover))
    return bool(found)
