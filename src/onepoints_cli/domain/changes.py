"""What changed between two versions of the ledger, in words (for `undo`)."""

from __future__ import annotations

from .models import Ledger

_SECTIONS = (
    ("certifications", "certification", lambda r: f"{r.id!r} ({r.name})"),
    ("activities", "activity", lambda r: f"{r.id} ({r.title}, {r.date})"),
    ("bundles", "bundle", lambda r: f"{r.id} ({r.cert}, {r.as_of})"),
    ("extensions", "extension", lambda r: f"{r.id} ({r.cert} to {r.new_expiry})"),
    ("exams", "exam attempt", lambda r: f"{r.exam} on {r.date}"),
)


def describe_changes(before: Ledger, after: Ledger) -> list[str]:
    """Lines like 'activity 4 (Splash 2025, 2025-05-12) removed', going from `before` to `after`."""
    lines: list[str] = []
    for section, noun, label in _SECTIONS:
        old = {_key(r): r for r in getattr(before, section)}
        new = {_key(r): r for r in getattr(after, section)}
        lines += [f"{noun} {label(new[k])} added" for k in new if k not in old]
        lines += [f"{noun} {label(old[k])} removed" for k in old if k not in new]
        lines += [f"{noun} {label(new[k])} changed" for k in new if k in old and new[k] != old[k]]
    return lines or ["no difference in the records"]


def _key(record) -> object:
    # Not `id or ...`: an id of 0 is valid in a hand-written ledger.
    return record.id if hasattr(record, "id") else (record.exam, record.date)
