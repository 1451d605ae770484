"""The Typer application objects, and the one place errors become exit codes."""

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import Annotated

import typer
from typer.core import TyperGroup

from .. import __version__
from ..errors import OnePointsError, UsageError

#: Where the root context keeps the command line as typed (click's `meta` is
#: shared by every context of one run).
COMMAND_LINE_KEY = "onepoints.command_line"


class OnePointsGroup(TyperGroup):
    """Turns every OnePointsError (and any file system error) into a message on
    stderr and exit code 1, so no traceback ever reaches the user for bad input.
    Usage errors exit 2: click's own, and UsageError raised by a command, which
    is shown as click shows its own (usage line, help hint, message)."""

    # ctx is a typer.Context; not annotated, as click's Context (its base) is not in Typer's public API.
    def parse_args(self, ctx, args: list[str]) -> list[str]:
        # The command line as typed (after `onepoints`), for the history: storage never reads sys.argv.
        if ctx.parent is None:  # the groups (cert, exam, evidence) parse the rest again
            ctx.meta[COMMAND_LINE_KEY] = tuple(args)
        return super().parse_args(ctx, args)

    def invoke(self, ctx):
        from ..render.lock_wait import say_waiting
        from ..storage.ledger.lock import notify_waiting

        try:
            if ctx.parent is None:  # once per run: the groups (cert, exam, evidence) invoke again
                from .conflict_warning import warn_about_conflict_copies

                warn_about_conflict_copies(list(ctx.meta.get(COMMAND_LINE_KEY, ())), self.list_commands(ctx))
            with _recorded(ctx) if ctx.parent is None else nullcontext(), notify_waiting(say_waiting):
                return super().invoke(ctx)
        except UsageError as error:
            from ..render.messages import escape
            from ..render.problems import word
            from .usage import usage_error

            # click prints the message as it is: what it quotes is escaped as in every other message.
            usage_error(self._subcommand_context(ctx), escape(word(error)))
        except OnePointsError as error:
            from ..render.problems import word

            _fail(word(error))
        except OSError as error:
            where = f" ({error.filename})" if error.filename else ""
            _fail(f"{error.strerror or error}{where}.")

    def _subcommand_context(self, ctx: typer.Context) -> typer.Context:
        """A context for the command that raised, for its usage line (the one it ran in is closed by now)."""
        name = ctx.invoked_subcommand
        command = self.get_command(ctx, name) if name else None
        if command is None:
            return ctx
        return typer.Context(command, info_name=name, parent=ctx)


@contextmanager
def _recorded(ctx: typer.Context) -> Iterator[None]:
    """Every write of the command is recorded in the history with its command line."""
    from ..storage.ledger.store import Record, recording
    from .invocation import invoking

    with invoking(ctx.meta.get(COMMAND_LINE_KEY, ())) as (time, command), recording(Record(time, command)):
        yield


def _fail(message: str) -> None:
    from ..render.messages import error

    error(message)
    raise typer.Exit(1)


class OnePointsRoot(OnePointsGroup):
    """The top-level group: also --install-completion [SHELL] and --show-completion [SHELL]."""

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        from .completion import handle_shell_option

        handle_shell_option(ctx, args)
        return super().parse_args(ctx, args)

    def get_params(self, ctx):
        from .completion import SHELL_OPTION_HELP

        params = super().get_params(ctx)
        for param in params:  # Typer's two options, worded as the root reads them (a shell may be named)
            if param.name in SHELL_OPTION_HELP:
                setattr(param, "help", SHELL_OPTION_HELP[param.name])  # noqa: B010 (an Option's attribute)
        return params


_SETTINGS = {"help_option_names": ["-h", "--help"]}

app = typer.Typer(
    name="onepoints",
    cls=OnePointsRoot,
    # Typer's --install-completion/--show-completion, which also register the classes that
    # answer the completion scripts; the root reads them first to honour a shell named (cli/completion.py).
    add_completion=True,
    help="Track OneStream OnePoints: log activities and evidence, see each certification's "
    "balance against its expiry, and bundle the evidence for the extension case.\n\n"
    "Example: onepoints status",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # Plain click help: rich-formatted help imports rich on every --help (docs/performance.md).
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
