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
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show the selection and check its files; write nothing.")
    ] = False,
    verify: Annotated[
        bool, typer.Option("--verify", help="With --dry-run: read every file and check its sha256 too.")
    ] = False,
    json: Json = False,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
) -> None:
    """Zip the evidence for 40 points, for the Credentialing case.

    Example: onepoints bundle --cert oca --dry-run
    """
    from ..app.bundle_build import build_bundle, check_plan, plan_bundle
    from ..errors import OnePointsError
    from ..render import bundles as render
    from ..render.messages import note

    snapshot, day = load(), today(as_of)
    plan = plan_bundle(snapshot, cert_id, day, take_all, out)
    if dry_run:
        try:
            check_plan(plan, force=force, verify=verify)
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
    case: Annotated[Optional[str], typer.Option("--case", help="The ServiceNow case number.")] = None,
) -> None:
    """Record an accepted extension case.

    The bundle's activities become used (they never count again) and the
    expiry moves 24 months, or to --to.

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
def doctor(
    json: Json = False,
    search: Annotated[
        Optional[list[str]],
        typer.Option(metavar="DIR", help="Look for missing files here, by content (repeatable)."),
    ] = None,
    fix: Annotated[bool, typer.Option("--fix", help="Record where --search found them.")] = False,
) -> None:
    """Check the ledger and every evidence file (exists, size, sha256).

    Example: onepoints doctor --search ~/Documents --fix
    """
    from ..app.evidence_search import file_states, record_moves
    from ..render import bundles as render
    from ..render import evidence as shown
    from ..render.messages import warning

    if fix and not search:
        raise typer.BadParameter("--fix records what --search finds: give --search DIR too.")
    report = file_states(load().ledger, None, search or ())  # a broken ledger: exit 1 from load
    problems = [(s.activity, s.evidence.path, s.problem) for s in report.problems]
    for text in report.notes:
        warning(text)
    fixed = (modify(lambda s: record_moves(s, report.moves)) if report.moves else 0) if fix else None
    if json:
        render.emit_doctor_json(problems, len(report.states), report if search else None, fixed)
    else:
        render.print_doctor(problems, len(report.states), shown.advice(report.problems, bool(search)))
        if search:
            shown.print_found(report, fixed)
    if len(problems) > (fixed or 0):
        raise typer.Exit(1)
