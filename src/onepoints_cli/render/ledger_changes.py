"""What changed between two versions of the ledger, in words (for `undo`, `redo`, `history`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from ..domain.models import Ledger
from ..domain.validation import points_text

_Words = Callable[[Any], str]
_SECTIONS: tuple[tuple[str, str, _Words, _Words], ...] = (
    ("certifications", "certification", lambda r: f"{r.id!r} ({r.name})", lambda r: f"{r.id!r}"),
    ("activities", "activity", lambda r: f"{r.id} ({r.title}, {r.date})", lambda r: f"{r.id}"),
    ("bundles", "bundle", lambda r: f"{r.id} ({r.cert}, {r.as_of})", lambda r: f"{r.id}"),
    ("extensions", "extension", lambda r: f"{r.id} ({r.cert} to {r.new_expiry})", lambda r: f"{r.id}"),
    ("exams", "exam attempt", lambda r: f"{r.exam} on {r.date}", lambda r: f"{r.exam} on {r.date}"),
)

#: Field names as a sentence says them.
_FIELD_WORDS = {
    "expires": "expiry",
    "as_of": "as of",
    "new_expiry": "new expiry",
    "previous_expiry": "previous expiry",
}


def describe_changes(before: Ledger, after: Ledger) -> list[str]:
    """Lines like 'activity 4 (Splash 2025, 2025-05-12) removed' or
    "certification 'oca' expiry 2027-03-31 -> 2029-03-31", going from `before` to `after`."""
    lines: list[str] = []
    for section, noun, label, short in _SECTIONS:
        old = {_key(r): r for r in getattr(before, section)}
        new = {_key(r): r for r in getattr(after, section)}
        lines += [f"{noun} {label(new[k])} added" for k in new if k not in old]
        lines += [f"{noun} {label(old[k])} removed" for k in old if k not in new]
        for k in new:
            if k in old and new[k] != old[k]:
                lines += [f"{noun} {short(new[k])} {change}" for change in field_changes(old[k], new[k])]
    return lines or ["no difference in the records"]


def field_changes(old: Any, new: Any) -> list[str]:
    """'points 1 -> 3' for every field of a record that differs."""
    changes = []
    for name, was, now in zip(old._fields, old, new, strict=True):
        if was != now and name == "evidence":
            changes.append(_evidence_change(was, now))
        elif was != now:
            changes.append(f"{_FIELD_WORDS.get(name, name)} {_shown(name, was)} -> {_shown(name, now)}")
    return changes or ["changed"]


def _evidence_change(was: Sequence[Any], now: Sequence[Any]) -> str:
    """The paths that went and came: 'evidence /Downloads/a.pdf -> /Documents/a.pdf'."""
    old_paths, new_paths = [e.path for e in was], [e.path for e in now]
    gone = [p for p in old_paths if p not in new_paths]
    came = [p for p in new_paths if p not in old_paths]
    if not gone and not came:
        return "evidence: same files, another recorded content"
    return f"evidence {', '.join(gone) or '(none)'} -> {', '.join(came) or '(none)'}"


def _shown(name: str, value: object) -> str:
    if value is None or value == ():
        return "(none)"
    if name == "evidence" and isinstance(value, tuple):
        return f"{len(value)} file{'s' if len(value) != 1 else ''}"
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str):
        return repr(value) if len(value) <= 60 else repr(value[:57] + "...")
    if isinstance(value, Decimal):
        return points_text(value)  # 14, not 14.0: as every other output writes points
    if isinstance(value, dt.date | bool | int):
        return str(value)
    return str(value)


def _key(record: Any) -> object:
    # Not `id or ...`: an id of 0 is valid in a hand-written ledger.
    return record.id if hasattr(record, "id") else (record.exam, record.date)
