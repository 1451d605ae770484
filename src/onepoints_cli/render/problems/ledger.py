"""The words for problems changing the ledger: ids, duplicates, evidence numbers."""

from collections.abc import Callable, Sequence

from ...domain.ledger.problems import (
    ActivityUsed,
    BadCertId,
    CannotReadHistory,
    CertHasExtensions,
    CertIdTaken,
    ChangedDuringMerge,
    DamagedHistoryFile,
    DataFileNotUtf8,
    DataFileTooLarge,
    DuplicateActivity,
    DuplicateCert,
    DuplicateEvidence,
    EmptyLedgerFile,
    EmptySettingsFile,
    EvidenceNumberTooLong,
    ExpiryBeforeEarned,
    HoursOfUnknownKind,
    HoursRoundToZero,
    InvalidChange,
    InvalidFile,
    InvalidToml,
    KeyTooLong,
    LedgerLinkDangling,
    LedgerNotChanged,
    LedgerReadOnly,
    NestedTooDeeply,
    NewerSchema,
    NoAmount,
    NoEarlierVersion,
    NoEvidenceFile,
    NoEvidenceNumber,
    NoMoreToUndo,
    NoSuchActivity,
    NoSuchCert,
    NoSuchVersion,
    NothingToChange,
    NothingToRedo,
    NothingToUndo,
    SchemaVersionNotWhole,
    TooFewRedoSteps,
    UnknownKinds,
    VersionNotInHistory,
)
from ...domain.ledger_faults import FileFault
from ...domain.models import SCHEMA_VERSION
from ...domain.rules import FILE_PROBLEMS_SHOWN, MAX_DATA_FILE_BYTES, MAX_KEY_PARTS
from ...errors import OnePointsError
from .ledger_faults import cert_id_rule, fault_text

#: The option every command that refuses a duplicate accepts to record it anyway.
DUPLICATE_FLAG = "--duplicate"


def word(problem: OnePointsError, words: Callable[[OnePointsError], str]) -> str | None:
    if isinstance(problem, LedgerNotChanged):
        return f"{words(problem.problem)} The ledger was not changed."
    return _changes(problem) or _files(problem) or _reading(problem) or _history(problem)


def _changes(problem: OnePointsError) -> str | None:
    match problem:
        case NoSuchCert():
            known = ", ".join(problem.known) or "none yet"
            return f"No certification with id {problem.cert_id!r}. Known ids: {known}."
        case NoSuchActivity():
            return f"No activity with id {problem.activity_id}. See `onepoints list`."
        case BadCertId():
            rule = cert_id_rule(problem.cert_id)
            return rule[0].upper() + rule[1:] + "."
        case CertIdTaken():
            return f"A certification with id {problem.cert_id!r} already exists; choose another --id."
        case NothingToChange():
            return "Nothing to change: give --title, --date, --kind, --hours, --points or --note."
        case NoAmount():
            return "Give --hours or --points (or both)."
        case CertHasExtensions():
            return (
                f"Certification {problem.cert_id!r} has recorded extensions; they are part of your history "
                "and it cannot be removed. Edit it instead (`onepoints cert edit`)."
            )
        case ExpiryBeforeEarned():
            return f"The expiry date ({problem.expires}) is before the date earned ({problem.earned})."
        case NoEvidenceNumber():
            count = problem.count
            has = f"has {count} evidence file{'s' if count != 1 else ''}" if count else "has no evidence"
            return (
                f"Activity {problem.activity_id} {has}, so there is no file number {problem.number}; "
                f"see `onepoints evidence list {problem.activity_id}`."
            )
        case ActivityUsed():
            return (
                f"Activity {problem.activity_id} was used by an accepted extension and cannot be "
                f"{problem.change}; it is part of the record the Certification team accepted."
            )
        case DuplicateActivity():
            return (
                f"Activity {problem.activity_id} already records {problem.title!r} on {problem.day} "
                f"({problem.kind}). Add {DUPLICATE_FLAG} to log it again."
            )
        case DuplicateCert():
            return (
                f"Certification {problem.cert_id!r} already tracks {problem.name!r} (expires "
                f"{problem.expires}); `onepoints cert edit {problem.cert_id}` changes it. "
                f"Add {DUPLICATE_FLAG} to track it again."
            )
        case DuplicateEvidence():
            same_name = "" if problem.recorded_as is None else f" as {problem.recorded_as!r}"
            return (
                f"Activity {problem.activity_id} already records the content of {problem.path!r}{same_name} "
                f"(sha256 {problem.sha256[:12]}...). Add {DUPLICATE_FLAG} to attach it again."
            )
        case HoursRoundToZero():
            return f"{problem.hours} hours of {problem.kind} round to 0 points; give --points."
        case HoursOfUnknownKind():
            return f"Activity {problem.activity_id} has an unknown kind {problem.kind!r}; give --kind too."
    return None


def _listed(problems: Sequence[FileFault]) -> str:
    return "\n".join(f"  - {fault_text(p)}" for p in problems[:FILE_PROBLEMS_SHOWN])


def _file_problems(path: object, problems: Sequence[FileFault]) -> str:
    shown = _listed(problems)
    more = len(problems) - FILE_PROBLEMS_SHOWN
    extra = f"\n  ... and {more} more" if more > 0 else ""
    return (
        f"{path} is not a valid onepoints file:\n{shown}{extra}\n"
        "The file was not changed; fix it by hand or run `onepoints undo`."
    )


def _files(problem: OnePointsError) -> str | None:
    match problem:
        case EmptyLedgerFile():
            return (
                f"{problem.path} is empty. Only a missing file is a new ledger, so onepoints does not start "
                "over on it. `onepoints history` lists the saved versions; `onepoints undo` restores "
                "the last one onepoints wrote (and keeps the empty file beside it). To start a new "
                "ledger on purpose, delete the file."
            )
        case InvalidFile():
            return _file_problems(problem.path, problem.problems)
        case InvalidChange():
            shown = _listed(problem.problems) or "  - text that is not valid UTF-8"
            return f"This change would make the ledger invalid:\n{shown}\nThe ledger was not changed."
        case UnknownKinds():
            return _file_problems(
                problem.path,
                [
                    f"activities[{index}] (id {activity_id}).kind: {kind!r} is not a kind onepoints knows; "
                    f"write one of `onepoints kinds`, or define it in config.toml as [kinds.{kind}]"
                    for index, activity_id, kind in problem.activities
                ],
            )
        case NoSuchVersion():
            return f"There is no version {problem.version} in the history: `onepoints history` lists them."
        case NothingToRedo():
            why = " (ledger.toml was changed by hand since)" if problem.hand_edited else ""
            return f"Nothing to redo{why}: `onepoints history` lists every version."
        case NoEvidenceFile():
            return (
                f"Activity {problem.activity_id} has no evidence file {problem.which}; "
                f"see `onepoints evidence list {problem.activity_id}` for its files and their numbers."
            )
        case EvidenceNumberTooLong():
            count, digits = problem.count, problem.digits
            return (
                f"Activity {problem.activity_id} has {count} evidence file{'s' if count != 1 else ''}, so there is no "
                f"file number {digits[:12]}... ({len(digits)} digits); see `onepoints evidence list {problem.activity_id}`."
            )
        case ChangedDuringMerge():
            return (
                "The ledger or the copy changed while the merge was shown; nothing was changed. "
                "Run `onepoints merge` again."
            )
    return None


def _reading(problem: OnePointsError) -> str | None:
    """ledger.toml and config.toml as files: found, readable, TOML, of a schema this program knows."""
    match problem:
        case LedgerLinkDangling():
            return (
                f"{problem.path} is a link to {problem.target}, which does not exist (a sync folder "
                "not there yet?). onepoints does not take it for an empty file: restore the "
                "target, or remove the link to start anew."
            )
        case LedgerReadOnly():
            return (
                f"{problem.path} is read-only (mode {problem.mode:04o}), so onepoints does not replace it. "
                f"Nothing was changed. To allow changes: chmod u+w {problem.path}"
            )
        case KeyTooLong():
            return (
                f"{problem.path} is not a valid onepoints file: the key on line {problem.line} has more than "
                f"{MAX_KEY_PARTS} parts (a.b.c...). The file was not changed."
            )
        case InvalidToml():
            return f"{problem.path} is not valid TOML: {problem.error}. The file was not changed."
        case NestedTooDeeply():
            return (
                f"{problem.path} is not a valid onepoints file: its values are nested too deeply. "
                "The file was not changed."
            )
        case DataFileTooLarge():
            return (
                f"{problem.path} is larger than {MAX_DATA_FILE_BYTES // (1024 * 1024)} MB, far more than any "
                "onepoints file: check that it is the right file. The file was not changed."
            )
        case DataFileNotUtf8():
            return f"{problem.path} is not valid UTF-8 (byte {problem.byte}). The file was not changed."
        case EmptySettingsFile():
            return (
                f"{problem.path} is empty, and onepoints does not take an empty file for the default "
                "settings: put your settings back in it, or delete it to use the defaults."
            )
        case SchemaVersionNotWhole():
            return f"{problem.path}: schema_version must be a whole number. The file was not changed."
        case NewerSchema():
            return (
                f"{problem.path} was written by a newer onepoints (schema version {problem.version}; this program "
                f"knows {SCHEMA_VERSION}). Update this copy of onepoints the way it was installed (from its "
                "source folder: `git pull`, then `pip install .`; see the README's Install section)."
            )
    return None


def _history(problem: OnePointsError) -> str | None:
    """The history folder, undo and redo."""
    match problem:
        case CannotReadHistory():
            return f"Cannot read the history in {problem.folder}: {problem.reason}."
        case VersionNotInHistory():
            return f"Version {problem.version} is not in the history ({problem.folder})."
        case DamagedHistoryFile():
            return (
                f"{problem.path} is not a onepoints history file (damaged or edited). "
                "Move it out of the history folder to use the others."
            )
        case NothingToUndo():
            return "Nothing to undo: there is no earlier version of the ledger yet."
        case NoMoreToUndo():
            more = "more " if problem.more else ""
            return (
                f"Nothing {more}to undo: version {problem.here} is the oldest the history keeps "
                f"(it keeps {problem.keep} versions: history_keep in config.toml). Nothing was changed."
            )
        case TooFewRedoSteps():
            return f"Only {problem.available} undo step(s) to redo; nothing was changed."
        case NoEarlierVersion():
            return (
                f"{problem.ledger} does not read, and there is no earlier version to go back to. "
                "Fix the file by hand (the message above says where), or delete it to start a new ledger."
            )
    return None
