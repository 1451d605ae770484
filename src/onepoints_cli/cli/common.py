"""Options and helpers shared by the commands. Only the CLI reads the clock."""

import os
import sys
from datetime import date
from typing import Annotated, Optional

import typer

from ..storage.paths import Paths, resolve_paths
from .invocation import current

AsOf = Annotated[
    Optional[str],
    typer.Option("--as-of", metavar="DATE", help="Compute as of this day (YYYY-MM-DD) instead of today."),
]
Json = Annotated[bool, typer.Option("--json", help="Print JSON on stdout instead of a table.")]
Yes = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]


# The domain and storage are imported inside the helpers below, not at the top:
# every command module is imported on every start, and `--version` or `--help`
# must not pay for what `status` needs.


#: Stands in for the clock's today, for tests and scripts (the docs' transcripts run
#: with it): every command that stamps or defaults to today uses it instead.
TODAY_VARIABLE = "ONEPOINTS_TODAY"


def today(as_of: str | None) -> date:
    """The day the rules are applied to: --as-of, else $ONEPOINTS_TODAY, else the real today."""
    if as_of:
        return parse_day(as_of, "--as-of")
    if fixed := os.environ.get(TODAY_VARIABLE):
        # The environment is not the command line: a bad value is an error (exit 1), not a usage error.
        from ..domain.dates import parse_iso_date

        return parse_iso_date(fixed, TODAY_VARIABLE)
    return date.today()


def parse_day(text: str, what: str) -> date:
    """A date given on the command line: a malformed one is a usage error (exit 2)."""
    from ..domain.dates import parse_iso_date
    from ..domain.problems import AsUsage
    from ..errors import OnePointsError

    try:
        return parse_iso_date(text, what)
    except OnePointsError as error:
        raise AsUsage(error) from None


def paths() -> Paths:
    return resolve_paths()


def load():
    """The ledger and settings, read-only (a Snapshot)."""
    from ..storage.ledger import store as ledger_store

    return ledger_store.load(paths())


def load_as_of(as_of: str | None):
    """The snapshot as it stood on the day (--as-of, else today) and that day.

    Every reading command that works on a day reads through here, so that none
    sees a bundle, an extension or an exam result made after it
    (domain/ledger/as_of_view.py; docs/rules.md "What --as-of sees")."""
    day = today(as_of)  # a bad --as-of is a usage error before the ledger is read
    return seen_on(load(), day), day


def seen_on(snapshot, day: date):
    """`snapshot` without what was made after `day`."""
    from ..domain.ledger.as_of_view import ledger_as_of
    from ..storage.ledger.store import Snapshot

    return Snapshot(ledger_as_of(snapshot.ledger, day), snapshot.settings)


def load_settings():
    from ..storage.ledger import store as ledger_store

    return ledger_store.load_settings(paths())


def modify(change):
    """Apply `change(snapshot) -> (ledger, result)` under the lock; returns the result."""
    from ..storage.ledger import store as ledger_store

    return ledger_store.modify(paths(), change, record())


def record():
    """What the history records a write with: when the command started, and its command line."""
    from ..storage.ledger.store import Record

    return Record(*current())


def confirm(question: str, yes: bool) -> None:
    """Ask on a terminal; elsewhere refuse unless --yes, since nobody can answer."""
    from ..errors import OnePointsError

    if yes:
        return
    if not sys.stdin.isatty():
        raise OnePointsError(f"{question} Not confirmed: add --yes to do it without asking.")
    from ..render.messages import printable

    if not typer.confirm(printable(question), default=False, err=True):
        raise typer.Exit(1)
