"""The ledger's history on disk: one file per version in the data folder's history/.

Each version is history/NNNNNN.json, written atomically (atomic_write) BEFORE
ledger.toml is replaced by it, and never changed afterwards:

    {"format": 1, "version": 7, "time": "2026-12-02T17:30:05+00:00",
     "command": "add 'Tech Talk' --hours 1", "action": "write",
     "base": 7, "parent": 6, "redo": [], "ledger": "<the ledger's TOML text>"}

- `ledger` is the exact text ledger.toml holds in that version (null: there was
  no ledger file yet).
- `action` is "write" (a command changed the ledger), "undo", "redo", "edit"
  (a hand edit onepoints found and kept before writing over it) or "start"
  (the ledger as it was when the history began, and ledger.toml.bak before it).
- `base` is the version whose state this one is: itself for a write or edit,
  the restored one for an undo or redo. `parent` is the base this version was
  made from; `undo` walks these links back. `redo` is the stack of bases that
  `redo` can go forward to, nearest last.

The newest file is the current version, unless a writer was killed between
writing it and replacing ledger.toml: then ledger.toml still holds the
version before it, and that newest file is an unfinished write (`settle`
removes it under the lock; readers skip it). Only `prune` (history_keep)
removes a finished version.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import NamedTuple

from ..errors import OnePointsError
from . import atomic_write

FORMAT = 1
_NAME = re.compile(r"(\d{6,})\.json")
_TEMPORARY = re.compile(r"\.history\.[a-z0-9_]+\.tmp")


class Entry(NamedTuple):
    version: int
    time: str
    command: str
    action: str
    base: int
    parent: int | None
    redo: tuple[int, ...]
    ledger: str | None

    def matches(self, data: bytes | None) -> bool:
        """Does the ledger file hold exactly this version?"""
        if self.ledger is None or data is None:
            return self.ledger is None and data is None
        return self.ledger.encode("utf-8") == data


def folder_of(data_dir: Path) -> Path:
    return data_dir / "history"


def versions(folder: Path) -> list[int]:
    """The version numbers on disk, oldest first; none when there is no history yet."""
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return []
    except OSError as error:
        raise OnePointsError(f"Cannot read the history in {folder}: {error.strerror}.") from None
    return sorted(int(m.group(1)) for n in names if (m := _NAME.fullmatch(n)))


def read(folder: Path, version: int) -> Entry:
    path = folder / f"{version:06d}.json"
    try:
        data = json.loads(path.read_bytes())
        if data.get("format") != FORMAT:
            raise ValueError("unknown format")
        return Entry(
            int(data["version"]),
            str(data["time"]),
            str(data["command"]),
            str(data["action"]),
            int(data["base"]),
            None if data["parent"] is None else int(data["parent"]),
            tuple(int(v) for v in data["redo"]),
            None if data["ledger"] is None else str(data["ledger"]),
        )
    except FileNotFoundError:
        raise OnePointsError(f"Version {version} is not in the history ({folder}).") from None
    except OSError as error:
        raise OnePointsError(f"Cannot read {path}: {error.strerror}.") from None
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise OnePointsError(
            f"{path} is not a onepoints history file (damaged or edited). "
            "Move it out of the history folder to use the others."
        ) from None


def write(folder: Path, entry: Entry) -> None:
    payload = {"format": FORMAT, **entry._asdict(), "redo": list(entry.redo)}
    data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise atomic_write.failure(error, folder) from None
    atomic_write.write_file(folder / f"{entry.version:06d}.json", data, prefix=".history.", new_mode=0o600)


def remove(folder: Path, version: int) -> None:
    try:
        os.unlink(folder / f"{version:06d}.json")
    except OSError:
        pass  # an old version left behind costs room, not correctness


def current(folder: Path, ledger_bytes: bytes | None) -> tuple[Entry | None, bool]:
    """The version ledger.toml is made from, and whether the newest file is an
    unfinished write (killed before ledger.toml was replaced).

    Read-only: the unfinished one is only skipped here (`settle` removes it).
    """
    numbers = versions(folder)
    if not numbers:
        return None, False
    newest = read(folder, numbers[-1])
    if newest.matches(ledger_bytes) or len(numbers) < 2:
        return newest, False
    before = read(folder, numbers[-2])
    if before.matches(ledger_bytes):
        return before, True
    return newest, False


def settle(folder: Path, ledger_bytes: bytes | None) -> Entry | None:
    """`current`, after removing an unfinished write (under the ledger lock)."""
    entry, unfinished = current(folder, ledger_bytes)
    if unfinished:
        remove(folder, versions(folder)[-1])
    remove_temporaries(folder)
    return entry


def prune(folder: Path, keep: int) -> None:
    """Keep the current version and the `keep` before it; oldest removed first,
    so a crash in the middle still leaves a contiguous history."""
    for version in versions(folder)[: -(keep + 1)]:
        remove(folder, version)


def remove_temporaries(folder: Path) -> None:
    """Temporary files of a killed writer (only made under the lock)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if _TEMPORARY.fullmatch(name):
            atomic_write.abandon(folder / name)
