"""The ledger and config files: TOML text <-> records.

Parsing validates everything (pydantic for shapes and types, checks.py for
values) and reports the first problems with the file, the entry and the field.
pydantic and tomllib are imported inside the functions that need them: reading
commands usually take the ledger from the cache (cache.py) and never need them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain.models import SCHEMA_VERSION, Ledger, Settings
from ..domain.rules import (
    FILE_PROBLEMS_SHOWN,
    HISTORY_KEEP_MAX,
    HISTORY_KEEP_MIN,
    MAX_DATA_FILE_BYTES,
    MAX_KEY_PARTS,
    MAX_LEAD_DAYS,
    MAX_WARN_DAYS,
)
from ..domain.validation import ledger_problems
from ..errors import OnePointsError

LEDGER_HEADER = (
    "# onepoints ledger: your certifications, activities and evidence.\n"
    "# Hand edits are welcome (see the README for the format), but comments in\n"
    "# this file are not kept when onepoints rewrites it.\n"
)

_SECTIONS = ("certifications", "activities", "bundles", "extensions", "exams")


def to_data(record: Any) -> Any:
    """Records as plain TOML-ready values; None and empty lists are left out,
    unless the field has no default (a bundle's `activities = []`): reading
    the file back would then fail with "Field required"."""
    if isinstance(record, tuple) and hasattr(record, "_fields"):
        named: Any = record
        defaults = named._field_defaults
        return {
            name: to_data(value)
            for name, value in zip(named._fields, record, strict=True)
            if name not in defaults or not (value is None or value == () or value == {})
        }
    if isinstance(record, tuple | list):
        return [to_data(v) for v in record]
    if isinstance(record, dict):
        return {k: to_data(v) for k, v in record.items()}
    return record


def ledger_to_toml(ledger: Ledger, tables: dict[str, Any] | None = None) -> str:
    """One `[[section]]` table per record, always: stable and easy to edit by hand.

    tomli_w on a whole document writes short tables inline and long ones as
    blocks, so the layout would change with the length of a title: each record
    is written on its own. `tables`: `to_data(ledger)` when the caller has it.
    """
    import tomli_w

    data = to_data(ledger) if tables is None else tables
    head = {k: v for k, v in data.items() if k not in _SECTIONS}
    parts = [LEDGER_HEADER, "\n", tomli_w.dumps(head)]
    for section in _SECTIONS:
        for entry in data.get(section, ()):
            evidence = entry.get("evidence", ())
            if evidence:  # written as its own [[section.evidence]] tables
                entry = {k: v for k, v in entry.items() if k != "evidence"}
            parts.append(f"\n[[{section}]]\n{tomli_w.dumps(entry)}")
            for item in evidence:
                parts.append(f"\n[[{section}.evidence]]\n{tomli_w.dumps(item)}")
    return "".join(parts)


def ledger_bytes_for(ledger: Ledger) -> bytes:
    """The file a write saves; refused when the next read would refuse it (e.g. an
    extension moving an expiry past the last date onepoints accepts)."""
    try:
        data: bytes | None = ledger_to_toml(ledger).encode("utf-8")
    except UnicodeEncodeError:
        data = None  # a lone surrogate: ledger_problems names the field
    problems = list(ledger_problems(ledger, text_encoded=data is not None))
    if problems or data is None:
        shown = (
            "\n".join(f"  - {p}" for p in problems[:FILE_PROBLEMS_SHOWN])
            or "  - text that is not valid UTF-8"
        )
        raise OnePointsError(
            f"This change would make the ledger invalid:\n{shown}\nThe ledger was not changed."
        )
    return data


# A bare, basic-quoted or literal-quoted key part, and a key of more than
# MAX_KEY_PARTS of them where a key can start: a line (maybe a [table]
# header) or an inline table's `{` or `,`. A string value that merely holds
# such text after a comma is refused too; no real title has 64 dotted words.
_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\\n]|\\.)*"|'[^'\n]*')"""
_LONG_KEY = re.compile(
    rf"(?:^|[{{,])[ \t]*\[*[ \t]*{_KEY_PART}(?:[ \t]*\.[ \t]*{_KEY_PART}){{{MAX_KEY_PARTS}}}", re.MULTILINE
)


def parse_toml(text: str, path: Path) -> dict[str, Any]:
    import tomllib

    if match := _LONG_KEY.search(text):
        line = text.count("\n", 0, match.start() + 1) + 1
        raise OnePointsError(
            f"{path} is not a valid onepoints file: the key on line {line} has more than "
            f"{MAX_KEY_PARTS} parts (a.b.c...). The file was not changed."
        )
    try:
        return tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as error:
        raise OnePointsError(f"{path} is not valid TOML: {error}. The file was not changed.") from None
    except RecursionError:  # tomllib recurses once per level of nested arrays or tables
        raise OnePointsError(
            f"{path} is not a valid onepoints file: its values are nested too deeply. The file was not changed."
        ) from None


def decode_text(data: bytes, path: Path) -> str:
    if len(data) > MAX_DATA_FILE_BYTES:
        raise OnePointsError(
            f"{path} is larger than {MAX_DATA_FILE_BYTES // (1024 * 1024)} MB, far more than any "
            "onepoints file: check that it is the right file. The file was not changed."
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise OnePointsError(
            f"{path} is not valid UTF-8 (byte {error.start}). The file was not changed."
        ) from None


def ledger_from_toml(data: bytes, path: Path) -> Ledger:
    if not data.strip():
        # Only a missing file is a new ledger: an empty one lost its records (a failed
        # copy, a sync tool, an editor crash), and a write over it would lose the history.
        raise OnePointsError(
            f"{path} is empty. Only a missing file is a new ledger, so onepoints does not start "
            "over on it. `onepoints history` lists the saved versions; `onepoints undo` restores "
            "the last one onepoints wrote (and keeps the empty file beside it). To start a new "
            "ledger on purpose, delete the file."
        )
    document = parse_toml(decode_text(data, path), path)
    _check_schema_version(document, path)
    _check_tables(document, path)
    _check_dates(document, path)
    ledger = _validate(Ledger, document, path)
    problems = list(ledger_problems(ledger))
    if problems:
        raise OnePointsError(problem_message(path, problems))
    return ledger


def settings_from_toml(data: bytes, path: Path) -> Settings:
    if not data.strip():
        raise OnePointsError(
            f"{path} is empty, and onepoints does not take an empty file for the default "
            "settings: put your settings back in it, or delete it to use the defaults."
        )
    document = parse_toml(decode_text(data, path), path)
    settings = _validate(Settings, document, path)
    problems = list(_settings_problems(settings))
    if problems:
        raise OnePointsError(problem_message(path, problems))
    return settings


def _settings_problems(settings: Settings):
    from ..domain.validation import amount_problem, cert_id_problem

    if not 0 <= settings.lead_days <= MAX_LEAD_DAYS:
        yield f"lead_days must be between 0 and {MAX_LEAD_DAYS}"
    if not 0 <= settings.warn_days <= MAX_WARN_DAYS:
        yield f"warn_days must be between 0 and {MAX_WARN_DAYS}"
    if not HISTORY_KEEP_MIN <= settings.history_keep <= HISTORY_KEEP_MAX:
        yield f"history_keep must be between {HISTORY_KEEP_MIN} and {HISTORY_KEEP_MAX}"
    for kind_id, kind in settings.kinds.items():
        if cert_id_problem(kind_id):
            yield f"kinds.{kind_id}: a kind id is lowercase letters, digits and '-'"
        rate = kind.points_per_hour
        if rate is not None and (problem := amount_problem(rate)):
            yield f"kinds.{kind_id}.points_per_hour {problem}"


def _check_tables(document: dict[str, Any], path: Path) -> None:
    """Every entry must be a `[[section]]` table: records would also accept a bare list."""
    problems = [
        f"{section}[{index}]: must be a table, written [[{section}]]"
        for section in _SECTIONS
        if isinstance(document.get(section), list)
        for index, entry in enumerate(document[section])
        if not isinstance(entry, dict)
    ]
    if problems:
        raise OnePointsError(problem_message(path, problems))


def _check_dates(document: dict[str, Any], path: Path) -> None:
    """A date must be a TOML date: pydantic would take "2025-03-04" in quotes
    (which onepoints never writes) and word a number's refusal in its own terms."""
    import datetime as dt

    from ..domain.validation import DATE_FIELDS

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
        raise OnePointsError(problem_message(path, problems))


def _date_advice(field: str, value: Any) -> str:
    import datetime as dt

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


def _check_schema_version(document: dict[str, Any], path: Path) -> None:
    version = document.get("schema_version", SCHEMA_VERSION)
    if type(version) is not int:
        raise OnePointsError(f"{path}: schema_version must be a whole number. The file was not changed.")
    if version > SCHEMA_VERSION:
        raise OnePointsError(
            f"{path} was written by a newer onepoints (schema version {version}; this program "
            f"knows {SCHEMA_VERSION}). Update this copy of onepoints the way it was installed (from its "
            "source folder: `git pull`, then `pip install .`; see the README's Install section)."
        )


def _validate(kind: type, document: dict[str, Any], path: Path):
    from pydantic import TypeAdapter, ValidationError

    try:
        return TypeAdapter(kind).validate_python(document)
    except ValidationError as error:
        problems = [_describe(e, document) for e in error.errors(include_url=False)]
        raise OnePointsError(problem_message(path, problems)) from None
    except (ValueError, TypeError, RecursionError) as error:
        # pydantic can raise plain errors on hostile input (e.g. numbers too large).
        raise OnePointsError(problem_message(path, [str(error)])) from None


def _describe(error: Mapping[str, Any], document: dict[str, Any]) -> str:
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


def problem_message(path: Path, problems: list[str]) -> str:
    shown = "\n".join(f"  - {p}" for p in problems[:FILE_PROBLEMS_SHOWN])
    more = len(problems) - FILE_PROBLEMS_SHOWN
    extra = f"\n  ... and {more} more" if more > 0 else ""
    return f"{path} is not a valid onepoints file:\n{shown}{extra}\nThe file was not changed; fix it by hand or run `onepoints undo`."


def refuse_unknown_kinds(ledger: Ledger, settings: Settings, path: Path) -> None:
    """Every activity's kind must be known: the kinds depend on config.toml
    too, so the ledger file alone cannot be checked for them."""
    from ..domain.kinds import catalogue
    from ..domain.validation import kind_problems

    problems = list(kind_problems(ledger, set(catalogue(settings))))
    if problems:
        raise OnePointsError(problem_message(path, problems))
