"""Usage errors (exit 2), shown as click shows its own: usage line, help hint, message."""

from typing import NoReturn

import typer


def usage_error(ctx: typer.Context, message: str) -> NoReturn:
    """Print `message` as a usage error of the command of `ctx`, and exit 2.

    Written with the context's public methods: click's own UsageError is not
    part of Typer's public API (Typer vendors click as a private module)."""
    hint = f"Try '{ctx.command_path} {ctx.help_option_names[0]}' for help.\n" if ctx.help_option_names else ""
    typer.echo(f"{ctx.get_usage()}\n{hint}", err=True)
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(2)
