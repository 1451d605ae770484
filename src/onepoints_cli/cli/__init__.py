"""The command line: parse, call the domain and storage, render.

`app` is the whole application (every command), for tests and for anyone
embedding it; `main`, the installed script, registers only the command it runs.
"""

import os
import sys


def main() -> None:
    from ..render.console import prepare
    from .process_exit import run_and_exit
    from .registry import load, modules_for

    prepare()
    run_and_exit(load(modules_for(sys.argv[1:], os.environ)))


def __getattr__(name: str):
    if name == "app":
        from .registry import EVERY_MODULE, load

        return load(EVERY_MODULE)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
