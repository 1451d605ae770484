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

A write's version is first saved as history/NNNNNN.pending.json, and takes its
final name only once ledger.toml holds it. So a NNNNNN.json file is always a
version the ledger had, and a pending one is settled by what ledger.toml holds:

- ledger.toml holds the pending version: the writer was killed after replacing
  ledger.toml; the version is kept (renamed);
- ledger.toml holds the newest finished version: the writer was killed before
  replacing it; that version never was, and is removed;
- anything else (a hand edit since): it is kept, since nothing tells.

Readers skip a pending version unless ledger.toml holds it; `settle` (under the
lock) renames or removes it. Only `prune` (history_keep) removes a finished
version. (A hand edit that puts back the bytes of an older version, such as
`cp ledger.toml.bak ledger.toml`, is a hand edit like any other: every version
is kept.)
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
_PENDING = re.compile(r"(\d{6,})\.pending\.json")
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
    """The numbers of the finished versions, oldest first; none when there is no history yet."""
    return _numbers(folder, _NAME)


def _numbers(folder: Path, pattern: re.Pattern) -> list[int]:
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return []
    except OSError as error:
        raise OnePointsError(f"Cannot read the history in {folder}: {error.strerror}.") from None
    return sorted(int(m.group(1)) for n in names if (m := pattern.fullmatch(n)))


def _path(folder: Path, version: int, pending: bool = False) -> Path:
    return folder / f"{version:06d}{'.pending' if pending else ''}.json"


def read(folder: Path, version: int, pending: bool = False) -> Entry:
    path = _path(folder, version, pending)
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


def write(folder: Path, entry: Entry, pending: bool = False) -> None:
    """Save `entry`; `pending`: a write's version, saved before ledger.toml is replaced."""
    payload = {"format": FORMAT, **entry._asdict(), "redo": list(entry.redo)}
    data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise atomic_write.failure(error, folder) from None
    atomic_write.write_file(_path(folder, entry.version, pending), data, prefix=".history.", new_mode=0o600)


def finish(folder: Path, version: int) -> None:
    """The pending version is what ledger.toml holds now: give it its final name.

    Not made durable here: after a crash the pending file is found again, and
    `settle` finishes it since ledger.toml holds it."""
    try:
        os.replace(_path(folder, version, pending=True), _path(folder, version))
    except OSError:
        pass  # still pending: settled by the next command that writes


def remove(folder: Path, version: int, pending: bool = False) -> None:
    try:
        os.unlink(_path(folder, version, pending))
    except OSError:
        pass  # an old version left behind costs room, not correctness


def current(folder: Path, ledger_bytes: bytes | None) -> Entry | None:
    """The newest version: the pending one when ledger.toml holds it (its writer was
    killed just after replacing ledger.toml), else the newest finished one. Read-only."""
    pending = _pending(folder)
    if pending is not None and pending.matches(ledger_bytes):
        return pending
    numbers = versions(folder)
    return read(folder, numbers[-1]) if numbers else None


def _pending(folder: Path) -> Entry | None:
    numbers = _numbers(folder, _PENDING)
    return read(folder, numbers[-1], pending=True) if numbers else None


def settle(folder: Path, ledger_bytes: bytes | None) -> Entry | None:
    """`current`, after settling a pending version (under the ledger lock): kept when
    ledger.toml holds it or a hand edit since leaves it unknown, removed when
    ledger.toml still holds the version before it (the write never happened)."""
    for number in _numbers(folder, _PENDING):
        finished = versions(folder)
        if finished and number <= finished[-1]:
            # Older than the newest version: ledger.toml held it once (its rename failed).
            if number not in finished:
                finish(folder, number)
            continue
        newest = read(folder, finished[-1]) if finished else None
        pending = read(folder, number, pending=True)
        if newest is not None and newest.matches(ledger_bytes) and not pending.matches(ledger_bytes):
            remove(folder, number, pending=True)  # killed before ledger.toml was replaced: it never was
        else:
            finish(folder, number)
    remove_temporaries(folder)
    return current(folder, ledger_bytes)


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
