"""Undo, redo and the history listing, over history_store's files.

Every change of ledger.toml is a new version, undo and redo included, so
nothing the user had is dropped by them: a write after an undo only ends
what `redo` can reach; the versions it undid stay in `onepoints history`
(and `undo --to N` brings any of them back) until history_keep drops them.
An undo or redo is saved as any write is (ledger_store.save).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import NamedTuple

from ...domain.ledger.problems import (
    NoEarlierVersion,
    NoMoreToUndo,
    NoSuchVersion,
    NothingToRedo,
    NothingToUndo,
    TooFewRedoSteps,
)
from ...domain.models import Ledger
from ...errors import OnePointsError
from ..paths import Paths
from . import history_files as history_store
from .codec import ledger_to_toml
from .history_files import Entry
from .store import (
    NOT_RECORDED,
    Record,
    Snapshot,
    cached,
    load_settings,
    locked,
    modified_time,
    parse_ledger,
    read_optional,
    readable,
    reads,
    refuse_read_only,
    save,
    versions_missing,
)


class Restored(NamedTuple):
    version: int  # the new version the undo or redo made
    target: int  # the version it brought back
    undone: Ledger | None  # None: the replaced ledger.toml did not read
    restored: Ledger
    kept: Path | None  # where the unreadable ledger.toml was kept
    redo_left: int


class Version(NamedTuple):
    entry: Entry
    ledger: Ledger | None  # None: this version no longer reads


class _History:
    """The history as an undo or redo sees it, under the lock: the versions on
    disk and those this command adds before its own (a hand edit, the start)."""

    def __init__(self, paths: Paths, current: bytes | None) -> None:
        self.paths = paths
        self.folder = history_store.folder_of(paths.data_dir)
        self.latest = history_store.settle(self.folder, current)
        self.added: list[Entry] = []

    def add(self, entry: Entry) -> None:
        self.added.append(entry)
        self.latest = entry

    def has(self, version: int) -> bool:
        return version in history_store.versions(self.folder) or any(e.version == version for e in self.added)

    def get(self, version: int) -> Entry:
        added = [e for e in self.added if e.version == version]
        return added[0] if added else history_store.read(self.folder, version)

    def contents(self, version: int) -> tuple[bytes, Ledger]:
        entry = self.get(version)
        if entry.ledger is None:  # before the first write: an empty ledger
            return ledger_to_toml(Ledger()).encode("utf-8"), Ledger()
        data = entry.ledger.encode("utf-8")
        return data, parse_ledger(data, self.paths, self.folder / f"{version:06d}.json")


def undo(paths: Paths, steps: int = 1, record: Record = NOT_RECORDED, to: int | None = None) -> Restored:
    """Go back `steps` versions (or to version `to`), as a new version.

    A ledger.toml that does not read (a broken hand edit) is kept beside as
    ledger.toml.broken-TIME, and the first step brings back the last version
    onepoints wrote; a hand edit that reads is saved in the history first.
    """
    with locked(paths):
        settings = load_settings(paths)  # before anything: a failing command changes nothing
        refuse_read_only(paths)
        current = read_optional(paths.ledger)
        hit = cached(paths, current, read_optional(paths.config))
        undone = hit.ledger if hit is not None else readable(current, paths)
        history = _History(paths, current)
        if undone is None:  # the first step brings back the last version onepoints wrote
            if history.latest is None:
                history.add(_start_from_backup(paths))
            steps -= 1
        elif history.latest is None or not history.latest.matches(current):
            if history.latest is None and read_optional(paths.backup) is None:
                raise NothingToUndo()
            for missing in versions_missing(paths, current, history.latest, record):
                history.add(missing)  # a hand edit, or the start: a version of its own
        now = history.latest
        assert now is not None
        if to is not None:
            if not history.has(to):
                raise NoSuchVersion(to)
            target, redo = to, (*now.redo, now.base)
        else:
            target, passed = _walk_back(history, now.base, steps, settings.history_keep)
            redo = (*now.redo, *passed)
        data, restored = _keep_ids_unused(*history.contents(target), undone)
        kept = _keep_broken(paths, record) if undone is None else None
        entry = Entry(
            now.version + 1,
            record.time,
            record.command,
            "undo",
            target,
            history.get(target).parent,
            redo,
            data.decode(),
        )
        save(paths, current, [*history.added, entry], Snapshot(restored, settings))
        return Restored(entry.version, target, undone, restored, kept, len(redo))


def redo(paths: Paths, steps: int = 1, record: Record = NOT_RECORDED) -> Restored:
    with locked(paths):
        settings = load_settings(paths)
        refuse_read_only(paths)
        current = read_optional(paths.ledger)
        hit = cached(paths, current, read_optional(paths.config))
        # A broken ledger: parse_ledger's message points to `undo`.
        undone = hit.ledger if hit is not None else parse_ledger(current, paths)
        history = _History(paths, current)
        latest = history.latest
        if latest is None or not latest.matches(current) or not latest.redo:
            raise NothingToRedo(hand_edited=bool(latest and not latest.matches(current)))
        if steps > len(latest.redo):
            raise TooFewRedoSteps(len(latest.redo))
        target, redo_left = latest.redo[-steps], latest.redo[:-steps]
        if not history.has(target):
            raise NoSuchVersion(target)
        data, restored = _keep_ids_unused(*history.contents(target), undone)
        parent = history.get(target).parent
        entry = Entry(
            latest.version + 1, record.time, record.command, "redo", target, parent, redo_left, data.decode()
        )
        save(paths, current, [entry], Snapshot(restored, settings))
        return Restored(entry.version, target, undone, restored, None, len(redo_left))


def _start_from_backup(paths: Paths) -> Entry:
    """No history yet and an unreadable ledger: ledger.toml.bak is the last version onepoints wrote."""
    backup = read_optional(paths.backup)
    if backup is None or not reads(backup, paths):
        raise NoEarlierVersion(paths.ledger)
    when = modified_time(paths.backup, "")
    return Entry(1, when, "(ledger.toml.bak, before the history)", "start", 1, None, (), backup.decode())


def _walk_back(history: _History, start: int, steps: int, keep: int) -> tuple[int, tuple[int, ...]]:
    """The version `steps` undo steps before `start`, and the ones passed (for redo)."""
    here = start
    passed: list[int] = []
    for _ in range(steps):
        parent = history.get(here).parent
        if parent is None or not history.has(parent):
            raise NoMoreToUndo(here, keep, more=bool(passed))
        passed.append(here)
        here = parent
    return here, tuple(passed)


def _keep_ids_unused(data: bytes, restored: Ledger, undone: Ledger | None) -> tuple[bytes, Ledger]:
    """An id once given is never given again, also after an undo: the restored
    version keeps the newer next_activity_id (the only field that differs)."""
    if undone is None or undone.next_activity_id <= restored.next_activity_id:
        return data, restored
    kept = restored._replace(next_activity_id=undone.next_activity_id)
    # Only the counter at the top changes: every record keeps the text it had.
    return ledger_to_toml(kept, written=(restored, data.decode("utf-8"))).encode("utf-8"), kept


def _keep_broken(paths: Paths, record: Record) -> Path | None:
    """Link the unreadable ledger.toml aside before it is replaced (the user's edit is theirs)."""
    if not paths.ledger.exists():
        return None
    stamp = (record.time or modified_time(paths.ledger, "unknown"))[:19].replace(":", "-")
    kept = paths.data_dir / f"ledger.toml.broken-{stamp}"
    number = 1
    while kept.exists():
        number += 1
        kept = paths.data_dir / f"ledger.toml.broken-{stamp}-{number}"
    try:
        os.link(paths.ledger, kept)
    except OSError:
        shutil.copy2(paths.ledger, kept)
    return kept


def listing(paths: Paths) -> tuple[list[Version], int | None]:
    """Every version, oldest first, and the one ledger.toml holds (None: edited
    by hand since). Read-only: creates nothing, removes nothing."""
    current = read_optional(paths.ledger)
    entries = history_store.entries(history_store.folder_of(paths.data_dir), current)
    found = []
    for entry in entries:
        try:
            ledger: Ledger | None = parse_ledger(
                None if entry.ledger is None else entry.ledger.encode(), paths
            )
        except OnePointsError:
            ledger = None
        found.append(Version(entry, ledger))
    on_disk = entries[-1].version if entries and entries[-1].matches(current) else None
    return found, on_disk
