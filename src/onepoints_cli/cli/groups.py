"""The Typer application objects, and the one place errors become exit codes."""

from typing import Annotated

import typer
from typer.core import TyperGroup

from .. import __version__
from ..errors import OnePointsError, UsageError

#: The arguments of the command being run, as typed (set when they are parsed).
COMMAND_LINE: list[str] = []


class OnePointsGroup(TyperGroup):
    """Turns every OnePointsError (and any file system error) into a message on
    stderr and exit code 1, so no traceback ever reaches the user for bad input.
    Usage errors exit 2: click's own, and UsageError raised by a command, which
    is shown as click shows its own (usage line, help hint, message)."""

    def parse_args(self, ctx, args):
        # The command line as typed (after `onepoints`), for the history: storage never reads sys.argv.
        if ctx.parent is None:  # the groups (cert, exam, evidence) parse the rest again
            COMMAND_LINE[:] = args
        return super().parse_args(ctx, args)

    def invoke(self, ctx: typer.Context):
        from ..render.lock_wait import say_waiting
        from ..storage.ledger_lock import notify_waiting
        from ..storage.ledger_store import recording
        from .common import record

        try:
            if ctx.parent is None:  # once per run: the groups (cert, exam, evidence) invoke again
                from .conflict_warning import warn_about_conflict_copies

                warn_about_conflict_copies(COMMAND_LINE)
            with recording(record()), notify_waiting(say_waiting):
                return super().invoke(ctx)
        except OnePointsError as error:
            _fail(str(error))
        except OSError as error:
            where = f" ({error.filename})" if error.filename else ""
            _fail(f"{error.strerror or error}{where}.")

    def get_command(self, ctx: typer.Context, cmd_name: str):
        command = super().get_command(ctx, cmd_name)
        if command is not None and not isinstance(command, TyperGroup):
            _report_usage_errors(command)
        return command


def _report_usage_errors(command) -> None:
    """Make the command raise click's UsageError (exit 2, with its own usage line) for a UsageError."""
    if getattr(command, "_onepoints_usage", False):
        return
    invoke = command.invoke

    def invoke_reporting_usage(ctx):
        try:
            return invoke(ctx)
        except UsageError as error:
            from typer._click.exceptions import UsageError as ClickUsageError

            from ..render.messages import escape

            # click prints the message as it is: what it quotes is escaped as in every other message.
            raise ClickUsageError(escape(str(error)), ctx) from None

    command.invoke = invoke_reporting_usage
    command._onepoints_usage = True


def _fail(message: str) -> None:
    from ..render.messages import error

    error(message)
    raise typer.Exit(1)


class OnePointsRoot(OnePointsGroup):
    """The top-level group: also --install-completion [SHELL] and --show-completion [SHELL]."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from .completion import shell_options

        self.params.extend(shell_options())

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        from .completion import handle_shell_option

        handle_shell_option(args)
        return super().parse_args(ctx, args)


_SETTINGS = {"help_option_names": ["-h", "--help"]}

app = typer.Typer(
    name="onepoints",
    cls=OnePointsRoot,
    add_completion=False,  # cli/completion.py has options that honour the shell named
    help="Track OneStream OnePoints: log activities and evidence, see each certification's "
    "balance against its expiry, and bundle the evidence for the extension case.\n\n"
    "Example: onepoints status",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # Plain click help: rich-formatted help imports rich on every --help (~20 ms).
    rich_markup_mode=None,
    context_settings=_SETTINGS,
)
cert_app = typer.Typer(
    cls=OnePointsGroup,
    help="Certifications you hold: add, import, list, edit, remove.\n\nExample: onepoints cert list",
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
