"""Evidence files on disk: checked and fingerprinted when they are recorded."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from ..domain.models import Evidence
from ..errors import OnePointsError
from . import atomic_write

_CHUNK = 1 << 20


def inspect_evidence(path_text: str) -> Evidence:
    """The absolute path, size and sha256 of a regular, readable file."""
    path = Path(path_text).expanduser()
    try:
        info = path.stat()
    except FileNotFoundError:
        raise OnePointsError(f"Evidence file not found: {path_text}") from None
    except OSError as error:
        raise OnePointsError(f"Cannot read evidence file {path_text}: {error.strerror}.") from None
    except ValueError:  # a NUL character (from a CSV cell): no file has such a name
        raise OnePointsError(f"Evidence file not found: {path_text!r}") from None
    if stat.S_ISDIR(info.st_mode):
        raise OnePointsError(f"Evidence must be a file, and {path_text} is a folder.")
    if not stat.S_ISREG(info.st_mode):
        raise OnePointsError(f"Evidence must be a regular file: {path_text}")
    digest, size = file_sha256(path)
    return Evidence(path=str(path.resolve()), size=size, sha256=digest)


def file_sha256(path: Path) -> tuple[str, int]:
    """sha256 and size of a file, read in chunks so memory stays flat."""
    digest = hashlib.sha256()
    size = 0
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except OSError as error:
        raise OnePointsError(f"Cannot read evidence file {path}: {error.strerror}.") from None
    return digest.hexdigest(), size


def evidence_location(path_text: str, data_dir: Path | None = None) -> Path:
    """Where a recorded evidence file is.

    onepoints records absolute paths. A relative one, written by hand (as in
    examples/ledger.toml), is relative to the ledger's folder (`data_dir`;
    by default ONEPOINTS_HOME or the platform's data folder), so that a data
    folder can be moved or shared together with its evidence files.
    """
    path = Path(path_text)
    if path.is_absolute():
        return path
    if data_dir is None:
        from .paths import resolve_paths

        data_dir = resolve_paths().data_dir
    return data_dir / path


def evidence_problem(evidence: Evidence) -> str | None:
    """What is wrong with a recorded file now (missing, changed), or None.

    Never raises for a file it cannot read: that is one more problem to list.
    """
    path = evidence_location(evidence.path)
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return "missing"
    except OSError as error:
        return f"cannot be read ({error.strerror or error})"
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file"
    if info.st_size != evidence.size:
        return f"size changed from {evidence.size} to {info.st_size} bytes"
    try:
        digest, size = file_sha256(path)
    except OnePointsError:
        return "cannot be read"
    if size != evidence.size:
        return f"size changed from {evidence.size} to {size} bytes"
    if digest != evidence.sha256:
        return "content changed (sha256 differs)"
    return None


def keep_copy(evidence: Evidence, evidence_dir: Path) -> Evidence:
    """Copy a file into evidence/<sha256>/<original name>, so that it outlives the
    Downloads folder; the returned record points at the copy. The copy is
    hashed as it is written: a file that changed meanwhile is refused."""
    source = Path(evidence.path)
    target = evidence_dir / evidence.sha256 / source.name
    copy = Evidence(str(target), evidence.size, evidence.sha256)
    if evidence_problem(copy) is None:
        return copy  # already kept, intact (a damaged copy is replaced below)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise atomic_write.failure(error, target.parent) from None
    # A short temporary name: a 255-byte file name leaves no room for a longer one.
    fd, temporary = atomic_write.create_beside(target)
    try:
        digest = hashlib.sha256()
        with open(source, "rb") as src, os.fdopen(os.dup(fd), "wb") as out:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
        if digest.hexdigest() != evidence.sha256:
            raise OnePointsError(f"{source} changed while it was being copied; try again.")
    except BaseException as error:
        os.close(fd)
        atomic_write.abandon(temporary)  # a failed copy leaves nothing
        if isinstance(error, OSError):
            raise OnePointsError(f"Could not copy {source} into {evidence_dir}: {error.strerror}.") from None
        raise
    atomic_write.finish(fd, temporary, target)
    return copy


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def evidence_problems(activities) -> list[tuple[int, str, str]]:
    """(activity id, path, problem) for every recorded file that is missing or changed."""
    return [
        (activity.id, item.path, problem)
        for activity in activities
        for item in activity.evidence
        if (problem := evidence_problem(item)) is not None
    ]
