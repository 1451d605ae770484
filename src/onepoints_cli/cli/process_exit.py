"""How the installed script ends: without the interpreter's teardown.

A command is over when Typer raises SystemExit: every file it wrote is closed
and synced by then (storage/atomic_write.py), onepoints starts no thread and
registers no atexit handler. What is left for the interpreter is to free every
module and object one by one, which costs each start about a fifth of the time
onepoints adds to Python's own (docs/performance.md, "Ending without the
teardown"): once both output streams are flushed, the process ends at once.
When a flush fails (a closed pipe) or the exit carries a message instead of a
code, the ordinary exit runs, and reports it as Python always has.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable

from ..domain.rules import GC_FIRST_GENERATION


def run_and_exit(command: Callable[[], object]) -> None:
    # Cycles collected less often during a start (why: domain/rules.py).
    gc.set_threshold(GC_FIRST_GENERATION, *gc.get_threshold()[1:])
    try:
        command()
        code: object = 0
    except SystemExit as finished:
        code = finished.code
    if code is None:
        code = 0
    if not isinstance(code, int):
        raise SystemExit(code)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        raise SystemExit(code) from None
    os._exit(code)
