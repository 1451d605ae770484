"""Evidence files on disk: checked and fingerprinted when they are recorded."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..domain.file_problems import (
    CannotCopyEvidence,
    CannotReadEvidence,
    EmptyEvidence,
    EvidenceChangedWhileCopied,
    EvidenceIsFolder,
    EvidenceIsSystemFile,
    EvidenceLinkOutside,
    EvidenceNameNotUtf8,
    EvidenceNotFound,
    EvidenceNotRegular,
    EvidenceReadsEmpty,
    RecordCheck,
)
from ..domain.models import Evidence
from ..domain.validation import unstorable
from ..errors import OnePointsError
from . import atomic_write
from .outfile import PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE
from .regular_files import open_file

_CHUNK = 1 << 20


def inspect_evidence(path_text: str) -> Evidence:
    """The absolute path, size and sha256 of a regular, readable, non-empty file.

    A symbolic link is followed only to a file in the user's folders (see
    link_target_problem), and the record names the file it points to.
    System files (/proc, /sys, /dev) and devices are refused.
    """
    if unstorable(path_text):
        # A name decoded with surrogateescape (bytes that are not UTF-8): the
        # ledger is UTF-8 and could not record where the file is.
        raise EvidenceNameNotUtf8(path_text)
    path = Path(path_text).expanduser()
    try:
        info = path.stat()
    except FileNotFoundError:
        raise EvidenceNotFound(path_text) from None
    except OSError as error:
        raise CannotReadEvidence(path_text, error.strerror) from None
    except ValueError:  # a NUL character (from a CSV cell): no file has such a name
        raise EvidenceNotFound(path_text, quoted=True) from None
    if stat.S_ISDIR(info.st_mode):
        raise EvidenceIsFolder(path_text)
    target = path.resolve()
    if _is_system_path(target):
        raise EvidenceIsSystemFile(path_text, str(target))
    if not stat.S_ISREG(info.st_mode):
        raise EvidenceNotRegular(path_text)
    if problem := link_target_problem(path, target):
        raise problem
    if info.st_size == 0:
        raise EmptyEvidence(path_text)
    digest, size = file_sha256(path)
    if size == 0:  # a file that reports a size but reads empty
        raise EvidenceReadsEmpty(path_text)
    return Evidence(path=str(target), size=size, sha256=digest)


#: Folders whose files describe the running system, not the user's work.
_SYSTEM_FOLDERS = (Path("/proc"), Path("/sys"), Path("/dev"))


def _is_system_path(target: Path) -> bool:
    return os.name == "posix" and any(target.is_relative_to(folder) for folder in _SYSTEM_FOLDERS)


def link_target_problem(path: Path, target: Path) -> EvidenceLinkOutside | None:
    """Why a symbolic link may not be followed, or None.

    A link is followed when its target is in the user's folders: under the
    home folder, or under the folder the given path is in (with that folder's
    own links resolved). A link from Downloads to /etc/shadow is refused.
    """
    given = Path(os.path.abspath(path))
    folder = given.parent.resolve()
    if given.parent / given.name == target or folder / given.name == target:
        return None  # not a link: the path names the file itself
    home = Path.home().resolve()
    if target.is_relative_to(home) or target.is_relative_to(folder):
        return None
    return EvidenceLinkOutside(str(path), str(target), str(folder))


def followed_link(path_text: str) -> tuple[str, str] | None:
    """(given, recorded) when path_text was a link and the record names its target."""
    path = Path(path_text).expanduser()
    given = Path(os.path.abspath(path))
    target = path.resolve()
    if given.parent.resolve() / given.name == target:
        return None
    return path_text, str(target)


def file_sha256(path: Path) -> tuple[str, int]:
    """sha256 and size of a file, read in chunks so memory stays flat."""
    import hashlib  # here: hashlib loads OpenSSL, and an `add` with no file never needs it

    digest = hashlib.sha256()
    size = 0
    try:
        with open_file(path) as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except OSError as error:
        raise CannotReadEvidence(str(path), error.strerror) from None
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


def evidence_problem(evidence: Evidence, data_dir: Path | None = None) -> RecordCheck | None:
    """What is wrong with a recorded file now (missing, changed), or None.

    Never raises for a file it cannot read: that is one more problem to list.
    `data_dir` is where a relative path is relative to (see evidence_location).
    """
    path = evidence_location(evidence.path, data_dir)
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return RecordCheck("missing")
    except OSError as error:
        return RecordCheck("unreadable", str(error.strerror or error))
    if not stat.S_ISREG(info.st_mode):
        return RecordCheck("not_regular")
    if info.st_size != evidence.size:
        return RecordCheck("size_changed", recorded=evidence.size, now=info.st_size)
    try:
        digest, size = file_sha256(path)
    except OnePointsError:
        return RecordCheck("unreadable")
    if size != evidence.size:
        return RecordCheck("size_changed", recorded=evidence.size, now=size)
    if digest != evidence.sha256:
        return RecordCheck("content_changed")
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
        # Private, like the ledger: certificates carry the holder's name (a folder
        # that exists already keeps its mode).
        evidence_dir.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
        target.parent.mkdir(exist_ok=True, mode=PRIVATE_FOLDER_MODE)
    except OSError as error:
        raise atomic_write.failure(error, target.parent) from None
    # A short temporary name: a 255-byte file name leaves no room for a longer one.
    fd, temporary = atomic_write.create_beside(target, new_mode=PRIVATE_FILE_MODE)
    try:
        import hashlib

        digest = hashlib.sha256()
        with open_file(source) as src, os.fdopen(os.dup(fd), "wb") as out:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
            # The copy keeps the original's time (as `cp -p`): the bundle dates its entry from it.
            original = os.fstat(src.fileno())
        os.utime(temporary, ns=(original.st_atime_ns, original.st_mtime_ns))
        if digest.hexdigest() != evidence.sha256:
            raise EvidenceChangedWhileCopied(str(source))
    except BaseException as error:
        os.close(fd)
        atomic_write.abandon(temporary)  # a failed copy leaves nothing
        if isinstance(error, OSError):
            raise CannotCopyEvidence(str(source), str(evidence_dir), error.strerror) from None
        raise
    atomic_write.finish(fd, temporary, target)
    return copy


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def evidence_problems(activities, data_dir: Path | None = None) -> list[tuple[int, str, RecordCheck]]:
    """(activity id, path, problem) for every recorded file that is missing or changed."""
    return [
        (activity.id, item.path, problem)
        for activity in activities
        for item in activity.evidence
        if (problem := evidence_problem(item, data_dir)) is not None
    ]
