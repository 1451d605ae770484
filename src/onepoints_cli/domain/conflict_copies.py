"""Conflict copies of ledger.toml that sync services leave beside it, told by their names.

When two computers change a synced file before the service has carried one change
across, the service keeps both: the file, and a copy named after the conflict,
which holds what the other computer wrote (activities logged there). The names:

- OneDrive: `ledger-LAPTOP-7H2K.toml` (the computer's name, upper case, up to 15
  characters; `-2` and on for more)
- Dropbox: `ledger (conflicted copy 2026-12-01).toml`,
  `ledger (Sam's conflicted copy 2026-12-01).toml`; Nextcloud and ownCloud:
  `ledger (conflicted copy 2026-12-01 123456).toml`
- Google Drive: `ledger (1).toml`
- iCloud Drive: `ledger 2.toml`
- Syncthing: `ledger.sync-conflict-20261201-123456-ABCDEFG.toml`

Pure: it matches names; storage lists the folder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple


class ConflictCopy(NamedTuple):
    name: str
    #: The service whose naming it follows.
    service: str


def _patterns(stem: str, suffix: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    s, x = re.escape(stem), re.escape(suffix)
    return (
        # Upper case only: a computer name, not a user's own `ledger-backup.toml`.
        (re.compile(rf"{s}-[A-Z0-9][A-Z0-9-]{{0,14}}(-\d+)?{x}"), "OneDrive"),
        (
            re.compile(rf"{s} \([^()]*conflicted copy[^()]*(\(\d+\))?\){x}", re.IGNORECASE),
            "Dropbox or Nextcloud",
        ),
        (re.compile(rf"{s} \(\d+\){x}", re.IGNORECASE), "Google Drive"),
        (re.compile(rf"{s} \d+{x}", re.IGNORECASE), "iCloud Drive"),
        (re.compile(rf"{s}\.sync-conflict-\d{{8}}-\d{{6}}(-[A-Z0-9]{{7}})?{x}", re.IGNORECASE), "Syncthing"),
    )


def conflict_copies(names: Iterable[str], file_name: str = "ledger.toml") -> list[ConflictCopy]:
    """The names among `names` that are conflict copies of `file_name`, sorted."""
    stem, dot, suffix = file_name.rpartition(".")
    # Nearly always none: no pattern is compiled (this runs on every command's start).
    candidates = sorted(n for n in names if n[: len(stem)].casefold() == stem.casefold() and n != file_name)
    if not candidates:
        return []
    patterns = _patterns(stem, dot + suffix)
    found = []
    for name in candidates:
        for pattern, service in patterns:
            if pattern.fullmatch(name):
                found.append(ConflictCopy(name, service))
                break
    return found
