"""The ledger's sections as a merge sees them: records by their keys."""

from __future__ import annotations

from typing import Any

from ..models import Ledger

#: Every section of records, in the order the ledger file writes them.
SECTIONS = ("certifications", "activities", "bundles", "extensions", "exams")
#: The sections whose ids onepoints gives, one after the other (so both computers give the same).
NUMBERED = ("activities", "bundles", "extensions")


def key_of(record: Any) -> object:
    """A record's identity: its id; an exam attempt (no id) by exam and day."""
    return record.id if hasattr(record, "id") else (record.exam, record.date)


def by_key(ledger: Ledger, section: str) -> dict[object, Any]:
    return {key_of(r): r for r in getattr(ledger, section)}


def differing_keys(a: Ledger, b: Ledger) -> list[tuple[str, object]]:
    """(section, key) of every record that is not the same in `a` and `b`."""
    found = []
    for section in SECTIONS:
        left, right = by_key(a, section), by_key(b, section)
        found += [(section, k) for k in left.keys() | right.keys() if left.get(k) != right.get(k)]
    return found


def differing(a: Ledger, b: Ledger) -> int:
    """How many records (by key, over every section) are not the same in `a` and `b`."""
    return len(differing_keys(a, b))


def shared_keys(a: Ledger, b: Ledger) -> int:
    """How many records (by key, over every section) both `a` and `b` hold, alike or not."""
    return sum(len(by_key(a, section).keys() & by_key(b, section).keys()) for section in SECTIONS)
