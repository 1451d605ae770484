"""The one way onepoints writes a file: whole or not at all, and durable.

A temporary file with a short name is made in the target's folder, filled,
fsynced, given the mode of the file it replaces, renamed over the target, and
the folder is fsynced so that the rename survives a power cut. A crash leaves
the old file or the new one, never part of either; what it can leave is a
temporary file (`PREFIX...TEMPORARY_SUFFIX`), which the ledger's lock holder
removes.

A target that is a symbolic link (ledger.toml linked into a OneDrive folder)
is written through: the file the link points to is replaced, in its own folder,
and the link stays. A rename refused with a sharing or permission error (an
antivirus or a sync client holding the file for a moment) is tried again for
about a second before it is reported.

Streaming writers (the bundle's zip, evidence copies) take the same steps by
hand: `create_beside`, write, then `finish`, or `abandon` on failure.
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

from ..domain.file_problems import WriteFailed
from ..domain.rules import REPLACE_RETRY_SECONDS

TEMPORARY_SUFFIX = ".tmp"

#: Mode of a new file when the caller gives none: what open() would give.
_NEW_FILE_MODE = 0o666


def write_file(target: Path, data: bytes, *, prefix: str = ".op.", new_mode: int | None = None) -> None:
    """Replace (or create) `target`, or the file it links to, with `data`."""
    target = through_link(target)
    install(write_temporary(target, data, prefix=prefix, new_mode=new_mode), target)


def through_link(target: Path) -> Path:
    """The file a symbolic link points to (the link itself is never replaced)."""
    return Path(os.path.realpath(target)) if os.path.islink(target) else target


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
    """An open, new, empty file in target's folder: (fd, path). Its mode is the
    target's when it exists (a chmod the user made is kept), else `new_mode`
    (by default 0o666 minus the umask, like any new file)."""
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
    install(temporary, through_link(target))


def install(temporary: Path, target: Path) -> None:
    """Rename a finished temporary file onto target and make the rename durable."""
    try:
        replace(temporary, target)
    except OSError as error:
        abandon(temporary)
        raise failure(error, target) from None
    fsync_folder(target.parent)


def replace(source: Path, target: Path) -> None:
    """os.replace, tried again for about a second while the target is held by another program."""
    deadline = time.monotonic() + REPLACE_RETRY_SECONDS
    while True:
        try:
            os.replace(source, target)
            return
        except PermissionError:  # Windows: sharing violation or access denied while another holds it
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


def abandon(temporary: Path) -> None:
    try:
        os.unlink(temporary)
    except OSError:
        pass


def failure(error: OSError, target: Path) -> WriteFailed:
    return WriteFailed(str(target), str(error.strerror or error), isinstance(error, PermissionError))


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
