"""Build the evidence bundle: a deterministic, streaming zip with integrity checks.

The same files always give a byte-identical zip: entries in the order given,
each dated from its file's own modification time (UTC, clamped to what a zip
holds; the generated files from the newest evidence file), the same
permissions (rw-r--r--) and "made by" system (Unix), and nothing else that
depends on the machine (owners, extra fields).

Each evidence file is opened once and read once, in 1 MiB chunks, by the one
thread: each chunk goes to the zip entry and to a SHA-256 compared with the
ledger's when the file is done (bundle_zip/copying.py). Whether an entry is stored or
deflated is decided per file from its first bytes (bundle_zip/deflate.py), through
zipfile's public API. Memory stays a few MiB whatever the sizes.

The zip is written to a hidden temporary file beside the target
(bundle_zip/temp_file.py, atomic_write's scheme) and renamed onto it only once it is
complete and every file checked out, so a failure or Ctrl-C never leaves a
half-written bundle; a kill leaves a hidden partial one that the next bundle
removes and `bundles` and `doctor` report.

Standard library only, so that importing this module stays cheap.
"""

from __future__ import annotations

import hashlib
import os
import pathlib
import zipfile
from collections.abc import Callable, Iterable

from ...domain.bundle.members import BytesMember, EvidenceOf, Member
from ...domain.bundle.problems import MemberState
from .. import atomic_write
from .checks import changed_files, check_sources
from .copying import CHUNK_SIZE, copy_file
from .deflate import worth_deflating
from .entries import ZIP_EARLIEST, DateTime, check_arcnames, zip_date_time, zip_info
from .temp_file import create_temp_zip

__all__ = ["CHUNK_SIZE", "check_sources", "write_zip"]


def write_zip(
    target: pathlib.Path,
    members: Iterable[Member],
    *,
    progress: Callable[[int], None] | None = None,
) -> str:
    """Write members, in order, to a zip at target; return the zip's SHA-256 (hex).

    If any file's size or hash no longer matches the recorded ones, every such
    file is named in one OnePointsError and target is left untouched. On any
    error or interruption (KeyboardInterrupt included) the temporary file is
    removed. `progress`, if given, is called with the number of bytes just
    added; over a successful run the calls add up to the sizes of all members.

    Arcnames must be safe relative paths, unique ignoring case (see
    safe_arcname and unique_arcnames); anything else is a ValueError.
    """
    target = pathlib.Path(target)
    members = list(members)
    check_arcnames(members)
    fd, temporary = create_temp_zip(target)
    # A second handle on the same open file keeps the lock (zip_temp_file) until the
    # zip has its name; on Windows, where an open file cannot be renamed, it is closed first.
    out = os.fdopen(os.dup(fd), "w+b")
    try:
        try:
            problems = _write_members(out, members, progress)
            if problems:
                raise changed_files(problems)
            digest = _sha256_of(out)
        except BaseException as error:
            os.close(fd)
            atomic_write.abandon(temporary)
            if isinstance(error, OSError):  # writing the zip: a full disk, a quota
                raise atomic_write.failure(error, target) from None
            raise
        if os.name != "posix":
            out.close()
        atomic_write.finish(
            fd, temporary, target
        )  # fsync, close, rename, fsync the folder; cleans up on failure
    finally:
        out.close()
    return digest


def _write_members(
    out, members: list[Member], progress: Callable[[int], None] | None
) -> list[tuple[EvidenceOf, MemberState]]:
    """Stream every member into a zip on `out`; return the changed files' (label, problem).

    After the first problem nothing more is written (the zip will be thrown
    away), but the remaining files are still read and hashed, so that the
    user learns about every changed file at once.
    """
    archive = zipfile.ZipFile(out, "w", allowZip64=True)
    problems: list[tuple[EvidenceOf, MemberState]] = []
    buffer = memoryview(bytearray(CHUNK_SIZE))
    newest: DateTime = ZIP_EARLIEST
    try:
        for member in members:
            writing = archive if not problems else None
            if isinstance(member, BytesMember):
                if writing is not None:
                    header = zip_info(member.arcname, len(member.data), worth_deflating(member.data), newest)
                    writing.writestr(header, member.data)
                if progress is not None:
                    progress(len(member.data))
                continue
            copied = copy_file(writing, member, buffer, progress)
            if copied.problem is not None:
                problems.append((member.label, copied.problem))
            newest = max(newest, zip_date_time(copied.mtime))
    except BaseException:
        _drop(archive)
        raise
    if problems:
        _drop(archive)
    else:
        archive.close()
    return problems


def _drop(archive: zipfile.ZipFile) -> None:
    """Close a zip that will be deleted, whatever state it is in: its central
    directory may go into the doomed file, or fail to; either way zipfile
    will not try again when the object is collected."""
    try:
        archive.close()
    except (OSError, ValueError):
        pass


def _sha256_of(out) -> str:
    """SHA-256 of the finished zip, read back from the temporary file.

    zipfile goes back to fill in each entry's header once its data is written,
    so the zip cannot be hashed as it is written; reading it back (usually
    from the page cache) is the price.
    """
    out.flush()
    out.seek(0)
    digest = hashlib.sha256()
    buffer = memoryview(bytearray(CHUNK_SIZE))
    while n := out.readinto(buffer):
        digest.update(buffer[:n])
    return digest.hexdigest()
