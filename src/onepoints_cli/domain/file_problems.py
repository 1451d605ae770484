"""What reading or writing a file the user names can run into, as values
(render/problems/files.py words them). `source` and `target` are the paths as
text; `reason` is what the system said (an OSError's strerror), or None."""

from __future__ import annotations

from typing import Literal, NamedTuple

from .problems import Problem

#: The file a problem is about, as the command names it: a badge, a CSV to import,
#: the other copy of a ledger, a bundle.
FileRole = Literal["badge", "import", "ledger", "bundle"]

# --- a file named to be read (storage/regular_files.py) -------------------------------


class FileNotFound(Problem):
    """`quoted`: the name cannot be a file's (a NUL character), so it is shown quoted."""

    role: FileRole
    source: str
    quoted: bool = False


class FileIsFolder(Problem):
    role: FileRole
    source: str


class FileNotRegular(Problem):
    """A pipe, a device or a socket."""

    role: FileRole
    source: str


class CannotReadFile(Problem):
    role: FileRole
    source: str
    reason: str | None


class FileTooLarge(Problem):
    role: FileRole
    source: str
    max_bytes: int


# --- --out (storage/outfile.py, own_files.py) ------------------------------------------


class CannotUseOut(Problem):
    target: str
    reason: str | None


class OutNotAName(Problem):
    """A --out with a NUL character: `text` as typed."""

    text: str


class OutIsFolder(Problem):
    target: str


class OutNotRegular(Problem):
    target: str


class OutExists(Problem):
    target: str


class OutFolderMissing(Problem):
    folder: str


class OutIsOwnFile(Problem):
    """--out names the ledger, its history, backup, cache, lock or config."""

    target: str


class BundleToStdout(Problem):
    pass


class NoTemporaryFile(Problem):
    """No temporary file could be made (and locked) in `folder`."""

    folder: str


# --- searching folders (storage/file_search.py) -----------------------------------------


class CannotSearch(Problem):
    root: str
    reason: str


class SearchNotFolder(Problem):
    root: str


# --- onepoints' own folder and lock (storage/ledger/lock.py) -----------------------------


class CannotWriteIn(Problem):
    folder: str
    reason: str | None


class LockTimeout(Problem):
    """Another onepoints (`holder`, as it wrote itself in the lock, or "" when it did
    not say) held `lock` for `seconds`."""

    holder: str
    lock: str
    seconds: float


# --- merge (storage/merge_files.py) --------------------------------------------------------


class MergeOfLedgerItself(Problem):
    source: str


class MergeOfOwnFile(Problem):
    source: str


class MergedCopyNotMoved(Problem):
    """The merge is saved but the copy could not be renamed; `reason` None when no
    free name was found."""

    source: str
    reason: str | None = None


# --- any file onepoints reads or writes (atomic_write, the ledger's store) -----------------


class CannotRead(Problem):
    path: str
    reason: str | None


class NotAFile(Problem):
    """A folder where onepoints reads a file."""

    path: str


class WriteFailed(Problem):
    """Writing `target` failed with `reason`; `held`: a PermissionError, which another
    program holding the file (or a folder not writable) explains."""

    target: str
    reason: str
    held: bool = False


class SkippedFolder(Problem):
    """A folder a search could not read: a note, the search goes on."""

    folder: str
    reason: str


# --- evidence (storage/evidence_files.py): `path` as the user gave it ------------------------


class EvidenceNameNotUtf8(Problem):
    """A name decoded with surrogateescape: the ledger (UTF-8) could not record it."""

    path: str


class EvidenceNotFound(Problem):
    """`quoted`: the name cannot be a file's (a NUL character), so it is shown quoted."""

    path: str
    quoted: bool = False


class CannotReadEvidence(Problem):
    path: str
    reason: str | None


class EvidenceIsFolder(Problem):
    path: str


class EvidenceIsSystemFile(Problem):
    """Under /proc, /sys or /dev: `target` is where the path leads."""

    path: str
    target: str


class EvidenceNotRegular(Problem):
    """A device or a pipe."""

    path: str


class EvidenceLinkOutside(Problem):
    """A symbolic link to `target`, outside the home folder and `folder` (the path's own)."""

    path: str
    target: str
    folder: str


class EmptyEvidence(Problem):
    """0 bytes by its size."""

    path: str


class EvidenceReadsEmpty(Problem):
    """A size, but nothing read."""

    path: str


class EvidenceChangedWhileCopied(Problem):
    source: str


class CannotCopyEvidence(Problem):
    source: str
    folder: str
    reason: str | None


# --- a recorded evidence file, checked again (storage/evidence_files.evidence_problem) -------

RecordFault = Literal["missing", "unreadable", "not_regular", "size_changed", "content_changed"]


class RecordCheck(NamedTuple):
    """What is wrong with a recorded evidence file now: `reason` what the system said
    (unreadable; None when only the read failed); `recorded` and `now` the sizes (size_changed)."""

    fault: RecordFault
    reason: str | None = None
    recorded: int = 0
    now: int = 0
