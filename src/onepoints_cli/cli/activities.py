"""Activities: add, attach, list, show, edit, rm."""

from typing import Annotated, Optional

import typer

from .common import AsOf, Json, Yes, confirm, load, load_as_of, load_settings, modify, parse_day, paths, today
from .completion import activity_ids, kind_ids, when_completing
from .groups import app

ActivityId = Annotated[
    int,
    typer.Argument(
        metavar="ID",
        help="The activity id (see `onepoints list`).",
        autocompletion=when_completing(activity_ids),
    ),
]
Files = Annotated[list[str], typer.Argument(metavar="FILE...", help="Certificates, confirmation emails...")]
Duplicate = Annotated[
    bool,
    typer.Option(
        "--duplicate", help="Record it even if the ledger already has the same (see docs/duplicates.md)."
    ),
]
Copy = Annotated[
    Optional[bool],
    typer.Option(
        "--copy/--no-copy",
        help="Copy the files into the data folder's evidence/ (default: config copy_evidence).",
    ),
]


@app.command("add")
def add(
    title: Annotated[
        Optional[str],
        typer.Argument(metavar="TITLE", help="What you did, e.g. 'Splash 2025: Planning workshop'."),
    ] = None,
    day: Annotated[
        Optional[str],
        typer.Option("--date", metavar="DATE", help="When (YYYY-MM-DD); a future date is planned."),
    ] = None,
    kind: Annotated[
        Optional[str],
        typer.Option(
            metavar="KIND",
            help="Kind id or name (see `onepoints kinds`).",
            autocompletion=when_completing(kind_ids),
        ),
    ] = None,
    hours: Annotated[
        Optional[str], typer.Option(metavar="HOURS", help="Hours spent; points = hours x the kind's rate.")
    ] = None,
    points: Annotated[
        Optional[str], typer.Option(metavar="POINTS", help="Points, when they are not hours x rate.")
    ] = None,
    evidence: Annotated[
        Optional[list[str]], typer.Option(metavar="FILE", help="Evidence file (repeatable).")
    ] = None,
    note_text: Annotated[
        Optional[str], typer.Option("--note", metavar="TEXT", help="A note for yourself.")
    ] = None,
    copy: Copy = None,
    duplicate: Duplicate = False,
    from_file: Annotated[
        Optional[str],
        typer.Option(
            "--from",
            metavar="FILE",
            help="Read what the options do not give from a certificate, email or invitation (kept as evidence).",
        ),
    ] = None,
) -> None:
    """Log an activity; prints its id.

    The same date, kind and title as an activity already logged (case and
    spacing aside) is refused, unless --duplicate.

    \b
    Example: onepoints add "Tech Talk: Cube Views" --date 2025-03-04 --kind tech-talk --hours 1 --evidence ~/Downloads/techtalk.pdf

    \b
    Example: onepoints add --from ~/Downloads/certificate.pdf --hours 7.5
    """
    from ..app.activity_input import ActivityRequest, add_activity, link_notes
    from ..render import confirmations
    from ..render.messages import data_line, note, warning

    evidence = list(evidence or [])
    if from_file:
        from ..app.scan import fill_from_file

        title, day, kind, hours = fill_from_file(
            from_file, title, day, kind, hours, points, evidence, load_settings()
        )
    if title is None or day is None or kind is None:
        missing = "TITLE" if title is None else "--date" if day is None else "--kind"
        raise typer.BadParameter("missing (or give --from FILE to read it from a file).", param_hint=missing)
    request = ActivityRequest(
        title, parse_day(day, "--date"), kind, hours, points, evidence, note_text, copy, duplicate
    )
    added, warnings = add_activity(paths(), request, today(None))
    for each in warnings:
        warning(confirmations.warning_text(each))
    for link in link_notes(evidence or []):
        note(confirmations.link_followed(link))
    note(confirmations.activity_logged(added))
    data_line(str(added.id))


@app.command("attach")
def attach(activity_id: ActivityId, files: Files, copy: Copy = None, duplicate: Duplicate = False) -> None:
    """Add evidence files to an activity.

    Certificates often arrive days after the event; attaching a changed file
    again records its new version. A file whose content the activity already
    has is refused, unless --duplicate.

    \b
    Example: onepoints attach 12 ~/Downloads/certificate.pdf
    """
    from ..app.activity_input import attach_to_activity, link_notes
    from ..render import confirmations
    from ..render.messages import note, warning

    count, warnings = attach_to_activity(paths(), activity_id, files, copy, duplicate)
    for each in warnings:
        warning(confirmations.warning_text(each))
    for link in link_notes(files):
        note(confirmations.link_followed(link))
    note(confirmations.files_attached(count, activity_id))


@app.command("list")
def list_activities(as_of: AsOf = None, json: Json = False) -> None:
    """List every activity with its points and state on a day.

    \b
    Example: onepoints list --as-of 2026-01-31
    """
    from ..domain.window import states_on
    from ..render import activities

    snapshot, day = load_as_of(as_of)
    rows = states_on(snapshot.ledger, day)
    if json:
        activities.emit_list_json(rows, day)
    else:
        activities.print_list(rows, day)


@app.command("show")
def show(activity_id: ActivityId, as_of: AsOf = None, json: Json = False) -> None:
    """Show one activity with its evidence.

    \b
    Example: onepoints show 12
    """
    from ..domain.kinds import catalogue
    from ..domain.ledger.lookup import find_activity
    from ..domain.window import activity_state, used_activity_ids
    from ..render import activities

    snapshot, day = load_as_of(as_of)
    activity = find_activity(snapshot.ledger, activity_id)
    state = activity_state(activity, day, used_activity_ids(snapshot.ledger))
    if json:
        activities.emit_show_json(activity, state)
    else:
        activities.print_show(activity, state, catalogue(snapshot.settings))


@app.command("edit")
def edit(
    activity_id: ActivityId,
    title: Annotated[Optional[str], typer.Option(metavar="TITLE", help="New title.")] = None,
    day: Annotated[Optional[str], typer.Option("--date", metavar="DATE", help="New date.")] = None,
    kind: Annotated[
        Optional[str],
        typer.Option(metavar="KIND", help="New kind.", autocompletion=when_completing(kind_ids)),
    ] = None,
    hours: Annotated[
        Optional[str], typer.Option(metavar="HOURS", help="New hours (points follow unless --points).")
    ] = None,
    points: Annotated[Optional[str], typer.Option(metavar="POINTS", help="New points.")] = None,
    note_text: Annotated[
        Optional[str], typer.Option("--note", metavar="TEXT", help="New note ('' clears it).")
    ] = None,
) -> None:
    """Change an activity.

    \b
    Example: onepoints edit 12 --hours 2.5
    """
    from ..app.activity_input import edit_fields
    from ..errors import UsageError
    from ..render import confirmations
    from ..render.messages import note

    if all(v is None for v in (title, day, kind, hours, points, note_text)):
        raise UsageError("Nothing to change: give --title, --date, --kind, --hours, --points or --note.")
    new_day = parse_day(day, "--date") if day else None
    changed = modify(lambda s: edit_fields(s, activity_id, title, new_day, kind, hours, points, note_text))
    note(confirmations.activity_updated(activity_id, changed))


@app.command("rm")
def rm(activity_id: ActivityId, yes: Yes = False) -> None:
    """Remove an activity (its id is not reused).

    \b
    Example: onepoints rm 12 --yes
    """
    from ..domain.ledger.edits import remove_activity
    from ..domain.ledger.lookup import find_activity
    from ..render import confirmations
    from ..render.messages import note

    activity = find_activity(load().ledger, activity_id)
    confirm(f"Remove activity {activity.id} ({activity.title}, {activity.date})?", yes)
    modify(lambda s: (remove_activity(s.ledger, activity_id), None))
    note(confirmations.activity_removed(activity_id))
