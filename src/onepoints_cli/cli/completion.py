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
the callbacks have no return annotation (one makes inspecting much slower: docs/performance.md).
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
        from ..storage.ledger import store as ledger_store

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
    from ..storage.ledger import store as ledger_store

    return ledger_store.load(_paths())


# --- --install-completion [SHELL] and --show-completion [SHELL] ---------------
# Typer's own options take no value once shellingham can detect the shell, so
# `--install-completion zsh` would install for the detected shell (bash) and
# leave "zsh" as a stray argument. The root group reads these two options
# before click parses (`handle_shell_option`): the shell is an optional value,
# detected only when it is left out. Typer's options stay on (add_completion)
# for --help and because they register Typer's completion classes, which
# answer the scripts' requests; the script itself is asked for as the shell
# asks for it, `_ONEPOINTS_COMPLETE=source_SHELL onepoints`, so that only
# Typer's public behaviour is used.

PROG_NAME = "onepoints"
SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")
_ACTIONS = ("--install-completion", "--show-completion")

#: --help's words for Typer's two options, which the root reads itself (handle_shell_option).
SHELL_OPTION_HELP = {
    f"{verb}_completion": f"{what} for the shell named after it ({', '.join(SHELLS[:4])}), or the current one."
    for verb, what in (("install", "Install completion"), ("show", "Print the completion script"))
}

#: Typer's zsh script only registers its function: installed in $fpath as
#: _onepoints, the first TAB would load it and complete nothing. This tail
#: completes on that first call too; it does nothing when the file is sourced.
_ZSH_AUTOLOAD = """
# Autoloaded from $fpath as _onepoints (rather than sourced): complete on this first call too.
if [[ ${funcstack[1]} == _onepoints ]]; then
  _onepoints_completion "$@"
fi"""


def handle_shell_option(ctx, args: list[str]) -> None:
    """`onepoints --show-completion [SHELL]` / `--install-completion [SHELL]`, before click parses.

    `ctx` is the root group's context (a typer.Context)."""
    if not args or args[0] not in _ACTIONS or ctx.resilient_parsing:  # resilient: the shell is completing
        return
    import typer

    from .usage import usage_error

    if len(args) > 2 or (len(args) == 2 and args[1] not in SHELLS):
        usage_error(ctx, f"{args[0]} takes one shell name: {', '.join(SHELLS)}.")
    shell = args[1] if len(args) == 2 else _detected_shell(ctx)
    from ..errors import OnePointsError
    from ..render.messages import error
    from .completion_install import install

    try:
        text = script(ctx.command, shell)
        if args[0] == "--show-completion":
            typer.echo(text, nl=False)
        else:
            path = install(shell, text, PROG_NAME)
            typer.echo(
                f"{shell} completion installed in {path}; it takes effect in a new terminal.", err=True
            )
    except (OnePointsError, OSError) as failure:
        from ..render.problems import word

        error(word(failure) if isinstance(failure, OnePointsError) else str(failure))
        raise typer.Exit(1) from None
    raise typer.Exit()


def script(command, shell: str) -> str:
    """The completion script for `shell`, as Typer prints it for `_ONEPOINTS_COMPLETE=source_SHELL`."""
    import contextlib
    import io

    previous = os.environ.get(COMPLETE_VARIABLE)
    os.environ[COMPLETE_VARIABLE] = f"source_{shell}"
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            command.main(args=[], prog_name=PROG_NAME, complete_var=COMPLETE_VARIABLE)
    except SystemExit as exit:  # how click's main ends a completion request
        if exit.code not in (0, None):
            raise
    finally:
        if previous is None:
            del os.environ[COMPLETE_VARIABLE]
        else:
            os.environ[COMPLETE_VARIABLE] = previous
    text = out.getvalue().rstrip("\n")
    if not text:
        from ..errors import OnePointsError

        raise OnePointsError(f"Typer printed no completion script for {shell}.")
    if shell in ("powershell", "pwsh"):
        text = _onepoints_only(text)
    return (text + "\n" + _ZSH_AUTOLOAD if shell == "zsh" else text) + "\n"


#: Typer's PowerShell script also binds Tab to PSReadLine's MenuComplete for the whole
#: session, so every command typed in that window (git, dir...) would complete differently.
#: Dropped: the script only registers the completer for onepoints, and Tab keeps whatever
#: the user has bound (PowerShell's own cycles through onepoints' completions).
_POWERSHELL_SESSION_WIDE = ("Import-Module PSReadLine", "Set-PSReadLineKeyHandler")
_POWERSHELL_REGISTER = "Register-ArgumentCompleter -Native -CommandName onepoints -ScriptBlock"


def _onepoints_only(script: str) -> str:
    """The PowerShell script without its session-wide Tab binding."""
    from ..errors import OnePointsError

    lines = [line for line in script.splitlines() if not line.startswith(_POWERSHELL_SESSION_WIDE)]
    if not any(line.startswith(_POWERSHELL_REGISTER) for line in lines):
        raise OnePointsError("Typer's PowerShell script no longer registers a completer for onepoints alone.")
    return "\n".join(lines).strip("\n")


def _detected_shell(ctx) -> str:
    import shellingham

    from .usage import usage_error

    try:
        name, _command = shellingham.detect_shell()
    except shellingham.ShellDetectionFailure:
        usage_error(ctx, "The shell could not be detected: name it, e.g. --show-completion zsh.")
    if name not in SHELLS:
        usage_error(
            ctx, f"There is no completion for {name}, the shell detected: name one of {', '.join(SHELLS)}."
        )
    return str(name)
