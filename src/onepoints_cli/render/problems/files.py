"""The words for problems with a file the user names: one to read, --out, a folder
to search, onepoints' own folder and lock, a merge's copy."""

from collections.abc import Callable

from ...domain.file_problems import (
    BundleToStdout,
    CannotCopyEvidence,
    CannotRead,
    CannotReadEvidence,
    CannotReadFile,
    CannotSearch,
    CannotUseOut,
    CannotWriteIn,
    EmptyEvidence,
    EvidenceChangedWhileCopied,
    EvidenceIsFolder,
    EvidenceIsSystemFile,
    EvidenceLinkOutside,
    EvidenceNameNotUtf8,
    EvidenceNotFound,
    EvidenceNotRegular,
    EvidenceReadsEmpty,
    FileIsFolder,
    FileNotFound,
    FileNotRegular,
    FileTooLarge,
    LockTimeout,
    MergedCopyNotMoved,
    MergeOfLedgerItself,
    MergeOfOwnFile,
    NotAFile,
    NoTemporaryFile,
    OutExists,
    OutFolderMissing,
    OutIsFolder,
    OutIsOwnFile,
    OutNotAName,
    OutNotRegular,
    RecordCheck,
    SearchNotFolder,
    SkippedFolder,
    WriteFailed,
)
from ...errors import OnePointsError

#: What --out takes to mean standard output (storage/outfile.STDOUT).
STDOUT = "-"

#: Each file's role as a sentence names it.
ROLE_WORDS = {"badge": "badge file", "import": "file to import", "ledger": "ledger file", "bundle": "bundle"}


def record_check(check: RecordCheck) -> str:
    """What is wrong with a recorded evidence file now, as `evidence list` and `doctor` say it."""
    match check.fault:
        case "unreadable":
            return "cannot be read" if check.reason is None else f"cannot be read ({check.reason})"
        case "not_regular":
            return "not a regular file"
        case "size_changed":
            return f"size changed from {check.recorded} to {check.now} bytes"
        case "content_changed":
            return "content changed (sha256 differs)"
    return "missing"


def holder_words(holder: str) -> str:
    """Who holds the ledger's lock, as it wrote itself in the lock file."""
    return holder or "a process that did not say"


def size_text(size: int) -> str:
    mb = size / (1024 * 1024)
    return f"{mb:g} MB" if mb >= 1 else f"{size // 1024} KB"


def word(problem: OnePointsError, words: Callable[[OnePointsError], str]) -> str | None:
    match problem:
        case FileNotFound() | FileIsFolder() | FileNotRegular() | CannotReadFile() | FileTooLarge():
            return _read(problem)
        case CannotRead():
            return f"Cannot read {problem.path}: {problem.reason}."
        case NotAFile():
            return f"{problem.path} is a folder, not a file."
        case WriteFailed(held=True):
            return (
                f"{problem.reason} while writing {problem.target}: another program (an antivirus, a "
                "sync client, an editor) may be holding it, or the folder is not writable. Close it and try again."
            )
        case WriteFailed():
            return f"{problem.reason} while writing {problem.target}."
        case CannotUseOut():
            return f"Cannot use {problem.target} as --out: {problem.reason}."
        case OutNotAName():
            return f"{problem.text!r} cannot be a file name; give --out another."
        case OutIsFolder():
            return f"{problem.target} is a folder; give --out a file name."
        case OutNotRegular():
            return (
                f"{problem.target} is not a regular file (it is a pipe, a device or a socket); nothing was written. "
                f"Give --out a file name, or {STDOUT} for standard output."
            )
        case OutExists():
            return f"{problem.target} already exists; use --force to replace it, or --out to choose another."
        case OutFolderMissing():
            return f"The folder {problem.folder} does not exist."
        case OutIsOwnFile():
            return (
                f"{problem.target} is one of onepoints' own files (the ledger, its history, backup, cache, "
                "lock or config); nothing was written. Give --out another file name."
            )
        case BundleToStdout():
            return (
                f"A bundle cannot go to standard output ({STDOUT}): it is a file to attach to the case, and "
                "onepoints records its path and sha256. Give --out a file name, e.g. --out bundle.zip."
            )
        case NoTemporaryFile():
            return f"Cannot create a temporary file in {problem.folder}."
        case CannotSearch():
            return f"Cannot search {problem.root}: {problem.reason}."
        case SearchNotFolder():
            return f"Cannot search {problem.root}: it is not a folder. Give the folder it is in."
        case SkippedFolder():
            return f"Skipped {problem.folder}: {problem.reason}."
        case CannotWriteIn():
            return f"Cannot write in {problem.folder}: {problem.reason}."
        case LockTimeout():
            return (
                f"Another onepoints ({holder_words(problem.holder)}) has held {problem.lock} for more than "
                f"{problem.seconds:.0f} seconds, so this one gave up; nothing was changed. "
                "If that process is stopped (Ctrl-Z), resume it with `fg` or end it, then try again."
            )
        case MergeOfLedgerItself():
            return (
                f"{problem.source} is the ledger itself: give the other copy (the conflict copy beside it)."
            )
        case MergeOfOwnFile():
            return (
                f"{problem.source} is one of onepoints' own files (its backup, lock, cache, config or history), "
                "not a copy to merge. Nothing was changed."
            )
        case MergedCopyNotMoved(reason=None):
            return (
                f"The merge is saved, but {problem.source} could not be renamed: "
                "move it out of the folder yourself."
            )
        case MergedCopyNotMoved():
            return (
                f"The merge is saved, but {problem.source} could not be renamed ({problem.reason}): "
                "move it out of the folder yourself, so that it is not merged twice."
            )
    return _evidence(problem)


def _evidence(problem: OnePointsError) -> str | None:
    match problem:
        case EvidenceNameNotUtf8():
            return (
                f"The evidence file {problem.path!r} has a name that is not valid UTF-8, which the ledger "
                "cannot record: rename the file (e.g. certificate.pdf) and give the new name."
            )
        case EvidenceNotFound():
            return (
                f"Evidence file not found: {problem.path!r}"
                if problem.quoted
                else f"Evidence file not found: {problem.path}"
            )
        case CannotReadEvidence():
            return f"Cannot read evidence file {problem.path}: {problem.reason}."
        case EvidenceIsFolder():
            return f"Evidence must be a file, and {problem.path} is a folder."
        case EvidenceIsSystemFile():
            return f"{problem.path} is a system file ({problem.target}), not evidence: give a file you keep."
        case EvidenceNotRegular():
            return f"Evidence must be a regular file, and {problem.path} is a device or a pipe."
        case EvidenceLinkOutside():
            return (
                f"{problem.path} is a link to {problem.target}, outside your folders (your home and {problem.folder}); "
                "give the file itself if you mean it."
            )
        case EmptyEvidence():
            return f"{problem.path} is empty (0 bytes): it cannot show anything. Download or save it again."
        case EvidenceReadsEmpty():
            return f"{problem.path} reads as empty: it cannot be evidence."
        case EvidenceChangedWhileCopied():
            return f"{problem.source} changed while it was being copied; try again."
        case CannotCopyEvidence():
            return f"Could not copy {problem.source} into {problem.folder}: {problem.reason}."
    return None


def _read(problem: FileNotFound | FileIsFolder | FileNotRegular | CannotReadFile | FileTooLarge) -> str:
    what = ROLE_WORDS[problem.role]
    match problem:
        case FileNotFound():
            source = repr(problem.source) if problem.quoted else problem.source
            return f"{what[:1].upper() + what[1:]} not found: {source}"
        case FileIsFolder():
            return f"{problem.source} is a folder: give the {what} itself."
        case FileNotRegular():
            return (
                f"{problem.source} is not a regular file (it is a pipe, a device or a socket): "
                f"give the {what} itself."
            )
        case CannotReadFile():
            return f"Cannot read {what} {problem.source}: {problem.reason}."
        case FileTooLarge():
            return (
                f"{problem.source} is larger than {size_text(problem.max_bytes)}, far more than a {what}: "
                "check that this is the right file."
            )
