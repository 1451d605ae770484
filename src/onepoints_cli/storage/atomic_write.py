"""The one way onepoints writes a file: whole or not at all, and durable.

A temporary file with a short name is made in the target's folder (a legal
255-byte target name still leaves room for it), filled, fsynced, given the
mode of the file it replaces, renamed over the target with os.replace, and
the folder is fsynced so the rename itself survives a power cut. A crash at
any moment leaves the old file or the new one, never a partial one; what it
can leave is a temporary file, which the callers' clean-ups recognise by
`TEMPORARY_SUFFIX` and their own prefix.

Streaming writers (the bundle's zip) use the same steps by hand:
`create_beside`, write, then `finish` (fsync + replace + folder fsync), or
`abandon` on failure. Every OSError becomes a OnePointsError naming the file,
e.g. "No space left on device while writing /x/y.zip".
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import OnePointsError

TEMPORARY_SUFFIX = ".tmp"

#: Mode of a new file when the caller gives none: what open() would give.
_NEW_FILE_MODE = 0o666


def write_file(target: Path, data: bytes, *, prefix: str = ".op.", new_mode: int | None = None) -> None:
    """Replace (or create) `target` with `data`, atomically and durably."""
    temporary = write_temporary(target, data, prefix=prefix, new_mode=new_mode)
    install(temporary, target)


def write_temporary(target: Path, data: bytes, *, prefix: str = ".op.", new_mode: int | None = None) -> Path:
    """A complete, fsynced file beside `target`, ready for `install`."""
    fd, temporary = create_beside(target, prefix=prefix, new_mode=new_mode)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except BaseException as error:
        abandon(temporary)
        if isinstance(error, OSError):
            raise failure(error, target) from None
        raise
    return temporary


def create_beside(target: Path, *, prefix: str = ".op.", new_mode: int | None = None) -> tuple[int, Path]:
    """An open, new, empty file in target's folder: (fd, path).

    Its mode is the target's when the target exists (a chmod the user made is
    kept), else `new_mode` (default 0o666 minus the umask, like any new file).
    """
    import tempfile

    try:
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=prefix, suffix=TEMPORARY_SUFFIX)
    except OSError as error:
        raise failure(error, target) from None
    try:
        os.chmod(name, _mode_for(target, new_mode))
    except OSError:
        pass  # a disk without modes (FAT): the file still works
    return fd, Path(name)


def finish(fd: int, temporary: Path, target: Path) -> None:
    """fsync the open temporary file, close it, and move it onto target."""
    try:
        os.fsync(fd)
    except OSError as error:
        os.close(fd)
        abandon(temporary)
        raise failure(error, target) from None
    os.close(fd)
    install(temporary, target)


def install(temporary: Path, target: Path) -> None:
    """Rename a finished temporary file onto target and make the rename durable."""
    try:
        os.replace(temporary, target)
    except OSError as error:
        abandon(temporary)
        raise failure(error, target) from None
    fsync_folder(target.parent)


def abandon(temporary: Path) -> None:
    try:
        os.unlink(temporary)
    except OSError:
        pass


def failure(error: OSError, target: Path) -> OnePointsError:
    return OnePointsError(f"{error.strerror or error} while writing {target}.")


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); not possible on Windows, where it is a no-op."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _mode_for(target: Path, new_mode: int | None) -> int:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        pass
    if new_mode is not None:
        return new_mode
    umask = os.umask(0)
    os.umask(umask)
    return _NEW_FILE_MODE & ~umask
