"""Opening a file the user names (evidence, a badge, a CSV to import, a bundle), safely.

Only a regular file is read, and no more than a cap: a FIFO nobody writes to
would block for ever, /dev/zero never ends, and a 10 GB file named by mistake
must not fill memory. The file is opened without blocking and checked on the
open handle, so a file swapped for a FIFO after a check cannot slip through.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from ..domain.file_problems import (
    CannotReadFile,
    FileIsFolder,
    FileNotFound,
    FileNotRegular,
    FileRole,
    FileTooLarge,
)

_CHUNK = 1 << 20


def read_regular_file(path: Path, max_bytes: int, what: FileRole) -> bytes:
    """The bytes of `path`, a regular file of at most `max_bytes`; `what`
    (a badge, a file to import) is what the problems name it."""
    source = str(path)
    with open_regular(path, what) as stream:
        info = os.fstat(stream.fileno())
        if info.st_size > max_bytes:
            raise FileTooLarge(what, source, max_bytes)
        try:
            data = _read_at_most(stream, max_bytes + 1)
        except OSError as error:
            raise CannotReadFile(what, source, error.strerror) from None
    if len(data) > max_bytes:  # it grew since fstat
        raise FileTooLarge(what, source, max_bytes)
    return data


class NotRegularFile(OSError):
    """What was opened is a pipe, a device or a socket, not a file."""


def open_file(path: Path) -> BinaryIO:
    """`path` opened for reading (unbuffered), checked on the open handle to be a
    regular file: the one way onepoints opens evidence, a badge, a CSV or a zip.

    Opened without blocking (a FIFO nobody writes to would hang the open
    itself), then switched back to blocking reads. Raises OSError:
    IsADirectoryError, NotRegularFile, or what the open said (FileNotFoundError,
    PermissionError...); ValueError for a name with a NUL character.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", str(path))
        if not stat.S_ISREG(mode):
            raise NotRegularFile(errno.EINVAL, "is not a regular file", str(path))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb", buffering=0)
    except BaseException:
        os.close(fd)
        raise


def open_regular(path: Path, what: FileRole) -> BinaryIO:
    """open_file, its errors as problems that name `what` (a badge, a bundle)."""
    source = str(path)
    try:
        return open_file(path)
    except (FileNotFoundError, NotADirectoryError):
        raise FileNotFound(what, source) from None
    except IsADirectoryError:
        raise FileIsFolder(what, source) from None
    except NotRegularFile:
        raise FileNotRegular(what, source) from None
    except OSError as error:
        raise CannotReadFile(what, source, error.strerror) from None
    except ValueError:  # a NUL character in the name: no file has one
        raise FileNotFound(what, source, quoted=True) from None


def _read_at_most(stream, limit: int) -> bytes:
    parts, total = [], 0
    while total < limit and (chunk := stream.read(min(_CHUNK, limit - total))):
        parts.append(chunk)
        total += len(chunk)
    return b"".join(parts)
