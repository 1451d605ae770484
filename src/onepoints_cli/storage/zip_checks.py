"""Checking a bundle's evidence files before anything is written, and the advice when one is off.

`bundle --dry-run` and the build run these same checks (app/bundle_build.py
check_plan), so the dry run refuses what the build would.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable

from ..domain.bundle_members import FileMember, Member
from ..errors import OnePointsError
from .regular_files import open_file
from .zip_copy import CHUNK_SIZE, changed_size, copy_file, read_problem

_REPLACE_HINT = (
    "If a file was changed on purpose (a corrected certificate), "
    "record it with `onepoints evidence replace ID N FILE` (N: its number in `onepoints evidence list ID`)."
)
_SEARCH_HINT = (
    "If a file was moved or renamed, `onepoints doctor --search DIR --fix` finds it by its content "
    "(DIR: where it may be, e.g. ~/Documents)."
)


def check_sources(members: Iterable[Member], *, verify: bool = False, readable: bool = True) -> None:
    """Check that every evidence file is still there, as recorded.

    Each FileMember's source must exist and be a regular file (a symbolic
    link to a file is followed; one to a folder, a broken one or a loop is
    refused) and have the recorded size; with `readable`, it must open too.
    Every problem is collected, then one OnePointsError lists them all.
    Contents are checked by write_zip while it copies them, or here with
    verify (as `bundle --dry-run --verify` does): each file is then read and
    hashed by the writer's own loop, without a zip.
    """
    problems: list[str] = []
    buffer = memoryview(bytearray(CHUNK_SIZE)) if verify else None
    for member in members:
        if not isinstance(member, FileMember):
            continue
        problem = _source_problem(member, readable)
        if problem is None and buffer is not None:
            problem = copy_file(None, member, buffer).problem
        if problem is not None:
            problems.append(f"{member.label}: {problem}")
    if problems:
        n = len(problems)
        header = f"Cannot build the bundle: {files(n)} {'is' if n == 1 else 'are'} not as recorded:"
        raise OnePointsError(problem_list(header, problems))


def changed_files(problems: list[str]) -> OnePointsError:
    """The build's error when files no longer match their records."""
    n = len(problems)
    header = f"The bundle was not written: {files(n)} no longer {'matches' if n == 1 else 'match'} what was recorded:"
    return OnePointsError(problem_list(header, problems))


def _source_problem(member: FileMember, readable: bool) -> str | None:
    try:
        info = os.stat(member.source)  # follows symbolic links
        if stat.S_ISDIR(info.st_mode):
            return "is a folder, not a file"
        if not stat.S_ISREG(info.st_mode):
            return "is not a regular file"
        if info.st_size != member.size:
            return changed_size(member.size, info.st_size)
        if readable:  # the build finds out on the one open it makes anyway
            with open_file(member.source):
                pass
    except OSError as error:
        return read_problem(member.source, error)
    except ValueError:  # a NUL character in a hand-edited path
        return "missing"
    return None


def problem_list(header: str, problems: list[str]) -> str:
    lines = [header, *(f"  - {p}" for p in problems)]
    if any(": missing" in p for p in problems):
        lines.append(_SEARCH_HINT)
    if any("changed" in p for p in problems):
        lines.append(_REPLACE_HINT)
    return "\n".join(lines)


def files(count: int) -> str:
    return f"{count} evidence file" if count == 1 else f"{count} evidence files"
