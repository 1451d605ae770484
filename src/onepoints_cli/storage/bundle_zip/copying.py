"""One evidence file into the zip: opened once, read once, checked as it goes.

The file is opened by regular_files.open_file (checked on the open handle);
its first chunk decides stored or deflated (zip_deflate), and every chunk goes
to the SHA-256 and to the zip entry together. `bundle --dry-run --verify`
runs the same loop without a zip (bundle_zip/checks.py), so it refuses what the build
would, in the same words.
"""

from __future__ import annotations

import errno
import hashlib
import os
import pathlib
import zipfile
from collections.abc import Callable
from typing import NamedTuple

from ...domain.bundle.members import FileMember
from ...domain.bundle.problems import MemberState
from ...domain.rules import BUNDLE_PROBE_BYTES
from ..regular_files import NotRegularFile, open_file
from .deflate import worth_deflating
from .entries import needs_zip64, zip_date_time, zip_info

#: Size of the chunks evidence files are read and written in.
CHUNK_SIZE = 1 << 20


class Copied(NamedTuple):
    problem: MemberState | None  # what is wrong with the file, or None when it matches its record
    mtime: float  # its modification time (0 when it could not be opened)


def copy_file(
    archive: zipfile.ZipFile | None,
    member: FileMember,
    buffer: memoryview,
    progress: Callable[[int], None] | None = None,
) -> Copied:
    """Copy one evidence file into `archive` (or only read and hash it, when None).

    Errors reading the file are its problem; errors writing the zip are raised.
    """
    try:
        source = open_file(member.source)
    except OSError as error:
        return Copied(read_problem(member.source, error), 0)
    except ValueError:
        return Copied(MemberState("missing"), 0)
    with source:
        info = os.fstat(source.fileno())
        if info.st_size != member.size:
            return Copied(changed_size(member.size, info.st_size), info.st_mtime)
        return Copied(_stream(source, archive, member, buffer, progress, info.st_mtime), info.st_mtime)


def _stream(
    source, archive, member: FileMember, buffer: memoryview, progress, mtime: float
) -> MemberState | None:
    hasher = hashlib.sha256()
    total = 0
    entry = None
    try:
        while True:
            try:
                n = source.readinto(buffer)
            except OSError as error:
                return MemberState("unreadable", str(error.strerror or error))
            if entry is None and archive is not None:
                deflate = worth_deflating(buffer[: min(n, BUNDLE_PROBE_BYTES)])
                header = zip_info(member.arcname, member.size, deflate, zip_date_time(mtime))
                entry = archive.open(header, "w", force_zip64=needs_zip64(member.size))
            if not n:
                break
            total += n
            if total > member.size:
                # Grown since it was recorded: stop before the entry can
                # outgrow what its header was sized for.
                return MemberState("grown", recorded=member.size, now=total)
            chunk = buffer[:n]
            hasher.update(chunk)
            if entry is not None:
                entry.write(chunk)
            if progress is not None:
                progress(n)
    finally:
        if entry is not None:
            entry.close()
    if total != member.size:
        return changed_size(member.size, total)
    if hasher.hexdigest() != member.sha256.lower():
        return MemberState("content_changed")
    return None


def changed_size(recorded: int, now: int) -> MemberState:
    return MemberState("size_changed", recorded=recorded, now=now)


def read_problem(path: pathlib.Path, error: OSError) -> MemberState:
    """What an OSError on opening or checking an evidence file means."""
    if isinstance(error, IsADirectoryError):
        return MemberState("folder")
    if isinstance(error, NotRegularFile):
        return MemberState("not_regular")
    if error.errno == errno.ELOOP:
        return MemberState("link_loop")
    if isinstance(error, (FileNotFoundError, NotADirectoryError)):
        if os.path.islink(path):
            return MemberState("dangling_link")
        return MemberState("missing")
    return MemberState("unreadable", str(error.strerror or error))
