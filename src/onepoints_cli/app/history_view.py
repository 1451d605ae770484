"""The history as it stood on a day: `history --as-of`.

A version's time is the wall clock of the command that wrote it (with its UTC
offset), so its day is the writer's own calendar day. The list keeps the
versions up to the last one written on or before the day; a version whose time
does not read is kept (nothing in the record is hidden on a guess).
"""

from __future__ import annotations

from datetime import date

from ..storage.ledger.versions import Version, listing
from ..storage.paths import Paths


def written_on(version: Version) -> date | None:
    """The day a version was written, in its writer's time zone; None if unknown."""
    try:
        return date.fromisoformat(version.entry.time[:10])
    except (TypeError, ValueError):
        return None


def listing_until(paths: Paths, day: date) -> tuple[list[Version], int | None]:
    """The versions written up to `day`, oldest first, and the version ledger.toml holds."""
    found, on_disk = listing(paths)
    return written_until(found, day), on_disk


def written_until(found: list[Version], day: date) -> list[Version]:
    """`found` (oldest first) up to the first version written after `day`.

    Versions are numbered in the order they were written: stopping at the first
    later one keeps each listed version next to the one before it, which is what
    its changes are read against (a clock set back cannot bring a later one in)."""
    kept: list[Version] = []
    for version in found:
        written = written_on(version)
        if written is not None and written > day:
            break
        kept.append(version)
    return kept
