"""Undo, redo and the history listing, over history_store's files.

Every change of ledger.toml is a new version, undo and redo included, so
nothing the user had is dropped by them: a write after an undo only ends
what `redo` can reach; the versions it undid stay in `onepoints history`
(and `undo --to N` brings any of them back) until history_keep drops them.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from ..domain.models import Ledger
from ..errors import OnePointsError
from . import history_store
from .history_store import Entry
from .ledger_store import (
    NOT_RECORDED,
    Record,
    _locked,
    commit,
    history_unchanged_on_failure,
    load_settings,
    parse_ledger,
    read_optional,
    refuse_read_only,
    unchanged_on_failure,
)
from .paths import Paths


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


def _folder(paths: Paths) -> Path:
    return history_store.folder_of(paths.data_dir)


def _mtime(path: Path, fallback: str) -> str:
    try:
        return datetime.fromtimestamp(os.stat(path).st_mtime).astimezone().isoformat(timespec="seconds")
    except OSError:
        return fallback


def _text(data: bytes | None) -> str | None:
    return None if data is None else data.decode("utf-8")


def base_entry(paths: Paths, current: bytes | None, record: Record) -> Entry:
    """The version ledger.toml holds now, saved first if the history lacks it:
    the ledger when the history begins (and ledger.toml.bak before it), or a
    hand edit made since the last write. `current` must be a ledger that reads, and
    the history settled (`history_store.settle`)."""
    folder = _folder(paths)
    latest = history_store.current(folder, current)
    if latest is not None and latest.matches(current):
        return latest
    when = _mtime(paths.ledger, record.time)
    if latest is not None:
        edit = Entry(
            latest.version + 1,
            when,
            "(edited by hand)",
            "edit",
            latest.version + 1,
            latest.base,
            (),
            _text(current),
        )
        history_store.write(folder, edit)
        return edit
    parent = None
    backup = read_optional(paths.backup) if current is not None else None
    if backup is not None and backup != current and _reads(backup, paths):
        history_store.write(
            folder,
            Entry(
                1,
                _mtime(paths.backup, when),
                "(ledger.toml.bak, before the history)",
                "start",
                1,
                None,
                (),
                _text(backup),
            ),
        )
        parent = 1
    number = 1 if parent is None else 2
    start = Entry(number, when, "(before the history)", "start", number, parent, (), _text(current))
    history_store.write(folder, start)
    return start


def next_write(base: Entry, data: bytes, record: Record) -> Entry:
    number = base.version + 1
    return Entry(number, record.time, record.command, "write", number, base.base, (), _text(data))


def _reads(data: bytes, paths: Paths) -> bool:
    try:
        parse_ledger(data, paths)
        return True
    except OnePointsError:
        return False


def undo(paths: Paths, steps: int = 1, record: Record = NOT_RECORDED, to: int | None = None) -> Restored:
    """Go back `steps` versions (or to version `to`), as a new version.

    A ledger.toml that does not read (a broken hand edit) is kept beside as
    ledger.toml.broken-TIME, and the first step brings back the last version
    onepoints wrote; a hand edit that reads is saved in the history first.
    """
    with _locked(paths), unchanged_on_failure():
        settings = load_settings(paths)  # before anything: a failing command changes nothing
        refuse_read_only(paths)
        folder = _folder(paths)
        current = read_optional(paths.ledger)
        try:
            undone = parse_ledger(current, paths)
        except OnePointsError:
            undone = None
        latest = history_store.settle(folder, current)
        with history_unchanged_on_failure(paths, current):
            return _undo(paths, settings, folder, current, undone, latest, steps, record, to)


def _undo(paths, settings, folder, current, undone, latest, steps, record, to) -> Restored:
    """undo's work under the lock, once the history is settled."""
    edit, walked = None, ()
    if undone is None:
        latest = latest or _start_from_backup(paths, folder)
        steps -= 1  # the first step brings back the last version onepoints wrote
    elif latest is None:
        if read_optional(paths.backup) is None:
            raise OnePointsError("Nothing to undo: there is no earlier version of the ledger yet.")
        latest = base_entry(paths, current, record)
    elif not latest.matches(current):
        # A hand edit that reads: a version of its own, one step after the last one written.
        edit = Entry(
            latest.version + 1,
            _mtime(paths.ledger, record.time),
            "(edited by hand)",
            "edit",
            latest.version + 1,
            latest.base,
            (),
            _text(current),
        )
        steps, walked = steps - 1, (edit.version,)
    redo = () if edit else latest.redo
    if to is not None:
        target, redo = _existing(folder, to), (*redo, edit.version if edit else latest.base)
    else:
        target, passed = _walk_back(folder, latest.base, steps, settings.history_keep)
        redo = (*redo, *walked, *passed)
    if edit is not None:
        history_store.write(folder, edit)
        latest = edit
    chosen = history_store.read(folder, target)
    data, restored = _keep_ids_unused(*_contents(chosen, paths), undone)
    kept = _keep_broken(paths, record) if undone is None else None
    entry = Entry(
        latest.version + 1, record.time, record.command, "undo", target, chosen.parent, redo, _text(data)
    )
    commit(paths, current, data, restored, settings, entry)
    return Restored(entry.version, target, undone, restored, kept, len(redo))


def redo(paths: Paths, steps: int = 1, record: Record = NOT_RECORDED) -> Restored:
    with _locked(paths), unchanged_on_failure():
        settings = load_settings(paths)
        refuse_read_only(paths)
        folder = _folder(paths)
        current = read_optional(paths.ledger)
        undone = parse_ledger(current, paths)  # a broken ledger: its message points to `undo`
        latest = history_store.settle(folder, current)
        if latest is None or not latest.matches(current) or not latest.redo:
            why = " (ledger.toml was changed by hand since)" if latest and not latest.matches(current) else ""
            raise OnePointsError(f"Nothing to redo{why}: `onepoints history` lists every version.")
        if steps > len(latest.redo):
            raise OnePointsError(f"Only {len(latest.redo)} undo step(s) to redo; nothing was changed.")
        target, redo_left = latest.redo[-steps], latest.redo[:-steps]
        chosen = _existing(folder, target)
        data, restored = _keep_ids_unused(*_contents(history_store.read(folder, chosen), paths), undone)
        entry = Entry(
            latest.version + 1, record.time, record.command, "redo", target, None, redo_left, _text(data)
        )
        commit(paths, current, data, restored, settings, entry)
        return Restored(entry.version, target, undone, restored, None, len(redo_left))


def _start_from_backup(paths: Paths, folder: Path) -> Entry:
    """No history yet and an unreadable ledger: ledger.toml.bak is the last version onepoints wrote."""
    backup = read_optional(paths.backup)
    if backup is None or not _reads(backup, paths):
        raise OnePointsError(
            f"{paths.ledger} does not read, and there is no earlier version to go back to. "
            "Fix the file by hand (the message above says where), or delete it to start a new ledger."
        )
    start = Entry(
        1,
        _mtime(paths.backup, ""),
        "(ledger.toml.bak, before the history)",
        "start",
        1,
        None,
        (),
        _text(backup),
    )
    history_store.write(folder, start)
    return start


def _walk_back(folder: Path, start: int, steps: int, keep: int) -> tuple[int, tuple[int, ...]]:
    """The version `steps` undo steps before `start`, and the ones passed (for redo)."""
    here, passed = start, []
    for _ in range(steps):
        parent = history_store.read(folder, here).parent
        if parent is None or parent not in history_store.versions(folder):
            done = len(passed)
            raise OnePointsError(
                f"Nothing {'more ' if done else ''}to undo: version {here} is the oldest the history keeps "
                f"(it keeps {keep} versions: history_keep in config.toml). Nothing was changed."
            )
        passed.append(here)
        here = parent
    return here, tuple(passed)


def _existing(folder: Path, version: int) -> int:
    if version not in history_store.versions(folder):
        raise OnePointsError(f"There is no version {version} in the history: `onepoints history` lists them.")
    return version


def _contents(entry: Entry, paths: Paths) -> tuple[bytes, Ledger]:
    if entry.ledger is None:  # before the first write: an empty ledger
        from .codec import ledger_to_toml

        return ledger_to_toml(Ledger()).encode("utf-8"), Ledger()
    data = entry.ledger.encode("utf-8")
    return data, parse_ledger(data, paths, _folder(paths) / f"{entry.version:06d}.json")


def _keep_ids_unused(data: bytes, restored: Ledger, undone: Ledger | None) -> tuple[bytes, Ledger]:
    """An id once given is never given again, also after an undo: the restored
    version keeps the newer next_activity_id (the only field that differs)."""
    if undone is None or undone.next_activity_id <= restored.next_activity_id:
        return data, restored
    from .codec import ledger_to_toml

    restored = restored._replace(next_activity_id=undone.next_activity_id)
    return ledger_to_toml(restored).encode("utf-8"), restored


def _keep_broken(paths: Paths, record: Record) -> Path | None:
    """Link the unreadable ledger.toml aside before it is replaced (the user's edit is theirs)."""
    if not paths.ledger.exists():
        return None
    stamp = (record.time or _mtime(paths.ledger, "unknown"))[:19].replace(":", "-")
    kept = paths.data_dir / f"ledger.toml.broken-{stamp}"
    number = 1
    while kept.exists():
        number += 1
        kept = paths.data_dir / f"ledger.toml.broken-{stamp}-{number}"
    try:
        os.link(paths.ledger, kept)
    except OSError:
        import shutil

        shutil.copy2(paths.ledger, kept)
    return kept


def listing(paths: Paths) -> tuple[list[Version], int | None]:
    """Every version, oldest first, and the one ledger.toml holds (None: edited
    by hand since). Read-only: creates nothing, removes nothing."""
    folder = _folder(paths)
    current = read_optional(paths.ledger)
    latest = history_store.current(folder, current)
    entries = [history_store.read(folder, number) for number in history_store.versions(folder)]
    if latest is not None and (not entries or latest.version > entries[-1].version):
        entries.append(latest)  # pending, and ledger.toml holds it: its writer was killed just after
    found = []
    for entry in entries:
        try:
            ledger = _contents(entry, paths)[1]
        except OnePointsError:
            ledger = None
        found.append(Version(entry, ledger))
    on_disk = latest.version if latest is not None and latest.matches(current) else None
    return found, on_disk
