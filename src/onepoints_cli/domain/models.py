"""The ledger's records: what the user has, as plain immutable values.

These are typed NamedTuples rather than pydantic models so that reading
commands never pay for importing pydantic (about 50 ms, more than the whole
start-up budget of `status`), nor for generating dataclass methods (a frozen
dataclass costs four times as much to define; see docs/performance.md).
Pydantic still validates them: storage/codec.py hands these very classes to
a TypeAdapter when a ledger or config file is parsed, which checks types,
required fields and unknown keys. The rules on values (positive amounts,
unique ids...) live in checks.py, shared with what the user types.
Records are immutable: `replace(record, field=value)` makes a changed copy.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Literal, NamedTuple, TypeVar

from .rules import DEFAULT_HISTORY_KEEP, DEFAULT_LEAD_DAYS, DEFAULT_WARN_DAYS

#: Bumped only when a change would be misread by an older program.
SCHEMA_VERSION = 1

ActivityState = Literal["counting", "planned", "aged_out", "before_program", "used"]
ExamResult = Literal["pass", "fail", "pending"]


class Evidence(NamedTuple):
    path: str
    size: int
    sha256: str


class Activity(NamedTuple):
    id: int
    title: str
    date: dt.date
    kind: str
    points: Decimal
    hours: Decimal | None = None
    evidence: tuple[Evidence, ...] = ()
    note: str | None = None


class Certification(NamedTuple):
    id: str
    name: str
    expires: dt.date
    earned: dt.date | None = None
    #: A micro-credential is listed but cannot be extended with OnePoints.
    micro: bool = False
    #: Where an imported badge came from (matched on re-import).
    badge_url: str | None = None


class Bundle(NamedTuple):
    id: int
    cert: str
    created: dt.date
    as_of: dt.date
    activities: tuple[int, ...]
    points: Decimal
    path: str
    sha256: str
    #: The certifications whose open bundles this one shares activities with,
    #: on purpose (`bundle --share`); empty for a bundle that shares nothing.
    shared_with: tuple[str, ...] = ()


class Extension(NamedTuple):
    """An accepted extension case: its activities are used for good."""

    id: int
    cert: str
    recorded: dt.date
    previous_expiry: dt.date
    new_expiry: dt.date
    activities: tuple[int, ...]
    bundle: int | None = None
    case: str | None = None
    #: The other certifications whose extensions used some of the same activities.
    shared_with: tuple[str, ...] = ()
    #: The sha256 of evidence files detached from its activities after it was
    #: accepted (`evidence detach` of a lost file): what was submitted stays on record.
    detached_sha256: tuple[str, ...] = ()


class ExamAttempt(NamedTuple):
    exam: str
    date: dt.date
    result: ExamResult
    beta: bool = False


class Ledger(NamedTuple):
    schema_version: int = SCHEMA_VERSION
    #: Activity ids are never reused, even after `rm`.
    next_activity_id: int = 1
    certifications: tuple[Certification, ...] = ()
    activities: tuple[Activity, ...] = ()
    bundles: tuple[Bundle, ...] = ()
    extensions: tuple[Extension, ...] = ()
    exams: tuple[ExamAttempt, ...] = ()


class KindSetting(NamedTuple):
    """A `[kinds.<id>]` table of config.toml: adds a kind or adjusts a built-in one."""

    name: str | None = None
    points_per_hour: Decimal | None = None


class Settings(NamedTuple):
    """config.toml, with the defaults filled in."""

    lead_days: int = DEFAULT_LEAD_DAYS
    warn_days: int = DEFAULT_WARN_DAYS
    holder_name: str | None = None
    holder_email: str | None = None
    copy_evidence: bool = False
    #: How many earlier versions of the ledger the history keeps.
    history_keep: int = DEFAULT_HISTORY_KEEP
    #: Shared by every default Settings: never mutated, like every record.
    kinds: dict[str, KindSetting] = {}


class Kind(NamedTuple):
    id: str
    name: str
    points_per_hour: Decimal
    builtin: bool


R = TypeVar("R", bound=tuple)


def replace(record: R, **changes: Any) -> R:
    """A copy of `record` with some fields changed."""
    return record._replace(**changes)
