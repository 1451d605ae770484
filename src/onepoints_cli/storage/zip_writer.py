"""Build the evidence bundle: a deterministic, streaming zip with integrity checks.

The same members always give a byte-identical zip: every entry gets the same
timestamp (1980-01-01 00:00, the zip minimum), the same permissions (rw-r--r--)
and the same "made by" system (Unix), entries are written in the order given,
and nothing machine-dependent (mtimes, owners, extra fields) is recorded.

Each evidence file is read once, in 1 MiB chunks: every chunk goes both to the
zip entry and to a SHA-256, which is compared with the hash recorded in the
ledger when the file is finished. Memory use does not depend on file sizes.

The zip is written to a hidden temporary file beside the target and moved onto
it (os.replace) only once it is complete and every file checked out, so a
failure or Ctrl-C never leaves a half-written bundle or a stray temporary file.
A process killed outright (SIGKILL, power loss) cannot remove its temporary
file: the writer holds a lock on it (POSIX), and the next bundle written to
the same name removes those nobody holds.

Standard library only, so that importing this module stays cheap.
"""

from __future__ import annotations

import hashlib
import os
import pathlib
import stat
import zipfile
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor

from ..domain.bundle_members import BytesMember, FileMember, Member
from ..domain.rules import BUNDLE_PROBE_BYTES
from ..errors import OnePointsError
from .zip_checks import _files, _hints, _problem_list, _stat_error, check_sources
from .zip_deflate import _deflate_in_parallel, _worth_deflating
from .zip_entries import _check_arcnames, _needs_zip64, _zipinfo
from .zip_temp_file import (
    _TARGET,
    _create_temp_beside,
    _replace,
    _write_error,
)

__all__ = ["check_sources", "write_zip"]


#: Size of the chunks evidence files are read and written in.
CHUNK_SIZE = 1 << 20


def write_zip(
    target: pathlib.Path,
    members: Iterable[Member],
    *,
    progress: Callable[[int], None] | None = None,
) -> str:
    """Write members, in order, to a zip at target; return the zip's SHA-256 (hex).

    The zip is built in a hidden temporary file in target's folder, then moved
    onto target, replacing any file there. Each evidence file is read once, its
    bytes going to the zip and to a SHA-256 together; if any file's size or
    hash no longer matches the recorded ones, every such file is named in one
    OnePointsError and target is left untouched. On any error or interruption
    (KeyboardInterrupt included) the temporary file is removed.

    progress, if given, is called with the number of bytes just added (an
    increment, for e.g. rich's Progress.advance); over a successful run the
    calls add up to the sizes of all FileMembers plus the lengths of all
    BytesMembers' data.

    Arcnames must be safe relative paths, unique ignoring case (see
    safe_arcname and unique_arcnames); anything else is a ValueError.
    """
    target = pathlib.Path(target)
    members = list(members)
    _check_arcnames(members)
    _TARGET.set(target)

    fd, tmp = _create_temp_beside(target)
    held = None
    try:
        with os.fdopen(fd, "w+b") as out:
            # A second handle on the same open file keeps its lock (see
            # _lock_temp) after `out` is closed, until the zip has its name.
            # (Not on Windows, where an open file cannot be renamed.)
            held = os.dup(fd) if os.name == "posix" else None
            problems = _write_members(out, members, progress)
            if problems:
                n = len(problems)
                header = (
                    f"The bundle was not written: {_files(n)}"
                    f" no longer {'matches' if n == 1 else 'match'} what was recorded:"
                )
                hint = _hints(problems)
                raise OnePointsError(_problem_list(header, problems, hint))
            digest = _hash_open_file(out)
            _fsync(out.fileno())
        _replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    finally:
        if held is not None:
            os.close(held)
    return digest


def _write_members(out, members: list[Member], progress: Callable[[int], None] | None) -> list[str]:
    """Stream every member into a zip on out; return the changed files' problems.

    After the first problem nothing more is written (the zip will be thrown
    away) but the remaining files are still read and hashed, so that the user
    learns about every changed file at once.
    """
    zf = zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True)
    problems: list[str] = []
    buf = bytearray(CHUNK_SIZE)
    view = memoryview(buf)
    workers = min(4, os.cpu_count() or 1)
    try:
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="deflate") as pool:
            for member in members:
                if isinstance(member, BytesMember):
                    if not problems:
                        zinfo = _zipinfo(member.arcname, len(member.data), _worth_deflating(member.data))
                        _write_zip_entry(zf, zinfo, member.data)
                    if progress is not None:
                        progress(len(member.data))
                else:
                    target = zf if not problems else None
                    problem = _copy_file(target, member, view, progress, (pool, workers))
                    if problem is not None:
                        problems.append(f"{member.label}: {problem}")
    except BaseException:
        _abandon(zf)
        raise
    if problems:
        _abandon(zf)
    else:
        _close_zip(zf)
    return problems


def _abandon(zf: zipfile.ZipFile) -> None:
    """Drop a zip that will be deleted without finishing it.

    ZipFile.close, which its __del__ calls too, would write a central
    directory into the doomed file, or fail noisily once that file is closed.
    With no fp, close does nothing.
    """
    zf.fp = None


def _copy_file(
    zf: zipfile.ZipFile | None,
    member: FileMember,
    view: memoryview,
    progress: Callable[[int], None] | None,
    deflaters: tuple[ThreadPoolExecutor, int] | None = None,
) -> str | None:
    """Copy one evidence file into zf (or only hash it if zf is None).

    The file is opened and read once: its type and size are checked on the
    open handle, its first chunk decides whether it is deflated (a probe, see
    _worth_deflating), and every chunk goes to the SHA-256, the zip entry's
    CRC and the deflate workers. Returns what is wrong with the file, or
    None if it matches the record. Errors reading the source are reported as
    problems; errors writing the zip are raised.
    """
    try:
        src, size_now = _open_regular_file(member.source)
    except OSError as exc:
        return _stat_error(member.source, exc)
    except _NotARegularFile as exc:
        return str(exc)

    hasher = hashlib.sha256()
    total = 0
    dest = None
    with src:
        if size_now != member.size:
            return f"size changed from {member.size} to {size_now} bytes since it was recorded"
        try:
            first = True
            while True:
                try:
                    n = src.readinto(view)
                except OSError as exc:
                    return f"cannot be read ({exc.strerror or exc})"
                if first and zf is not None:
                    deflate = _worth_deflating(view[: min(n, BUNDLE_PROBE_BYTES)])
                    dest = _open_zip_entry(zf, _zipinfo(member.arcname, member.size, deflate), member.size)
                    if deflate and deflaters is not None:
                        _deflate_in_parallel(dest, *deflaters)
                first = False
                if not n:
                    break
                total += n
                if total > member.size:
                    # Grown since it was recorded: stop before the entry can
                    # outgrow what its header was sized for.
                    return f"size changed from {member.size} to at least {total} bytes since it was recorded"
                chunk = view[:n]
                hasher.update(chunk)
                if dest is not None:
                    _zip_write(dest, chunk)
                if progress is not None:
                    progress(n)
        finally:
            if dest is not None:
                _zip_close_entry(dest)
    if total != member.size:
        return f"size changed from {member.size} to {total} bytes since it was recorded"
    if hasher.hexdigest() != member.sha256.lower():
        return "changed since it was recorded (same size, different contents)"
    return None


class _NotARegularFile(Exception):
    pass


def _open_regular_file(path: pathlib.Path):
    """Open path for reading, refusing anything but a regular file.

    O_NONBLOCK keeps a FIFO swapped in since check_sources from blocking the
    open; it changes nothing for regular files.
    """
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise _NotARegularFile("is a folder, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise _NotARegularFile("is not a regular file")
        return os.fdopen(fd, "rb", buffering=0), st.st_size
    except BaseException:
        os.close(fd)
        raise


# The helpers below wrap every write to the temporary zip, so that a failure
# there (disk full, quota...) becomes a message the user can act on.


def _write_zip_entry(zf: zipfile.ZipFile, zinfo: zipfile.ZipInfo, data: bytes) -> None:
    dest = _open_zip_entry(zf, zinfo, len(data))
    try:
        _zip_write(dest, data)
    finally:
        _zip_close_entry(dest)


def _open_zip_entry(zf: zipfile.ZipFile, zinfo: zipfile.ZipInfo, size: int):
    try:
        return zf.open(zinfo, "w", force_zip64=_needs_zip64(size))
    except OSError as exc:
        raise _write_error(exc) from exc


def _zip_write(dest, data) -> None:
    try:
        dest.write(data)
    except OSError as exc:
        raise _write_error(exc) from exc


def _zip_close_entry(dest) -> None:
    try:
        dest.close()
    except OSError as exc:
        raise _write_error(exc) from exc


def _close_zip(zf: zipfile.ZipFile) -> None:
    try:
        zf.close()
    except OSError as exc:
        raise _write_error(exc) from exc


def _hash_open_file(f) -> str:
    """SHA-256 of the finished zip, read back from the temporary file.

    zipfile goes back to fill in each entry's header once its data is written,
    so the zip cannot be hashed as it is written; reading it back (usually from
    the page cache) is the price.
    """
    try:
        f.flush()
        f.seek(0)
        hasher = hashlib.sha256()
        buf = bytearray(CHUNK_SIZE)
        view = memoryview(buf)
        while n := f.readinto(view):
            hasher.update(view[:n])
        return hasher.hexdigest()
    except OSError as exc:
        raise _write_error(exc) from exc


def _fsync(fd: int) -> None:
    # On disk before it gets the target's name: a crash then leaves the old
    # file or the new one, never an empty or partial one.
    try:
        os.fsync(fd)
    except OSError as exc:
        raise _write_error(exc) from exc
