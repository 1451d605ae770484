"""The ledger's lock: one writer at a time, never a silent wait.

Every write holds an exclusive lock on ledger.lock for its whole
read-modify-write (fcntl.flock on POSIX, msvcrt.locking on Windows; the
system releases it when the holder dies, also by SIGKILL). A writer that
finds it taken tries again every 20 ms: after LOCK_NOTICE_SECONDS it says
once what it waits for (the holder writes its process id and command into
the lock file), and after LOCK_TIMEOUT_SECONDS it gives up with an error.
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from ...domain.file_problems import CannotWriteIn, LockTimeout
from ...domain.rules import LOCK_NOTICE_SECONDS, LOCK_TIMEOUT_SECONDS
from .. import atomic_write

#: What to call (once) when the lock is busy for a while: (lock file, its holder).
#: The CLI sets it (`notify_waiting`), with its wording; by default nothing is said.
WaitNotice = Callable[[Path, str], None]
_on_wait: ContextVar[WaitNotice | None] = ContextVar("onepoints_lock_wait", default=None)

_POLL_SECONDS = 0.02  # short: eight writers at once hand the lock on quickly


@contextmanager
def notify_waiting(notice: WaitNotice) -> Iterator[None]:
    token = _on_wait.set(notice)
    try:
        yield
    finally:
        _on_wait.reset(token)


def make_private_folder(folder: Path) -> None:
    """Create `folder` (and its parents) for onepoints' own files: 0700 on POSIX."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise CannotWriteIn(str(folder), error.strerror) from None


@contextmanager
def held(lock: Path, holder: str) -> Iterator[None]:
    """The exclusive lock on `lock`; `holder` (e.g. "add 'Talk'") is shown to whoever waits."""
    make_private_folder(lock.parent)
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as error:
        raise CannotWriteIn(str(lock.parent), error.strerror) from None
    try:
        _acquire(fd, lock)
        _tell_who_holds(fd, holder)
        yield
    finally:
        try:
            os.ftruncate(fd, 0)  # at rest the lock file is empty: a failed command changed nothing
        except OSError:
            pass
        os.close(fd)  # closing releases the lock


def _acquire(fd: int, lock: Path) -> None:
    started = time.monotonic()
    noticed = False
    while not _try_lock(fd):
        waited = time.monotonic() - started
        if waited >= LOCK_TIMEOUT_SECONDS:
            raise LockTimeout(_holder(lock), str(lock), LOCK_TIMEOUT_SECONDS)
        if waited >= LOCK_NOTICE_SECONDS and not noticed:
            noticed = True
            if (notice := _on_wait.get()) is not None:
                notice(lock, _holder(lock))
        time.sleep(_POLL_SECONDS)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            # A byte far past the holder's text, so that a waiter can still read that text.
            os.lseek(fd, 1 << 20, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    else:
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False


def _tell_who_holds(fd: int, holder: str) -> None:
    """Best effort: a lock file that cannot be written still locks."""
    text = f"process {os.getpid()}" + (f": onepoints {holder}" if holder else "")
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, text.encode("utf-8", "replace"))
        if sys.platform != "win32":
            os.fchmod(fd, 0o600)  # a lock file from an older onepoints followed the umask
    except OSError:
        pass


def _holder(lock: Path) -> str:
    try:
        text = lock.read_bytes()[:300].decode("utf-8", "replace").strip()
    except OSError:
        text = ""
    return text  # "" when it did not say


def remove_stale_temporaries(folder: Path, prefix: str) -> None:
    """Temporary files (`prefix...tmp`) a killed writer left in `folder`: they are
    only ever made under the lock, so the holder knows they belong to a dead writer."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    ours = re.compile(re.escape(prefix) + r"[a-z0-9_]{8}" + re.escape(atomic_write.TEMPORARY_SUFFIX))
    for name in names:
        if ours.fullmatch(name):  # mkstemp's names: nothing of the user's is touched
            atomic_write.abandon(folder / name)
