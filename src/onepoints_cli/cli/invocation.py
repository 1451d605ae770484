"""The command being run: when it started and its command line as typed, which the
history records each of its writes with (storage reads neither the clock nor sys.argv)."""

import shlex
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

#: (time, command line) of the command being run; ("", "") outside a command.
_current: ContextVar[tuple[str, str]] = ContextVar("onepoints_command", default=("", ""))


@contextmanager
def invoking(command_line: Iterable[str]) -> Iterator[tuple[str, str]]:
    """While a command runs: (now as ISO 8601 with its offset, the quoted command line)."""
    from datetime import datetime

    now = datetime.now().astimezone().isoformat(timespec="seconds")
    token = _current.set((now, " ".join(shlex.quote(a) for a in command_line)))
    try:
        yield _current.get()
    finally:
        _current.reset(token)


def current() -> tuple[str, str]:
    """(time, command line) of the command being run."""
    return _current.get()
