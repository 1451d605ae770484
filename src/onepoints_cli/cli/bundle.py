"""The evidence bundle and the extension lifecycle: bundle, bundles, extend, doctor."""

from typing import Annotated, Optional

import typer

from .app import app
from .common import AsOf, Json, load, modify, parse_day, today
from .completion import cert_ids, when_completing

CertId = Annotated[
    Optional[str],
    typer.Option(
        "--cert",
        metavar="ID",
        help="The certification (optional when only one).",
        autocompletion=when_completing(cert_ids),
    ),
]


@app.command("bundle")
def bundle(
    cert_id: CertId = None,
    as_of: AsOf = None,
    out: Annotated[Optional[str], typer.Option(metavar="PATH", help="Where to write the zip.")] = None,
    take_all: Annotated[
        bool, typer.Option("--all", help="Every counting activity with evidence, not just 40.")
    ] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show the selection; write nothing.")] = False,
    json: Json = False,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
) -> None:
    """Zip the evidence for 40 points, for the Credentialing case.

    \b
    Example: onepoints bundle --cert oca --dry-run
    """
    from ..app.bundle_build import build_bundle, plan_bundle
    from ..render import bundles as render
    from ..render.messages import note

    snapshot, day = load(), today(as_of)
    plan = plan_bundle(snapshot, cert_id, day, take_all, out)
    if dry_run:
        render.emit_selection_json(plan.selection) if json else render.print_selection(
            plan.selection, "Would bundle"
        )
        return
    with render.progress_bar(plan.total_bytes) as advance:
        recorded = build_bundle(plan, force=force, progress=advance, created=today(None))
    if json:
        render.emit_selection_json(plan.selection, recorded.path)
    else:
        render.print_selection(plan.selection, f"Bundle {recorded.id}: {recorded.path}")
        note(
            f"Wrote {recorded.path}. Attach it to a ServiceNow case (category Credentialing); see summary.md. "
            f"Once the case is accepted: `onepoints extend --bundle {recorded.id} --case NUMBER`."
        )


@app.command("bundles")
def bundles(json: Json = False) -> None:
    """List the bundles built so far.

    \b
    Example: onepoints bundles --json
    """
    from ..render import bundles as render

    ledger = load().ledger
    show = render.emit_bundles_json if json else render.print_bundles
    show(ledger.bundles, ledger.extensions)


@app.command("extend")
def extend(
    cert_id: CertId = None,
    bundle_id: Annotated[
        Optional[int], typer.Option("--bundle", metavar="ID", help="The bundle (default: the newest).")
    ] = None,
    to: Annotated[
        Optional[str], typer.Option("--to", metavar="DATE", help="New expiry (default: +24 months).")
    ] = None,
    case: Annotated[
        Optional[str], typer.Option("--case", metavar="NUMBER", help="The ServiceNow case number.")
    ] = None,
) -> None:
    """Record an accepted extension case.

    The bundle's activities become used (they never count again) and the
    expiry moves 24 months, or to --to.

    \b
    Example: onepoints extend --cert oca --case CS0123456
    """
    from ..domain.extension_cases import activity_ids_text, extension_cert, record_extension
    from ..render.messages import note

    new_expiry = parse_day(to, "--to") if to else None
    recorded = today(None)

    def change(snapshot):
        cert = extension_cert(snapshot.ledger, cert_id, bundle_id)
        return record_extension(snapshot.ledger, cert, bundle_id, new_expiry, case, recorded)

    ext = modify(change)
    one = len(ext.activities) == 1
    note(
        f"Recorded the extension of {ext.cert!r}: expires {ext.new_expiry} (was {ext.previous_expiry}); "
        f"{activity_ids_text(list(ext.activities))} {'is' if one else 'are'} used and no longer "
        f"count{'s' if one else ''}. `onepoints undo` takes it back."
    )


@app.command("doctor")
def doctor(json: Json = False) -> None:
    """Check the ledger and every evidence file (exists, size, sha256).

    \b
    Example: onepoints doctor
    """
    from ..render import bundles as render
    from ..storage.evidence_files import evidence_problems

    activities = load().ledger.activities  # a broken ledger is reported (exit 1) by load itself
    problems = evidence_problems(activities)
    checked = sum(len(a.evidence) for a in activities)
    render.emit_doctor_json(problems, checked) if json else render.print_doctor(problems, checked)
    if problems:
        raise typer.Exit(1)
