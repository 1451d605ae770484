"""What a change to the ledger can run into, as values (render/problems words them)."""

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Literal

from ...errors import OnePointsError
from ..ledger_faults import FileFault, LedgerFault
from ..problems import Problem, UsageProblem


class NoSuchCert(Problem):
    cert_id: str
    known: tuple[str, ...]


class NoSuchActivity(Problem):
    activity_id: int


class BadCertId(Problem):
    """An id that is not 1-MAX_CERT_ID_CHARS lowercase letters, digits and '-'."""

    cert_id: str


class CertIdTaken(Problem):
    cert_id: str


class NothingToChange(UsageProblem):
    """`edit` given no field to change."""


class NoAmount(UsageProblem):
    """Neither hours nor points given for an activity."""


class CertHasExtensions(Problem):
    """A certification with recorded extensions cannot be removed."""

    cert_id: str


class ExpiryBeforeEarned(Problem):
    expires: date
    earned: date


class NoEvidenceNumber(Problem):
    """File `number` (1-based) asked of an activity holding `count` files."""

    activity_id: int
    count: int
    number: int


class ActivityUsed(Problem):
    """An activity an accepted extension used cannot be `change`d."""

    activity_id: int
    change: Literal["edited", "changed", "removed"]


class DuplicateActivity(Problem):
    """`activity_id` already records this title, date and kind."""

    activity_id: int
    title: str
    day: date
    kind: str


class DuplicateCert(Problem):
    cert_id: str
    name: str
    expires: date


class DuplicateEvidence(Problem):
    """The activity already records the content (sha256) of `path`, perhaps
    under another name (`recorded_as`)."""

    activity_id: int
    path: str
    recorded_as: str | None
    sha256: str


class HoursRoundToZero(Problem):
    """Hours given on the command line that make 0 points at the kind's rate."""

    hours: Decimal
    kind: str


class HoursOfUnknownKind(Problem):
    """New hours for an activity whose recorded kind onepoints does not know."""

    activity_id: int
    kind: str


# --- the ledger file and its history (raised by storage/ledger, worded by render) -----------


class EmptyLedgerFile(Problem):
    """An empty ledger.toml: only a missing file is a new ledger."""

    path: Path


class InvalidFile(Problem):
    """A ledger.toml or config.toml onepoints cannot take; each of `problems` names the
    entry and the field (a fault value, or the model library's own text when it failed outright)."""

    path: Path
    problems: tuple[FileFault, ...]


class InvalidChange(Problem):
    """A change the next read would refuse (`problems`, at most FILE_PROBLEMS_SHOWN
    worded); none but `unstorable`: text UTF-8 cannot hold, found when encoding."""

    problems: tuple[LedgerFault, ...]


class UnknownKinds(Problem):
    """Activities of kinds neither built in nor in config.toml: (index, activity id, kind)."""

    path: Path
    activities: tuple[tuple[int, int, str], ...]


class LedgerNotChanged(Problem):
    """`problem` stopped a write before ledger.toml was replaced: nothing changed."""

    problem: OnePointsError


class LedgerLinkDangling(Problem):
    """ledger.toml is a symbolic link to `target`, which does not exist."""

    path: Path
    target: str


class LedgerReadOnly(Problem):
    path: Path
    mode: int


class KeyTooLong(Problem):
    """A TOML key of more than MAX_KEY_PARTS parts, on `line`."""

    path: Path
    line: int


class InvalidToml(Problem):
    """`error`: what tomllib said."""

    path: Path
    error: str


class NestedTooDeeply(Problem):
    path: Path


class DataFileTooLarge(Problem):
    """A ledger or config file larger than MAX_DATA_FILE_BYTES."""

    path: Path


class DataFileNotUtf8(Problem):
    path: Path
    byte: int


class EmptySettingsFile(Problem):
    path: Path


class SchemaVersionNotWhole(Problem):
    path: Path


class NewerSchema(Problem):
    """Written by a newer onepoints, of schema `version`."""

    path: Path
    version: int


class CannotReadHistory(Problem):
    folder: Path
    reason: str | None


class VersionNotInHistory(Problem):
    version: int
    folder: Path


class DamagedHistoryFile(Problem):
    path: Path


class NothingToUndo(Problem):
    """No earlier version of the ledger yet."""


class NoMoreToUndo(Problem):
    """Version `here` is the oldest the history keeps (`keep` versions); `more`: some
    undo steps were taken before it was reached."""

    here: int
    keep: int
    more: bool


class TooFewRedoSteps(Problem):
    available: int


class NoEarlierVersion(Problem):
    """`ledger` does not read, and there is nothing to go back to."""

    ledger: Path


class NoSuchVersion(Problem):
    version: int


class NothingToRedo(Problem):
    """No undo to redo; `hand_edited`: ledger.toml was changed by hand since."""

    hand_edited: bool


class NoEvidenceFile(Problem):
    """`which` (a path) names none of the activity's evidence files."""

    activity_id: int
    which: str


class EvidenceNumberTooLong(Problem):
    """A file number of more digits than any count of files (`digits`, without leading
    zeros), asked of an activity holding `count` files."""

    activity_id: int
    count: int
    digits: str


class ChangedDuringMerge(Problem):
    """`merge`: the ledger or the copy changed while the merge was shown; nothing changed."""
