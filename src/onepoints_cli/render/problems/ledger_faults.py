"""The words for what a ledger or config file breaks: one line each, naming the
entry (`activities[2] (id 7)`) and the field, as `onepoints` lists them under
"... is not a valid onepoints file:" and "This change would make the ledger invalid:".
"""

from __future__ import annotations

from ...domain.ledger_faults import (
    AmountField,
    BadCertIdField,
    BadEvidenceRecord,
    DateOutOfRangeField,
    EmptyField,
    Entry,
    ExpiresBeforeEarnedField,
    FileFault,
    IdNotBelowNext,
    IdUsedTwice,
    NulInEvidencePath,
    SettingAmount,
    UnknownActivityRefs,
    UnknownCertRef,
    UnstorableField,
)
from ...domain.rules import MAX_CERT_ID_CHARS
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
    """One line of a file's problems (storage's own words pass as they are)."""
    match fault:
        case str():
            return fault
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
