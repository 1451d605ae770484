"""What a hand-edited ledger.toml or config.toml that onepoints cannot read is told.

Each problem names the file, the entry (with its id) and the field, and says
what to write instead; ledger/codec.py raises them when it reads a file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from ...domain.ledger.problems import InvalidFile, NewerSchema, SchemaVersionNotWhole, UnknownKinds
from ...domain.ledger_faults import SettingAmount
from ...domain.models import SCHEMA_VERSION, Ledger, Settings
from ...domain.rules import (
    HISTORY_KEEP_MAX,
    HISTORY_KEEP_MIN,
    MAX_LEAD_DAYS,
    MAX_WARN_DAYS,
)

SECTIONS = ("certifications", "activities", "bundles", "extensions", "exams")


def settings_problems(settings: Settings) -> Iterator[str | SettingAmount]:
    from ...domain.validation import amount_fault, valid_cert_id

    if not 0 <= settings.lead_days <= MAX_LEAD_DAYS:
        yield f"lead_days must be between 0 and {MAX_LEAD_DAYS}"
    if not 0 <= settings.warn_days <= MAX_WARN_DAYS:
        yield f"warn_days must be between 0 and {MAX_WARN_DAYS}"
    if not HISTORY_KEEP_MIN <= settings.history_keep <= HISTORY_KEEP_MAX:
        yield f"history_keep must be between {HISTORY_KEEP_MIN} and {HISTORY_KEEP_MAX}"
    for kind_id, kind in settings.kinds.items():
        if not valid_cert_id(kind_id):
            yield f"kinds.{kind_id}: a kind id is lowercase letters, digits and '-'"
        rate = kind.points_per_hour
        if rate is not None and (fault := amount_fault(rate)):
            yield SettingAmount(f"kinds.{kind_id}.points_per_hour", fault)


def check_tables(document: dict[str, Any], path: Path) -> None:
    """Every entry must be a `[[section]]` table: records would also accept a bare list."""
    problems = [
        f"{section}[{index}]: must be a table, written [[{section}]]"
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
                label = f"{section}[{index}]{_entry_label(document, (section, index))}.{field}"
                problems.append(f"{label}: {_date_advice(field, value)}")
    if problems:
        raise InvalidFile(path, tuple(problems))


def _date_advice(field: str, value: Any) -> str:

    example = f"{field} = 2025-03-04"
    if isinstance(value, str):
        return f"write a date without quotes, like {example}"
    if isinstance(value, dt.datetime):
        return f"write only the day, like {example}"
    if isinstance(value, bool):
        return f"write a date, like {example} (not {str(value).lower()})"
    if isinstance(value, int | float | Decimal):
        return f"write a date, like {example} (not the number {value})"
    return f"write a date, like {example}"


def check_schema_version(document: dict[str, Any], path: Path) -> None:
    version = document.get("schema_version", SCHEMA_VERSION)
    if type(version) is not int:
        raise SchemaVersionNotWhole(path)
    if version > SCHEMA_VERSION:
        raise NewerSchema(path, version)


def describe(error: Mapping[str, Any], document: dict[str, Any]) -> str:
    """'activities[2] (id 7).points: ...': the entry, its id, then the field."""
    loc = error["loc"]
    where = ""
    for number, part in enumerate(loc):
        where += f"[{part}]" if isinstance(part, int) else (f".{part}" if where else str(part))
        if number == 1:
            where += _entry_label(document, loc)
    return f"{where or 'top level'}: {_plain(error)}"


def _plain(error: Mapping[str, Any]) -> str:
    """pydantic's wording for the common cases, said as what to write."""
    field = next((p for p in reversed(error["loc"]) if isinstance(p, str)), "value")
    kind = error["type"]
    if kind == "missing":
        return f"{field} is missing: add it, like {field} = ..."
    if kind.startswith(("int_", "decimal_", "float_")):
        return f"write a number, like {field} = 1 ({error['msg']})"
    if kind.startswith("string_"):
        return f'write text in quotes, like {field} = "..."'
    if kind.startswith("bool_"):
        return f"write true or false, like {field} = true"
    return error["msg"]


def _entry_label(document: dict[str, Any], loc: tuple) -> str:
    """' (id 7)' when the error is inside an entry that has an id, to help find it."""
    if len(loc) >= 2 and isinstance(loc[1], int):
        try:
            entry_id = document[loc[0]][loc[1]].get("id")
        except (KeyError, IndexError, TypeError, AttributeError):
            return ""
        if entry_id is not None:
            return f" (id {entry_id!r})"
    return ""


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
