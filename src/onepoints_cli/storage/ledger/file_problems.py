"""What a hand-edited ledger.toml or config.toml that onepoints cannot read is told.

Each problem names the file, the entry (with its id) and the field, and says
what to write instead; ledger/codec.py raises them when it reads a file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from ...domain.ledger.problems import InvalidFile, NewerSchema, SchemaVersionNotWhole, UnknownKinds
from ...domain.ledger_faults import (
    BadKindId,
    Entry,
    ModelFault,
    NotADate,
    NotATable,
    SettingAmount,
    SettingOutOfRange,
)
from ...domain.models import SCHEMA_VERSION, Ledger, Settings
from ...domain.rules import (
    HISTORY_KEEP_MAX,
    HISTORY_KEEP_MIN,
    MAX_LEAD_DAYS,
    MAX_WARN_DAYS,
)

SECTIONS = ("certifications", "activities", "bundles", "extensions", "exams")


def settings_problems(settings: Settings) -> Iterator[SettingOutOfRange | BadKindId | SettingAmount]:
    from ...domain.validation import amount_fault, valid_cert_id

    if not 0 <= settings.lead_days <= MAX_LEAD_DAYS:
        yield SettingOutOfRange("lead_days")
    if not 0 <= settings.warn_days <= MAX_WARN_DAYS:
        yield SettingOutOfRange("warn_days")
    if not HISTORY_KEEP_MIN <= settings.history_keep <= HISTORY_KEEP_MAX:
        yield SettingOutOfRange("history_keep")
    for kind_id, kind in settings.kinds.items():
        if not valid_cert_id(kind_id):
            yield BadKindId(kind_id)
        rate = kind.points_per_hour
        if rate is not None and (fault := amount_fault(rate)):
            yield SettingAmount(f"kinds.{kind_id}.points_per_hour", fault)


def check_tables(document: dict[str, Any], path: Path) -> None:
    """Every entry must be a `[[section]]` table: records would also accept a bare list."""
    problems = [
        NotATable(section, index)
        for section in SECTIONS
        if isinstance(document.get(section), list)
        for index, entry in enumerate(document[section])
        if not isinstance(entry, dict)
    ]
    if problems:
        raise InvalidFile(path, tuple(problems))


def check_dates(document: dict[str, Any], path: Path) -> None:
    """A date must be a TOML date: pydantic would take "2025-03-04" in quotes
    (which onepoints never writes) and word a number's refusal in its own terms."""

    from ...domain.validation import DATE_FIELDS

    problems = []
    for section, fields in DATE_FIELDS:
        entries = document.get(section)
        for index, entry in enumerate(entries if isinstance(entries, list) else ()):
            for field in fields:
                value = entry.get(field) if isinstance(entry, dict) else None
                if value is None or type(value) is dt.date:
                    continue
                problems.append(
                    NotADate(Entry(section, index, _entry_id(document, (section, index))), field, value)
                )
    if problems:
        raise InvalidFile(path, tuple(problems))


def check_schema_version(document: dict[str, Any], path: Path) -> None:
    version = document.get("schema_version", SCHEMA_VERSION)
    if type(version) is not int:
        raise SchemaVersionNotWhole(path)
    if version > SCHEMA_VERSION:
        raise NewerSchema(path, version)


def describe(error: Mapping[str, Any], document: dict[str, Any]) -> ModelFault:
    """What pydantic refused, with the id of the entry it is in (to help find it)."""
    loc = tuple(error["loc"])
    return ModelFault(loc, _entry_id(document, loc), error["type"], error["msg"])


def _entry_id(document: dict[str, Any], loc: tuple) -> Any:
    """The id of the entry `loc` is inside, if it has one."""
    if len(loc) >= 2 and isinstance(loc[1], int):
        try:
            return document[loc[0]][loc[1]].get("id")
        except (KeyError, IndexError, TypeError, AttributeError):
            return None
    return None


def refuse_unknown_kinds(ledger: Ledger, settings: Settings, path: Path) -> None:
    """Every activity's kind must be known: the kinds depend on config.toml
    too, so the ledger file alone cannot be checked for them."""
    from ...domain.kinds import catalogue
    from ...domain.validation import unknown_kinds

    unknown = tuple(
        (index, act.id, act.kind) for index, act in unknown_kinds(ledger, set(catalogue(settings)))
    )
    if unknown:
        raise UnknownKinds(path, unknown)
