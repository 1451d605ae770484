"""Reading a file the user names (a badge, a CSV to import), safely.

Only a regular file is read, and no more than a cap: a FIFO nobody writes to
would block for ever, /dev/zero never ends, and a 10 GB file named by mistake
must not fill memory. The file is opened without blocking and checked on the
open handle, so a file swapped for a FIFO after a check cannot slip through.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from ..errors import OnePointsError

_CHUNK = 1 << 20


def read_regular_file(path: Path, max_bytes: int, what: str) -> bytes:
    """The bytes of `path`, a regular file of at most `max_bytes`; `what`
    ("badge file", "CSV file") names it in the messages."""
    source = str(path)
    with open_regular(path, what) as stream:
        info = os.fstat(stream.fileno())
        if info.st_size > max_bytes:
            raise too_large(source, max_bytes, what)
        try:
            data = _read_at_most(stream, max_bytes + 1)
        except OSError as error:
            raise OnePointsError(f"Cannot read {what} {source}: {error.strerror}.") from None
    if len(data) > max_bytes:  # it grew since fstat
        raise too_large(source, max_bytes, what)
    return data


def open_regular(path: Path, what: str) -> BinaryIO:
    """`path` opened for reading, checked on the open handle to be a regular file.

    Opened without blocking (a FIFO nobody writes to would hang the open
    itself), then switched back to blocking reads. The one way this program
    opens a file the user named: evidence, a badge, a CSV, a bundle zip.
    """
    source = str(path)
    name = what[:1].upper() + what[1:]
    try:
        if path.is_dir():
            raise OnePointsError(f"{source} is a folder: give the {what} itself.")
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        handle = os.open(path, flags)
    except FileNotFoundError:
        raise OnePointsError(f"{name} not found: {source}") from None
    except OSError as error:
        raise OnePointsError(f"Cannot read {what} {source}: {error.strerror}.") from None
    except ValueError:  # a NUL character in the name: no file has one
        raise OnePointsError(f"{name} not found: {source!r}") from None
    stream = os.fdopen(handle, "rb")
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            raise OnePointsError(
                f"{source} is not a regular file (it is a pipe, a device or a socket): "
                f"give the {what} itself."
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(handle, True)
    except BaseException:
        stream.close()
        raise
    return stream


def too_large(source: str, max_bytes: int, what: str) -> OnePointsError:
    return OnePointsError(
        f"{source} is larger than {_size_text(max_bytes)}, far more than a {what}: "
        "check that this is the right file."
    )


def _read_at_most(stream, limit: int) -> bytes:
    parts, total = [], 0
    while total < limit and (chunk := stream.read(min(_CHUNK, limit - total))):
        parts.append(chunk)
        total += len(chunk)
    return b"".join(parts)


def _size_text(size: int) -> str:
    mb = size / (1024 * 1024)
    return f"{mb:g} MB" if mb >= 1 else f"{size // 1024} KB"
