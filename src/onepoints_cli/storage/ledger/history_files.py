"""The ledger's history on disk: one file per version in the data folder's history/.

Each version is history/NNNNNN.json, never changed once written:

    {"format": 1, "version": 7, "time": "2026-12-02T17:30:05+00:00",
     "command": "add 'Tech Talk' --hours 1", "action": "write",
     "base": 7, "parent": 6, "redo": [], "ledger": "<the ledger's TOML text>"}

- `ledger` is the exact text ledger.toml holds in that version (null: there was
  no ledger file yet).
- `action` is "write" (a command changed the ledger), "undo", "redo", "edit"
  (a hand edit, saved by the next command before it wrote) or "start" (the
  ledger as the history found it, and ledger.toml.bak before it).
- `base` is the version whose state this one is: itself for a write, edit or
  start, the restored one for an undo or redo. `parent` is the state it was
  made from; `undo` walks these links back. `redo` is the stack of states
  `redo` can go forward to, nearest last.

A write is a small transaction (storage/ledger/store.py `save`): its versions
are written as NNNNNN.pending.json, then ledger.toml is replaced, then they are
renamed to NNNNNN.json. So a NNNNNN.json is always a version the ledger had. A
kill leaves pending files that `unfinished` sorts out from what ledger.toml
holds: those up to the one it holds are real, those after it never happened.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import NamedTuple

from ...domain.file_problems import CannotRead
from ...domain.ledger.problems import CannotReadHistory, DamagedHistoryFile, VersionNotInHistory
from .. import atomic_write
from .lock import remove_stale_temporaries

FORMAT = 1
_FINISHED = re.compile(r"(\d{6,})\.json")
_PENDING = re.compile(r"(\d{6,})\.pending\.json")
_PREFIX = ".history."


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
    return _numbers(folder, _FINISHED)


def _numbers(folder: Path, pattern: re.Pattern[str]) -> list[int]:
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return []
    except OSError as error:
        raise CannotReadHistory(folder, error.strerror) from None
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
        raise VersionNotInHistory(version, folder) from None
    except OSError as error:
        raise CannotRead(str(path), error.strerror) from None
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise DamagedHistoryFile(path) from None


def write_pending(folder: Path, entry: Entry) -> None:
    payload = {"format": FORMAT, **entry._asdict(), "redo": list(entry.redo)}
    data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
    atomic_write.write_file(_path(folder, entry.version, True), data, prefix=_PREFIX, new_mode=0o600)


def finish(folder: Path, version: int) -> None:
    """The pending version is one ledger.toml has held: give it its final name."""
    try:
        os.replace(_path(folder, version, True), _path(folder, version))
    except OSError as error:
        raise atomic_write.failure(error, _path(folder, version)) from None


def remove(folder: Path, version: int, pending: bool = False) -> None:
    try:
        os.unlink(_path(folder, version, pending))
    except OSError:
        pass  # an old version left behind costs room, not correctness


def unfinished(folder: Path, ledger_bytes: bytes | None) -> tuple[list[int], list[int]]:
    """The pending versions ledger.toml has had (to keep), and those it never had
    (a write killed before ledger.toml was replaced: to drop). Read-only."""
    pending = _numbers(folder, _PENDING)
    if not pending:
        return [], []
    holding = [n for n in pending if read(folder, n, pending=True).matches(ledger_bytes)]
    if holding:
        return [n for n in pending if n <= holding[-1]], [n for n in pending if n > holding[-1]]
    finished = versions(folder)
    if finished and read(folder, finished[-1]).matches(ledger_bytes):
        return [], pending
    return pending, []  # ledger.toml edited by hand since: nothing tells, so nothing is dropped


def entries(folder: Path, ledger_bytes: bytes | None) -> list[Entry]:
    """Every version, oldest first, as the next write will settle them. Read-only."""
    kept, _ = unfinished(folder, ledger_bytes)
    found = [read(folder, n) for n in versions(folder)]
    return found + [read(folder, n, pending=True) for n in kept]


def newest(folder: Path, ledger_bytes: bytes | None) -> Entry | None:
    """The newest version, as `settle` will leave it. Read-only."""
    kept, _ = unfinished(folder, ledger_bytes)
    if kept:
        return read(folder, kept[-1], pending=True)
    numbers = versions(folder)
    return read(folder, numbers[-1]) if numbers else None


def settle(folder: Path, ledger_bytes: bytes | None) -> Entry | None:
    """Under the lock, before a write: finish or drop what a killed write left,
    and return the newest version. A failure here changes nothing."""
    remove_stale_temporaries(folder, _PREFIX)
    kept, dropped = unfinished(folder, ledger_bytes)
    for number in kept:
        finish(folder, number)
    for number in dropped:
        remove(folder, number, pending=True)
    numbers = versions(folder)
    return read(folder, numbers[-1]) if numbers else None


def prune(folder: Path, keep: int) -> None:
    """Keep the current version and the `keep` before it; the oldest removed first,
    so a crash in the middle still leaves the history without a gap."""
    for version in versions(folder)[: -(keep + 1)]:
        remove(folder, version)
