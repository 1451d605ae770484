"""The bundle's temporary file: atomic_write's, locked while it is written.

The zip is written to a hidden `.NAME.XXXXXXXX.tmp` beside the target
(atomic_write.create_beside) and renamed onto it once complete. A `bundle`
killed outright (SIGKILL, a power cut) cannot remove it: that partial zip is
what `leftovers` finds. The writer holds a lock on its file (POSIX flock), so
a leftover is one nobody holds; the next bundle to the same name removes
them, and `bundles` and `doctor` report them. On Windows, where a file being
written cannot be deleted, a failed delete is what tells them apart.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path

from ...domain.file_problems import NoTemporaryFile
from .. import atomic_write
from ..outfile import PRIVATE_FILE_MODE
from .pending import FOLDER as PENDING_FOLDER

#: The characters of tempfile's random part of a name.
_RANDOM_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


def create_temp_zip(target: Path) -> tuple[int, Path]:
    """A new, locked, empty file beside target: (fd, path); earlier leftovers are removed first."""
    for leftover in leftovers(target):
        _remove_if_abandoned(leftover)
    for _ in range(100):
        fd, temporary = atomic_write.create_beside(target, prefix=_prefix(target), new_mode=PRIVATE_FILE_MODE)
        if _lock(fd, temporary):
            return fd, temporary
        os.close(fd)  # removed as a leftover by another bundle before we locked it: take another name
    raise NoTemporaryFile(str(target.parent))


def leftovers(target: Path) -> list[Path]:
    """The partial zips killed bundles left beside target, that nobody is writing."""
    prefix, suffix = _prefix(target), atomic_write.TEMPORARY_SUFFIX
    try:
        names = sorted(os.listdir(target.parent))
    except OSError:
        return []
    found = []
    for name in names:
        middle = name[len(prefix) : -len(suffix)]
        if name.startswith(prefix) and name.endswith(suffix) and middle and set(middle) <= _RANDOM_CHARS:
            if not _held(target.parent / name):
                found.append(target.parent / name)
    return found


def pending_leftovers(data_dir: Path) -> list[Path]:
    """Partial zips beside the targets of bundles that never finished (their markers
    in pending_bundles' folder). Read-only."""
    found: list[Path] = []
    try:
        markers = sorted((data_dir / PENDING_FOLDER).iterdir())
    except OSError:
        return []
    for marker in markers:
        try:
            target = Path(json.loads(marker.read_bytes())["path"])
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a damaged marker: nothing to report on
        found += [p for p in leftovers(target) if p not in found]
    return found


def _prefix(target: Path) -> str:
    return f".{target.name[:64]}."


def _lock(fd: int, temporary: Path) -> bool:
    """Lock a new temporary zip for as long as it is written; False if it was
    removed (as a leftover) before the lock was taken. Without fcntl (Windows),
    or on a disk that refuses locks, it is not locked."""
    try:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX)
    except (ImportError, OSError):
        return True
    try:
        now, ours = os.stat(temporary), os.fstat(fd)
    except OSError:
        return False
    return (now.st_dev, now.st_ino) == (ours.st_dev, ours.st_ino)


def _held(path: Path) -> bool:
    """True when a running bundle is writing `path` (or it is not a plain file)."""
    fd = _open_unheld(path)
    if fd is None:
        return True
    os.close(fd)
    return False


def _remove_if_abandoned(path: Path) -> None:
    """Delete a leftover while holding its lock: a bundle that created it a moment
    ago and locks it next sees it gone (_lock) and takes another name."""
    fd = _open_unheld(path)
    if fd is None:
        return
    try:
        now, ours = os.lstat(path), os.fstat(fd)
        if (now.st_dev, now.st_ino) == (ours.st_dev, ours.st_ino):
            os.unlink(path)
    except OSError:
        pass  # Windows: a file being written cannot be deleted
    finally:
        os.close(fd)


def _open_unheld(path: Path) -> int | None:
    """An fd locked on `path`, a regular file nobody holds; None otherwise."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, os.strerror(errno.EINVAL))  # not a plain file
        try:
            import fcntl
        except ImportError:
            return fd  # Windows: no lock to take
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd
