"""`onepoints cert ...`: the certifications the user holds."""

from typing import Annotated, Optional

import typer

from .common import AsOf, Json, Yes, confirm, load, load_as_of, modify, parse_day, paths
from .completion import cert_ids, when_completing
from .groups import cert_app

DateOpt = Annotated[Optional[str], typer.Option(metavar="DATE", help="YYYY-MM-DD.")]
CertArg = Annotated[str, typer.Argument(metavar="ID", autocompletion=when_completing(cert_ids))]


@cert_app.command("add")
def cert_add(
    name: Annotated[str, typer.Argument(metavar="NAME", help="The name as CertMetrics shows it.")],
    expires: Annotated[
        str, typer.Option(metavar="DATE", help="Expiry date (CertMetrics > Certifications > Status).")
    ],
    cert_id: Annotated[
        Optional[str], typer.Option("--id", metavar="ID", help="A short id (default: made from the name).")
    ] = None,
    earned: DateOpt = None,
    micro: Annotated[
        bool, typer.Option("--micro", help="A micro-credential: listed, never extended.")
    ] = False,
    duplicate: Annotated[
        bool, typer.Option("--duplicate", help="Add it even if a certification of that name is tracked.")
    ] = False,
) -> None:
    """Add a certification you hold.

    A name already tracked (case and spacing aside) is refused, unless --duplicate.

    \b
    Example: onepoints cert add "OneStream Certified Associate" --expires 2027-05-31 --id oca
    """
    from ..domain.badges import is_certification
    from ..domain.ledger.duplicates import refuse_duplicate_cert
    from ..domain.ledger.edits import add_cert
    from ..domain.models import Certification
    from ..render import confirmations
    from ..render.messages import data_line, note, warning

    cert = Certification(
        id=cert_id or "",
        name=name,
        expires=parse_day(expires, "--expires"),
        earned=parse_day(earned, "--earned") if earned else None,
        micro=micro,
    )

    def change(snapshot):
        if not duplicate:
            refuse_duplicate_cert(snapshot.ledger, cert.name)
        new = add_cert(snapshot.ledger, cert)
        return new, new.certifications[-1]

    added = modify(change)
    note(confirmations.cert_added(added))
    if not added.micro and not is_certification(added.name):
        warning(confirmations.looks_micro(added))
    data_line(added.id)


@cert_app.command("list")
def cert_list(as_of: AsOf = None, json: Json = False) -> None:
    """List your certifications.

    \b
    Example: onepoints cert list --json
    """
    from ..render import catalog

    snapshot, day = load_as_of(as_of)  # the expiry each had on the day, before a later extension
    certs = snapshot.ledger.certifications
    catalog.emit_certs_json(certs) if json else catalog.print_certs(certs, day)


@cert_app.command("edit")
def cert_edit(
    cert_id: CertArg,
    name: Annotated[Optional[str], typer.Option(metavar="NAME", help="New name.")] = None,
    expires: DateOpt = None,
    earned: DateOpt = None,
    micro: Annotated[
        Optional[bool],
        typer.Option(
            "--micro/--certification",
            help="Mark it a micro-credential (listed, never extended), or a certification.",
        ),
    ] = None,
) -> None:
    """Change a certification's name or dates, or whether it is a micro-credential.

    \b
    Example: onepoints cert edit oca --expires 2029-05-31
    """
    from ..domain.ledger.edits import edit_cert
    from ..errors import UsageError
    from ..render import confirmations
    from ..render.messages import note

    changes: dict[str, object] = {k: v for k, v in {"name": name, "micro": micro}.items() if v is not None}
    if expires:
        changes["expires"] = parse_day(expires, "--expires")
    if earned:
        changes["earned"] = parse_day(earned, "--earned")
    if not changes:
        raise UsageError("Nothing to change: give --name, --expires, --earned, --micro or --certification.")
    changed = modify(lambda s: _changed(s.ledger, edit_cert(s.ledger, cert_id, **changes)))
    note(confirmations.cert_updated(cert_id, changed))


def _changed(before, after):
    return after, after != before


@cert_app.command("rm")
def cert_rm(cert_id: CertArg, yes: Yes = False) -> None:
    """Remove a certification (your activities stay).

    \b
    Example: onepoints cert rm oca --yes
    """
    from ..domain.ledger.edits import remove_cert
    from ..domain.ledger.lookup import find_cert
    from ..render import confirmations
    from ..render.messages import note

    cert = find_cert(load().ledger, cert_id)
    confirm(f"Remove certification {cert.id!r} ({cert.name})?", yes)
    modify(lambda s: (remove_cert(s.ledger, cert_id), None))
    note(confirmations.cert_removed(cert_id))


@cert_app.command("import")
def cert_import(
    file: Annotated[
        str, typer.Argument(metavar="FILE", help="The badge downloaded from Credly (PNG, SVG or JSON).")
    ],
    cert_id: Annotated[
        Optional[str],
        typer.Option("--id", metavar="ID", help="Update this certification, or give the new one this id."),
    ] = None,
    name: Annotated[
        Optional[str], typer.Option(metavar="NAME", help="The name, when the badge lacks it or is wrong.")
    ] = None,
    expires: DateOpt = None,
    earned: DateOpt = None,
) -> None:
    """Add or update a certification from a downloaded badge; prints its id.

    \b
    Example: onepoints cert import ~/Downloads/onestream-certified-associate.png
    """
    from ..app.cert_import import import_certification
    from ..render import confirmations
    from ..render.badge_notes import note_text
    from ..render.messages import data_line, note

    cert, created, notes, unchanged = import_certification(
        paths(),
        file,
        cert_id=cert_id,
        name=name,
        expires=parse_day(expires, "--expires") if expires else None,
        earned=parse_day(earned, "--earned") if earned else None,
    )
    for text in confirmations.cert_imported(cert, created, unchanged):
        note(text)
    for found in notes:
        note(note_text(found))
    data_line(cert.id)
