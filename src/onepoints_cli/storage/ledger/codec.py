"""The ledger and config files: TOML text <-> records.

Written by tomli_w, read by tomllib, validated by pydantic (types, required
fields, unknown keys) and domain/validation.py (values); what a broken file is
told is worded in ledger/file_problems.py. pydantic and tomllib are imported inside
the functions that need them: reading commands usually take the ledger from
the cache (ledger/cache.py) and never need them.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from ...domain.ledger.problems import (
    DataFileNotUtf8,
    DataFileTooLarge,
    EmptyLedgerFile,
    EmptySettingsFile,
    InvalidChange,
    InvalidFile,
    InvalidToml,
    KeyTooLong,
    NestedTooDeeply,
)
from ...domain.models import Ledger, Settings
from ...domain.rules import MAX_DATA_FILE_BYTES, MAX_KEY_PARTS
from ...domain.validation import ledger_problems
from .file_problems import (
    SECTIONS,
    check_dates,
    check_schema_version,
    check_tables,
    describe,
    settings_problems,
)

LEDGER_HEADER = (
    "# onepoints ledger: your certifications, activities and evidence.\n"
    "# Hand edits are welcome (see the README for the format), but comments in\n"
    "# this file are not kept when onepoints rewrites it.\n"
)


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


def ledger_to_toml(
    ledger: Ledger, tables: dict[str, Any] | None = None, written: tuple[Ledger, str] | None = None
) -> str:
    """One `[[section]]` table per record, always: stable and easy to edit by hand.

    tomli_w on a whole document writes short tables inline and long ones as
    blocks, so the layout would change with the length of a title: each record
    is written on its own. `tables`: `to_data(ledger)` when the caller has it.
    `written`: a ledger and the text this function made of it; a record found
    there unchanged keeps its text (a write changes one record or two, and
    tomli_w is most of the time a write spends on a large ledger).
    """
    import tomli_w

    data = to_data(ledger) if tables is None else tables
    known = _texts_by_record(*written) if written is not None else {}
    head = {k: v for k, v in data.items() if k not in SECTIONS}
    parts = [LEDGER_HEADER, "\n", tomli_w.dumps(head)]
    for section in SECTIONS:
        for record, entry in zip(getattr(ledger, section), data.get(section, ()), strict=True):
            text = known.get(record) if known else None  # {} also when a record cannot be a key
            if text is None:
                evidence = entry.get("evidence", ())
                if evidence:  # written as its own [[section.evidence]] tables
                    entry = {k: v for k, v in entry.items() if k != "evidence"}
                text = f"\n[[{section}]]\n{tomli_w.dumps(entry)}" + "".join(
                    f"\n[[{section}.evidence]]\n{tomli_w.dumps(item)}" for item in evidence
                )
            parts.append(text)
    return "".join(parts)


# Where ledger_to_toml starts a record: tomli_w never writes a line break inside a
# value (a title's newline is written as \n), so such a line is always a header.
_RECORD_START = re.compile(r"(?=\n\[\[(?:" + "|".join(SECTIONS) + r")\]\]\n)")


def _texts_by_record(ledger: Ledger, text: str) -> dict[Any, str]:
    """Each record of `ledger` with its text in `text`, which ledger_to_toml made of it."""
    pieces = _RECORD_START.split(text)[1:]
    records = [record for section in SECTIONS for record in getattr(ledger, section)]
    if len(pieces) != len(records):
        return {}  # not the layout ledger_to_toml writes: every record is written anew
    try:
        return dict(zip(records, pieces, strict=True))
    except TypeError:  # a record holding a dict cannot be looked up
        return {}


def ledger_bytes_for(
    ledger: Ledger, tables: dict[str, Any] | None = None, written: tuple[Ledger, str] | None = None
) -> bytes:
    """The file a write saves; refused when the next read would refuse it (e.g. an
    extension moving an expiry past the last date onepoints accepts)."""
    try:
        data: bytes | None = ledger_to_toml(ledger, tables, written).encode("utf-8")
    except UnicodeEncodeError:
        data = None  # a lone surrogate: ledger_problems names the field
    problems = list(ledger_problems(ledger, text_encoded=data is not None))
    if problems or data is None:
        raise InvalidChange(tuple(problems))
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
        raise KeyTooLong(path, line)
    try:
        return tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as error:
        raise InvalidToml(path, str(error)) from None
    except RecursionError:  # tomllib recurses once per level of nested arrays or tables
        raise NestedTooDeeply(path) from None


def decode_text(data: bytes, path: Path) -> str:
    if len(data) > MAX_DATA_FILE_BYTES:
        raise DataFileTooLarge(path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DataFileNotUtf8(path, error.start) from None


def ledger_from_toml(data: bytes, path: Path) -> Ledger:
    if not data.strip():
        # Only a missing file is a new ledger: an empty one lost its records (a failed
        # copy, a sync tool, an editor crash), and a write over it would lose the history.
        raise EmptyLedgerFile(path)
    document = parse_toml(decode_text(data, path), path)
    check_schema_version(document, path)
    check_tables(document, path)
    check_dates(document, path)
    ledger = _validate(Ledger, document, path)
    # Text decoded from UTF-8 holds no lone surrogate, and tomllib refuses a "\ud800"
    # escape: the check for text UTF-8 cannot store would find nothing here.
    problems = list(ledger_problems(ledger, text_encoded=True))
    if problems:
        raise InvalidFile(path, tuple(problems))
    return ledger


def settings_from_toml(data: bytes, path: Path) -> Settings:
    if not data.strip():
        raise EmptySettingsFile(path)
    document = parse_toml(decode_text(data, path), path)
    settings = _validate(Settings, document, path)
    problems = list(settings_problems(settings))
    if problems:
        raise InvalidFile(path, tuple(problems))
    return settings


def _validate(kind: type, document: dict[str, Any], path: Path):
    from pydantic import TypeAdapter, ValidationError

    try:
        return TypeAdapter(kind).validate_python(document)
    except ValidationError as error:
        problems = [describe(e, document) for e in error.errors(include_url=False)]
        raise InvalidFile(path, tuple(problems)) from None
    except (ValueError, TypeError, RecursionError) as error:
        # pydantic can raise plain errors on hostile input (e.g. numbers too large).
        raise InvalidFile(path, (str(error),)) from None
