"""Values for shell completion, read from the ledger: certification ids, kinds, activity ids.

Typer calls these when the shell asks `onepoints` for completions (the scripts
in completions/ set _ONEPOINTS_COMPLETE). They read the ledger read-only,
through storage, and never raise: a missing or broken ledger completes
nothing, and the shell falls back to file names. This module is imported on
every start, so storage and the domain are imported inside the functions.
Each returns (value, help) pairs; zsh and fish show the help beside the value,
and Typer keeps those that start with what was typed.

Typer inspects each callback's signature every time it builds the CLI, that
is on every start. So the commands attach the callbacks through `when_completing`,
which gives Typer a callback only when the shell asks for completions, and
the callbacks have no return annotation (with one, inspecting is five times slower).
"""

import os

#: Set by the scripts in completions/ when the shell asks for completions.
COMPLETE_VARIABLE = "_ONEPOINTS_COMPLETE"


def when_completing(callback):
    """`callback` when the shell is asking for completions, else None (nothing for Typer to inspect)."""
    return callback if COMPLETE_VARIABLE in os.environ else None


def cert_ids(incomplete: str):
    """The certifications' ids, each with its name."""
    try:
        ledger = _snapshot().ledger
        return [(c.id, c.name) for c in ledger.certifications if c.id.startswith(incomplete or "")]
    except Exception:  # completion must never show a traceback in the user's shell
        return []


def kind_ids(incomplete: str):
    """The catalogue's kind ids (built-in and from config.toml), each with its name."""
    try:
        from ..domain.kinds import catalogue
        from ..storage import ledger_store

        settings = ledger_store.load_settings(_paths())
        typed = (incomplete or "").casefold()
        return [(k.id, k.name) for k in catalogue(settings).values() if k.id.startswith(typed)]
    except Exception:
        return []


def activity_ids(incomplete: str):
    """The activities' ids, newest first, each with its date and title."""
    try:
        activities = sorted(_snapshot().ledger.activities, key=lambda a: (a.date, a.id), reverse=True)
        return [
            (str(a.id), f"{a.date} {a.title}") for a in activities if str(a.id).startswith(incomplete or "")
        ]
    except Exception:
        return []


def _paths():
    from ..storage.paths import resolve_paths

    return resolve_paths()


def _snapshot():
    from ..storage import ledger_store

    return ledger_store.load(_paths())


# --- --install-completion [SHELL] and --show-completion [SHELL] ---------------
# Typer's own options take no value once shellingham can detect the shell, so
# `--install-completion zsh` installed for the detected shell (bash) and left
# "zsh" as a stray argument. These take the shell as an optional value and
# detect it only when it is left out.

SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")
_ACTIONS = ("--install-completion", "--show-completion")


def shell_options():
    """The two options as --help lists them (flags: typer's options take no optional value)."""
    from typer._completion_classes import completion_init
    from typer.core import TyperOption

    completion_init()  # what typer does for its own options: registers its completion classes

    return [
        TyperOption(
            param_decls=[name],
            is_flag=True,
            expose_value=False,
            help=f"{what} for the shell named after it ({', '.join(SHELLS[:4])}), or the current one.",
        )
        for name, what in zip(_ACTIONS, ("Install completion", "Print the completion script"), strict=True)
    ]


def handle_shell_option(args: list[str]) -> None:
    """`onepoints --show-completion [SHELL]` / `--install-completion [SHELL]`, before click parses."""
    if not args or args[0] not in _ACTIONS:
        return
    import typer

    if len(args) > 2 or (len(args) == 2 and args[1] not in SHELLS):
        from typer._click.exceptions import UsageError

        raise UsageError(f"{args[0]} takes one shell name: {', '.join(SHELLS)}.")
    shell = args[1] if len(args) == 2 else _detected_shell()
    if args[0] == "--show-completion":
        from typer._completion_shared import get_completion_script

        typer.echo(get_completion_script(prog_name="onepoints", complete_var=COMPLETE_VARIABLE, shell=shell))
    else:
        from typer._completion_shared import install

        shell, path = install(shell=shell, prog_name="onepoints", complete_var=COMPLETE_VARIABLE)
        typer.echo(f"{shell} completion installed in {path}; it takes effect in a new terminal.", err=True)
    raise typer.Exit()


def _detected_shell() -> str:
    from typer._completion_shared import _get_shell_name

    detected = None if "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION" in os.environ else _get_shell_name()
    if detected is None:
        from typer._click.exceptions import UsageError

        raise UsageError("The shell could not be detected: name it, e.g. --show-completion zsh.")
    return detected
