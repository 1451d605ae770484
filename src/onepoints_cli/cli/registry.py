"""Which module of cli/ registers which command, so that a start imports only the one it runs.

Importing all the command modules and letting Typer build every command would be paid
on each start (its cost: docs/performance.md); `onepoints status` needs one of them.
"""

import importlib

from .completion import COMPLETE_VARIABLE

#: Each top-level command or group and the module that registers it, in the order
#: `onepoints --help` lists them (the order the modules are imported in).
COMMAND_MODULES = {
    "status": "status",
    "add": "activities",
    "attach": "activities",
    "list": "activities",
    "show": "activities",
    "edit": "activities",
    "rm": "activities",
    "undo": "history",
    "redo": "history",
    "history": "history",
    "scan": "scan",
    "bundle": "bundle",
    "bundles": "bundle",
    "plan": "plan",
    "timeline": "plan",
    "extend": "extend",
    "doctor": "doctor",
    "cert": "certs",
    "exam": "exams",
    "export": "transfer",
    "import": "transfer",
    "calendar": "calendar",
    "kinds": "info",
    "path": "info",
    "config": "info",
    "evidence": "evidence",
    "report": "report",
    "merge": "merge",
}

EVERY_MODULE = tuple(dict.fromkeys(COMMAND_MODULES.values()))

_VERSION_OPTIONS = ("--version", "-V")


def modules_for(args: list[str], environ) -> tuple[str, ...]:
    """The modules the command line `args` (after `onepoints`) needs.

    All of them for the top-level help, no arguments, a completion request or an
    unknown command, since click then lists (or matches against) every command."""
    if COMPLETE_VARIABLE in environ:
        return EVERY_MODULE
    first = args[0] if args else None
    if first in _VERSION_OPTIONS:
        return ()
    if first in COMMAND_MODULES:
        return (COMMAND_MODULES[first],)
    return EVERY_MODULE


def load(modules: tuple[str, ...]):
    """The Typer application with the commands of `modules` registered."""
    for name in modules:
        importlib.import_module(f"{__package__}.{name}")
    from .groups import app

    return app
