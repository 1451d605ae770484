"""Checking a bundle's evidence files before anything is written, and the advice when one is off.

`bundle --dry-run` and the build run these same checks (app/bundle_build.py
check_plan), so the dry run refuses what the build would.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable

from ...domain.bundle.members import EvidenceOf, FileMember, Member
from ...domain.bundle.problems import EvidenceNotAsRecorded, MemberState
from ..regular_files import open_file
from .copying import CHUNK_SIZE, changed_size, copy_file, read_problem


def check_sources(members: Iterable[Member], *, verify: bool = False, readable: bool = True) -> None:
    """Check that every evidence file is still there, as recorded.

    Each FileMember's source must exist and be a regular file (a symbolic
    link to a file is followed; one to a folder, a broken one or a loop is
    refused) and have the recorded size; with `readable`, it must open too.
    Every problem is collected, then one EvidenceNotAsRecorded lists them all.
    Contents are checked by write_zip while it copies them, or here with
    verify (as `bundle --dry-run --verify` does): each file is then read and
    hashed by the writer's own loop, without a zip.
    """
    problems: list[tuple[EvidenceOf, MemberState]] = []
    buffer = memoryview(bytearray(CHUNK_SIZE)) if verify else None
    for member in members:
        if not isinstance(member, FileMember):
            continue
        problem = _source_problem(member, readable)
        if problem is None and buffer is not None:
            problem = copy_file(None, member, buffer).problem
        if problem is not None:
            problems.append((member.label, problem))
    if problems:
        raise EvidenceNotAsRecorded(tuple(problems), built=False)


def changed_files(problems: list[tuple[EvidenceOf, MemberState]]) -> EvidenceNotAsRecorded:
    """The build's error when files no longer match their records: (label, problem) each."""
    return EvidenceNotAsRecorded(tuple(problems), built=True)


def _source_problem(member: FileMember, readable: bool) -> MemberState | None:
    try:
        info = os.stat(member.source)  # follows symbolic links
        if stat.S_ISDIR(info.st_mode):
            return MemberState("folder")
        if not stat.S_ISREG(info.st_mode):
            return MemberState("not_regular")
        if info.st_size != member.size:
            return changed_size(member.size, info.st_size)
        if readable:  # the build finds out on the one open it makes anyway
            with open_file(member.source):
                pass
    except OSError as error:
        return read_problem(member.source, error)
    except ValueError:  # a NUL character in a hand-edited path
        return MemberState("missing")
    return None
