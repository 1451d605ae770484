"""The Typer application objects, and the one place errors become exit codes."""

from typing import Annotated

import typer
from typer.core import TyperGroup

from .. import __version__
from ..errors import OnePointsError

#: The arguments of the command being run, as typed (set when they are parsed).
COMMAND_LINE: list[str] = []


class OnePointsGroup(TyperGroup):
    """Turns every OnePointsError (and any file system error) into a message on
    stderr and exit code 1, so no traceback ever reaches the user for bad input.
    Usage errors stay with click: exit code 2."""

    def parse_args(self, ctx, args):
        # The command line as typed (after `onepoints`), for the history: storage never reads sys.argv.
        COMMAND_LINE[:] = args
        return super().parse_args(ctx, args)

    def invoke(self, ctx: typer.Context):
        from ..storage.ledger_store import recording
        from .common import record

        try:
            with recording(record()):
                return super().invoke(ctx)
        except OnePointsError as error:
            _fail(str(error))
        except OSError as error:
            where = f" ({error.filename})" if error.filename else ""
            _fail(f"{error.strerror or error}{where}.")


def _fail(message: str) -> None:
    from ..render.messages import error

    error(message)
    raise typer.Exit(1)


_SETTINGS = {"help_option_names": ["-h", "--help"]}

app = typer.Typer(
    name="onepoints",
    cls=OnePointsGroup,
    help="Track OneStream OnePoints: log activities and evidence, see each certification's "
    "balance against its expiry, and bundle the evidence for the extension case.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # Plain click help: rich-formatted help imports rich on every --help (~20 ms).
    rich_markup_mode=None,
    context_settings=_SETTINGS,
)
cert_app = typer.Typer(
    help="Certifications you hold: add, import, list, edit, remove.",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings=_SETTINGS,
)
app.add_typer(cert_app, name="cert")


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"onepoints {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_show_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Track OneStream OnePoints against each certification's expiry."""
