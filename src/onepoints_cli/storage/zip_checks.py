"""Checks before a bundle is written: every evidence file still as recorded, and
safe, distinct entry names (a caller's bug otherwise)."""

from __future__ import annotations

import errno
import os
import pathlib
import stat
import unicodedata
from collections.abc import Iterable

from ..domain.bundle_members import FileMember, Member, clash_key
from ..errors import OnePointsError

ATTACH_HINT = "run `onepoints attach ID FILE` to record the new version"


# --------------------------------------------------------------------------
# Checking the sources up front
# --------------------------------------------------------------------------


def check_sources(members: Iterable[Member]) -> None:
    """Check that every evidence file is still there, as recorded.

    Each FileMember's source must exist and be a regular file (a symbolic
    link to a file is followed; one to a folder, a broken one or a loop is
    refused) and have the recorded size. Every problem is collected, then
    one OnePointsError lists them all. Contents are checked by write_zip,
    while it copies them.
    """
    problems: list[str] = []
    size_changed = False
    for member in members:
        if not isinstance(member, FileMember):
            continue
        problem = _source_problem(member)
        if problem is not None:
            problems.append(f"{member.label}: {problem}")
            size_changed = size_changed or problem.startswith("size changed")
    if problems:
        hint = f"If a file was changed on purpose, {ATTACH_HINT}." if size_changed else None
        n = len(problems)
        header = f"Cannot build the bundle: {files_text(n)} {'is' if n == 1 else 'are'} not as recorded:"
        raise OnePointsError(problem_list(header, problems, hint))


def _source_problem(member: FileMember) -> str | None:
    path = member.source
    try:
        st = os.stat(path)  # follows symbolic links
    except OSError as exc:
        return stat_error(path, exc)
    if stat.S_ISDIR(st.st_mode):
        return "is a folder, not a file"
    if not stat.S_ISREG(st.st_mode):
        return "is not a regular file"
    if st.st_size != member.size:
        return f"size changed from {member.size} to {st.st_size} bytes since it was recorded"
    try:
        with open(path, "rb", buffering=0):
            pass
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    return None


def stat_error(path: pathlib.Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "is a symbolic link loop"
    if isinstance(exc, (FileNotFoundError, NotADirectoryError)):
        if os.path.islink(path):
            return "missing (the symbolic link points to nothing)"
        return "missing"
    return f"cannot be read ({exc.strerror or exc})"


def problem_list(header: str, problems: list[str], hint: str | None) -> str:
    lines = [header]
    lines += [f"  - {p}" for p in problems]
    if hint:
        lines.append(hint)
    return "\n".join(lines)


def files_text(count: int) -> str:
    return f"{count} evidence file" if count == 1 else f"{count} evidence files"


def check_arcnames(members: list[Member]) -> None:
    """Refuse unsafe or clashing arcnames: a bug in the caller, not the user's doing."""
    seen: set[str] = set()
    for member in members:
        name = member.arcname
        if not isinstance(name, str) or not name:
            raise ValueError(f"empty or non-text arcname: {name!r}")
        if (
            name.startswith("/")
            or "\\" in name
            or "\0" in name
            or any(part in ("", ".", "..") for part in name.split("/"))
            or any(unicodedata.category(c) == "Cs" for c in name)
        ):
            raise ValueError(f"unsafe arcname: {name!r}")
        key = clash_key(name)
        if key in seen:
            raise ValueError(f"arcname clashes with an earlier one (ignoring case): {name!r}")
        seen.add(key)
