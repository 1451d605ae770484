"""The ledger's records: what the user has, as plain immutable values.

These are standard-library dataclasses rather than pydantic models so that
reading commands never pay for importing pydantic (about 50 ms, more than the
whole start-up budget of `status`; see docs/performance.md). Pydantic still
validates them: schema.py hands these very classes to a TypeAdapter when a
ledger or config file is parsed, which checks types, required fields and
unknown keys (`__pydantic_config__` is read by pydantic only). The rules on
values (positive amounts, unique ids...) live in checks.py, shared with what
the user types on the command line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from .rules import DEFAULT_LEAD_DAYS, DEFAULT_WARN_DAYS

#: Bumped only when a change would be misread by an older program.
SCHEMA_VERSION = 1

_STRICT = {"extra": "forbid"}

ActivityState = Literal["counting", "planned", "aged_out", "before_program", "used"]
ExamResult = Literal["pass", "fail", "pending"]


@dataclass(frozen=True, slots=True)
class Evidence:
    __pydantic_config__ = _STRICT
    path: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Activity:
    __pydantic_config__ = _STRICT
    id: int
    title: str
    date: dt.date
    kind: str
    points: Decimal
    hours: Decimal | None = None
    evidence: tuple[Evidence, ...] = ()
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Certification:
    __pydantic_config__ = _STRICT
    id: str
    name: str
    expires: dt.date
    earned: dt.date | None = None
    #: A micro-credential is listed but cannot be extended with OnePoints.
    micro: bool = False
    #: Where an imported badge came from (matched on re-import).
    badge_url: str | None = None


@dataclass(frozen=True, slots=True)
class Bundle:
    __pydantic_config__ = _STRICT
    id: int
    cert: str
    created: dt.date
    as_of: dt.date
    activities: tuple[int, ...]
    points: Decimal
    path: str
    sha256: str


@dataclass(frozen=True, slots=True)
class Extension:
    """An accepted extension case: its activities are used for good."""

    __pydantic_config__ = _STRICT
    id: int
    cert: str
    recorded: dt.date
    previous_expiry: dt.date
    new_expiry: dt.date
    activities: tuple[int, ...]
    bundle: int | None = None
    case: str | None = None


@dataclass(frozen=True, slots=True)
class ExamAttempt:
    __pydantic_config__ = _STRICT
    exam: str
    date: dt.date
    result: ExamResult
    beta: bool = False


@dataclass(frozen=True, slots=True)
class Ledger:
    __pydantic_config__ = _STRICT
    schema_version: int = SCHEMA_VERSION
    #: Activity ids are never reused, even after `rm`.
    next_activity_id: int = 1
    certifications: tuple[Certification, ...] = ()
    activities: tuple[Activity, ...] = ()
    bundles: tuple[Bundle, ...] = ()
    extensions: tuple[Extension, ...] = ()
    exams: tuple[ExamAttempt, ...] = ()


@dataclass(frozen=True, slots=True)
class KindSetting:
    """A `[kinds.<id>]` table of config.toml: adds a kind or adjusts a built-in one."""

    __pydantic_config__ = _STRICT
    name: str | None = None
    points_per_hour: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Settings:
    """config.toml, with the defaults filled in."""

    __pydantic_config__ = _STRICT
    lead_days: int = DEFAULT_LEAD_DAYS
    warn_days: int = DEFAULT_WARN_DAYS
    holder_name: str | None = None
    holder_email: str | None = None
    copy_evidence: bool = False
    kinds: dict[str, KindSetting] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Kind:
    id: str
    name: str
    points_per_hour: Decimal
    builtin: bool
