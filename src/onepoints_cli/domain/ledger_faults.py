"""What a ledger file can break, as values: validation.ledger_problems finds them,
storage carries them in an InvalidFile, render/problems/ledger_faults.py words them.

Each fault names the entry (`Entry`: its section, position and id) and the field.
"""

from __future__ import annotations

from datetime import date
from typing import Literal, NamedTuple, TypeAlias

from .problems import AmountFault


class Entry(NamedTuple):
    """`section[position]`, with the entry's id when the fault is worth finding by it."""

    section: str
    position: int
    id: str | int | None = None


class BadCertIdField(NamedTuple):
    entry: Entry
    cert_id: str


class IdUsedTwice(NamedTuple):
    entry: Entry


class EmptyField(NamedTuple):
    entry: Entry
    field: Literal["name", "title"]


class ExpiresBeforeEarnedField(NamedTuple):
    entry: Entry
    expires: date
    earned: date


class IdNotBelowNext(NamedTuple):
    """An activity id at or above next_activity_id: the next `add` would reuse it."""

    entry: Entry
    next_activity_id: int


class AmountField(NamedTuple):
    entry: Entry
    field: str
    fault: AmountFault


class BadEvidenceRecord(NamedTuple):
    """evidence[number] with a negative size or a sha256 that is not 64 lowercase hex digits."""

    entry: Entry
    number: int


class NulInEvidencePath(NamedTuple):
    entry: Entry
    number: int


class UnknownCertRef(NamedTuple):
    entry: Entry
    cert: str


class UnknownActivityRefs(NamedTuple):
    entry: Entry
    missing: tuple[int, ...]


class UnstorableField(NamedTuple):
    """A text field holding `bad`, a character UTF-8 cannot store."""

    entry: Entry
    field: str
    bad: str


class DateOutOfRangeField(NamedTuple):
    entry: Entry
    field: str
    day: date


LedgerFault: TypeAlias = (
    BadCertIdField
    | IdUsedTwice
    | EmptyField
    | ExpiresBeforeEarnedField
    | IdNotBelowNext
    | AmountField
    | BadEvidenceRecord
    | NulInEvidencePath
    | UnknownCertRef
    | UnknownActivityRefs
    | UnstorableField
    | DateOutOfRangeField
)


class SettingAmount(NamedTuple):
    """A config.toml amount (`key`, e.g. kinds.x.points_per_hour) that breaks the amount rules."""

    key: str
    fault: AmountFault


class SettingOutOfRange(NamedTuple):
    """A config.toml number outside its bounds (domain/rules.py)."""

    key: Literal["lead_days", "warn_days", "history_keep"]


class BadKindId(NamedTuple):
    """A config.toml kind whose id breaks the id rule."""

    kind_id: str


class NotATable(NamedTuple):
    """`section[position]` is not a `[[section]]` table."""

    section: str
    position: int


class NotADate(NamedTuple):
    """A date field holding `value` (text in quotes, a date-time, a number...), not a TOML date."""

    entry: Entry
    field: str
    value: object


class ModelFault(NamedTuple):
    """What the model library (pydantic) refused: at `loc` (keys and positions), in the entry
    of id `entry_id` (when it has one); `kind` its error type, `message` its own words."""

    loc: tuple[str | int, ...]
    entry_id: object
    kind: str
    message: str


#: One line of an InvalidFile: a fault found here or by storage's checks of the file, or
#: what the model library said when it failed outright (its own text, str).
FileFault: TypeAlias = (
    str | LedgerFault | SettingAmount | SettingOutOfRange | BadKindId | NotATable | NotADate | ModelFault
)
