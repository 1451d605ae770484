"""The bundle's temporary file: created beside the target, locked, renamed into place.

A writer killed outright cannot remove its temporary file; it holds a lock on
it, and the next bundle written to the same name removes those nobody holds.
"""

from __future__ import annotations

import os
import pathlib
import stat
from contextvars import ContextVar

from ..errors import OnePointsError
from . import atomic_write

#: The bundle being written, for the error messages of the helpers below.
_TARGET: ContextVar[pathlib.Path] = ContextVar("bundle_target", default=pathlib.Path("the bundle"))


def _write_error(exc: OSError) -> OnePointsError:
    """Names the bundle (a full disk says which file it stopped): see atomic_write.failure."""
    return atomic_write.failure(exc, _TARGET.get())


def _create_temp_beside(target: pathlib.Path) -> tuple[int, str]:
    """Create a new hidden file in target's folder; return (fd, path).

    Created with mode 0o666 minus the umask, like any new file, so that the
    finished bundle gets the usual permissions (mkstemp would make it 0o600).
    """
    folder = target.parent
    prefix = f".{target.name[:64]}."
    _remove_abandoned_temps(folder, prefix)
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = os.path.join(folder, f"{prefix}{os.urandom(6).hex()}.tmp")
        try:
            fd = os.open(tmp, flags, 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise OnePointsError(f"Cannot create the bundle in {folder}: {exc.strerror or exc}.") from exc
        if _lock_temp(fd, tmp):
            return fd, tmp
        os.close(fd)  # removed by another bundle's clean-up before we locked it: take another name
    raise OnePointsError(f"Cannot create a temporary file in {folder}.")


def _lock_temp(fd: int, tmp: str) -> bool:
    """Lock a new temporary zip for as long as it is written; False if it was
    removed (as abandoned) before the lock was taken.

    Without fcntl (Windows), or on a disk that refuses locks, the file is not
    locked, and no other bundle will remove it.
    """
    try:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX)
    except (ImportError, OSError):
        return True
    try:
        now, ours = os.stat(tmp), os.fstat(fd)
    except OSError:
        return False
    return (now.st_dev, now.st_ino) == (ours.st_dev, ours.st_ino)


def _is_temp_name(name: str, prefix: str) -> bool:
    middle = name[len(prefix) : -len(".tmp")]
    return (
        name.startswith(prefix)
        and name.endswith(".tmp")
        and len(middle) == 12
        and all(c in "0123456789abcdef" for c in middle)
    )


def _remove_abandoned_temps(folder: pathlib.Path, prefix: str) -> None:
    """Remove the temporary zips a killed `bundle` left for this target.

    Only files named as _create_temp_beside names them, regular, and that
    nobody holds a lock on: a bundle being written right now keeps its own.
    """
    try:
        import fcntl
    except ImportError:
        return
    try:
        names = [n for n in os.listdir(folder) if _is_temp_name(n, prefix)]
    except OSError:
        return
    for name in names:
        path = os.path.join(folder, name)
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            continue
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                continue
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # OSError: still being written
            now = os.lstat(path)
            if (now.st_dev, now.st_ino) == (info.st_dev, info.st_ino):
                os.unlink(path)
        except OSError:
            pass
        finally:
            os.close(fd)


def _replace(tmp: str, target: pathlib.Path) -> None:
    try:
        os.replace(tmp, target)
    except OSError as exc:
        raise atomic_write.failure(exc, target) from exc
    atomic_write.fsync_folder(target.parent)
