"""Checking a bundle's evidence files before anything is written, and the advice when one is off.

`bundle --dry-run` and the build run these same checks (app/bundle_build.py
check_plan), so the dry run refuses what the build would.
"""

from __future__ import annotations

import errno
import os
import pathlib
import stat
from collections.abc import Iterable

from ..domain.bundle_members import FileMember, Member
from ..errors import OnePointsError

_REPLACE_HINT = (
    "If a file was changed on purpose (a corrected certificate), "
    "record it with `onepoints evidence replace ID N FILE` (N: its number in `onepoints evidence list ID`)."
)
_SEARCH_HINT = (
    "If a file was moved or renamed, `onepoints doctor --search DIR --fix` finds it by its content "
    "(DIR: where it may be, e.g. ~/Documents)."
)


def _hints(problems: list[str]) -> str | None:
    lines = []
    if any(": missing" in p for p in problems):
        lines.append(_SEARCH_HINT)
    if any("changed" in p for p in problems):
        lines.append(_REPLACE_HINT)
    return "\n".join(lines) or None


# --------------------------------------------------------------------------
# Checking the sources up front
# --------------------------------------------------------------------------


def check_sources(members: Iterable[Member], *, verify: bool = False, readable: bool = True) -> None:
    """Check that every evidence file is still there, as recorded.

    Each FileMember's source must exist and be a regular file (a symbolic
    link to a file is followed; one to a folder, a broken one or a loop is
    refused) and have the recorded size. Every problem is collected, then
    one OnePointsError lists them all. Contents are checked by write_zip,
    while it copies them, or here with verify (as `bundle --dry-run
    --verify` does): each file is then read and hashed as write_zip would,
    so a dry run refuses what the build would refuse, with the same words.
    """
    # The writer's own copy loop, reading and hashing without writing (imported
    # here: zip_writer imports this module).
    from .zip_writer import CHUNK_SIZE, _copy_file

    problems: list[str] = []
    view = memoryview(bytearray(CHUNK_SIZE)) if verify else None
    for member in members:
        if not isinstance(member, FileMember):
            continue
        problem = _source_problem(member, readable)
        if problem is None and view is not None:
            problem = _copy_file(None, member, view, None)
        if problem is not None:
            problems.append(f"{member.label}: {problem}")
    if problems:
        hint = _hints(problems)
        n = len(problems)
        header = f"Cannot build the bundle: {_files(n)} {'is' if n == 1 else 'are'} not as recorded:"
        raise OnePointsError(_problem_list(header, problems, hint))


def _source_problem(member: FileMember, readable: bool = True) -> str | None:
    path = member.source
    try:
        st = os.stat(path)  # follows symbolic links
    except OSError as exc:
        return _stat_error(path, exc)
    if stat.S_ISDIR(st.st_mode):
        return "is a folder, not a file"
    if not stat.S_ISREG(st.st_mode):
        return "is not a regular file"
    if st.st_size != member.size:
        return f"size changed from {member.size} to {st.st_size} bytes since it was recorded"
    if not readable:
        return None  # write_zip finds out on the one open it makes anyway
    try:
        with open(path, "rb", buffering=0):
            pass
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    return None


def _stat_error(path: pathlib.Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "is a symbolic link loop"
    if isinstance(exc, (FileNotFoundError, NotADirectoryError)):
        if os.path.islink(path):
            return "missing (the symbolic link points to nothing)"
        return "missing"
    return f"cannot be read ({exc.strerror or exc})"


def _problem_list(header: str, problems: list[str], hint: str | None) -> str:
    lines = [header]
    lines += [f"  - {p}" for p in problems]
    if hint:
        lines.append(hint)
    return "\n".join(lines)


def _files(count: int) -> str:
    return f"{count} evidence file" if count == 1 else f"{count} evidence files"


# --------------------------------------------------------------------------
# Writing the zip
# --------------------------------------------------------------------------
