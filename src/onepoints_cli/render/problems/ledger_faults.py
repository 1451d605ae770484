"""The words for what a ledger or config file breaks: one line each, naming the
entry (`activities[2] (id 7)`) and the field, as `onepoints` lists them under
"... is not a valid onepoints file:" and "This change would make the ledger invalid:".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from ...domain.ledger_faults import (
    AmountField,
    BadCertIdField,
    BadEvidenceRecord,
    BadKindId,
    DateOutOfRangeField,
    EmptyField,
    Entry,
    ExpiresBeforeEarnedField,
    FileFault,
    IdNotBelowNext,
    IdUsedTwice,
    ModelFault,
    NotADate,
    NotATable,
    NulInEvidencePath,
    SettingAmount,
    SettingOutOfRange,
    UnknownActivityRefs,
    UnknownCertRef,
    UnstorableField,
)
from ...domain.rules import (
    HISTORY_KEEP_MAX,
    HISTORY_KEEP_MIN,
    MAX_CERT_ID_CHARS,
    MAX_LEAD_DAYS,
    MAX_WARN_DAYS,
)
from .general import AMOUNT_FAULTS, out_of_range


def cert_id_rule(cert_id: str) -> str:
    return (
        f"certification id {cert_id!r} must be 1-{MAX_CERT_ID_CHARS} characters of lowercase "
        "letters, digits and '-', starting with a letter or digit"
    )


def where(entry: Entry) -> str:
    """'activities[2] (id 7)', 'certifications[0] (id 'oca')', 'exams[1]'."""
    named = "" if entry.id is None else f" (id {entry.id!r})"
    return f"{entry.section}[{entry.position}]{named}"


def fault_text(fault: FileFault) -> str:
    """One line of a file's problems (the model library's own text, a str, passes as it is)."""
    match fault:
        case str():
            return fault
        case SettingOutOfRange(key):
            low, high = _BOUNDS[key]
            return f"{key} must be between {low} and {high}"
        case BadKindId(kind_id):
            return f"kinds.{kind_id}: a kind id is lowercase letters, digits and '-'"
        case NotATable(section, position):
            return f"{section}[{position}]: must be a table, written [[{section}]]"
        case NotADate(entry, field, value):
            return f"{where(entry)}.{field}: {_date_advice(field, value)}"
        case ModelFault():
            return f"{_model_where(fault) or 'top level'}: {_model_advice(fault)}"
        case SettingAmount(key, amount):
            return f"{key} {AMOUNT_FAULTS[amount]}"
        case BadCertIdField(entry, cert_id):
            return f"{where(entry)}: {cert_id_rule(cert_id)}"
        case IdUsedTwice(entry):
            return f"{where(entry)}: the id is used twice"
        case EmptyField(entry, field):
            return f"{where(entry)}: {field} must not be empty"
        case ExpiresBeforeEarnedField(entry, expires, earned):
            return f"{where(entry)}: expires ({expires}) is before earned ({earned})"
        case IdNotBelowNext(entry, next_id):
            return f"{where(entry)}: id is not below next_activity_id ({next_id})"
        case AmountField(entry, field, amount):
            return f"{where(entry)}: {field} {AMOUNT_FAULTS[amount]}"
        case BadEvidenceRecord(entry, number):
            return f"{where(entry)}: evidence[{number}] needs a size >= 0 and a 64-digit lowercase sha256"
        case NulInEvidencePath(entry, number):
            return f"{where(entry)}: evidence[{number}] path holds a NUL character, which no file name can"
        case UnknownCertRef(entry, cert):
            return f"{where(entry)}: unknown certification {cert!r}"
        case UnknownActivityRefs(entry, missing):
            return f"{where(entry)}: unknown activities {list(missing)}"
        case UnstorableField(entry, field, bad):
            return f"{where(entry)}: {field} holds {bad!r}, which is not valid text (UTF-8)"
        case DateOutOfRangeField(entry, field, day):
            return f"{where(entry)}: {field} {out_of_range(day)}"


#: config.toml's numbers and their bounds (domain/rules.py).
_BOUNDS = {
    "lead_days": (0, MAX_LEAD_DAYS),
    "warn_days": (0, MAX_WARN_DAYS),
    "history_keep": (HISTORY_KEEP_MIN, HISTORY_KEEP_MAX),
}


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


def _model_where(fault: ModelFault) -> str:
    """'activities[2] (id 7).points': the entry, its id, then the field."""
    text = ""
    for number, part in enumerate(fault.loc):
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
        if number == 1 and isinstance(fault.loc[1], int) and fault.entry_id is not None:
            text += f" (id {fault.entry_id!r})"
    return text


def _model_advice(fault: ModelFault) -> str:
    """pydantic's refusal for the common cases, said as what to write."""
    field = next((p for p in reversed(fault.loc) if isinstance(p, str)), "value")
    kind = fault.kind
    if kind == "missing":
        return f"{field} is missing: add it, like {field} = ..."
    if kind.startswith(("int_", "decimal_", "float_")):
        return f"write a number, like {field} = 1 ({fault.message})"
    if kind.startswith("string_"):
        return f'write text in quotes, like {field} = "..."'
    if kind.startswith("bool_"):
        return f"write true or false, like {field} = true"
    return fault.message
