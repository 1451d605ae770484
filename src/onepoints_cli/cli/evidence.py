"""`onepoints evidence ...`: an activity's files, kept right over the years."""

from typing import Annotated, Optional

import typer

from .activities import ActivityId, Copy
from .common import Json, load, modify, paths
from .groups import app

evidence_app = typer.Typer(
    help="An activity's evidence files: list their state, detach one, replace one.",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(evidence_app, name="evidence")

Which = Annotated[
    str, typer.Argument(metavar="PATH|N", help="The file: its number in `evidence list`, or its path.")
]


@evidence_app.command("list")
def evidence_list(
    activity_id: ActivityId,
    search: Annotated[
        Optional[list[str]],
        typer.Option(metavar="DIR", help="Look for missing files here, by content (repeatable)."),
    ] = None,
    json: Json = False,
) -> None:
    """List an activity's files with their state: ok, missing, changed, moved, unreadable.

    \b
    Example: onepoints evidence list 12 --search ~/Documents
    """
    from ..app.evidence_search import file_states
    from ..domain.ledger.lookup import find_activity
    from ..render import evidence as render
    from ..render.messages import note, warning
    from ..render.problems import word

    ledger = load().ledger
    activity = find_activity(ledger, activity_id)
    report = file_states(ledger, [activity_id], search or ())
    for problem in report.notes:
        warning(word(problem))
    if json:
        render.emit_list_json(activity, report.states)
        return
    render.print_list(activity, report.states)
    for line in render.advice(report.problems, bool(search), activity_id):
        note(line)


@evidence_app.command("detach")
def evidence_detach(activity_id: ActivityId, which: Which) -> None:
    """Remove one evidence record (the file itself is left alone).

    \b
    Example: onepoints evidence detach 12 2
    """
    from ..app.evidence_records import detach
    from ..render.evidence import detached
    from ..render.messages import note

    number, gone, extensions = modify(lambda s: detach(s, activity_id, which))
    note(detached(activity_id, number, gone, extensions))


@evidence_app.command("replace")
def evidence_replace(
    activity_id: ActivityId,
    which: Which,
    new_file: Annotated[str, typer.Argument(metavar="NEW", help="The file to record instead.")],
    copy: Copy = None,
) -> None:
    """Record another file in place of one (a corrected certificate, a file moved).

    \b
    Example: onepoints evidence replace 12 1 ~/Documents/certificate-corrected.pdf
    """
    from ..app.activity_input import link_notes
    from ..app.evidence_records import replace
    from ..render.confirmations import link_followed
    from ..render.messages import note

    where = paths()
    number, old, new = modify(lambda s: replace(s, activity_id, which, new_file, copy, where.evidence_dir))
    for link in link_notes([new_file]):
        note(link_followed(link))
    note(
        f"Replaced file {number} of activity {activity_id}: {old.path} -> {new.path}. "
        "`onepoints undo` takes it back."
    )


@evidence_app.command("add")
def evidence_add(
    activity_id: ActivityId,
    files: Annotated[
        list[str], typer.Argument(metavar="FILE...", help="Certificates, confirmation emails...")
    ],
    copy: Copy = None,
) -> None:
    """Add evidence files to an activity (the same as `onepoints attach`).

    \b
    Example: onepoints evidence add 12 ~/Downloads/certificate.pdf
    """
    from .activities import attach

    attach(activity_id, files, copy)
