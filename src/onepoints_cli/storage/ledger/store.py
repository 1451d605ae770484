"""Reading and safely writing the ledger.

Reading never creates or writes anything: `load` takes the records from the
cache when it was made from the very bytes of ledger.toml and config.toml,
else parses and validates them (ledger/codec.py). A missing ledger is an empty one;
an empty, broken or unreadable one is an error, never "no data".

A write (`modify`, and undo/redo in ledger/versions.py) holds the lock for its whole
read-modify-write and is saved by `save`, in three steps:

1. its versions are written to the history as pending files: the version
   ledger.toml holds now, when the history lacks it (a hand edit, or the
   ledger as the history begins), then the new one;
2. ledger.toml is replaced atomically (atomic_write), through a symbolic link
   when it is one;
3. the pending versions get their final names, the history is pruned to
   history_keep, and the cache is refreshed.

A failure in 1 or 2 removes the pending files: nothing changed. A kill at any
moment leaves the old ledger or the new one, and pending files that the next
write sorts out from what ledger.toml holds (history_store.unfinished).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from ...domain.file_problems import CannotRead, NotAFile
from ...domain.ledger.problems import LedgerLinkDangling, LedgerNotChanged, LedgerReadOnly
from ...domain.models import Ledger, Settings
from ...errors import OnePointsError
from .. import atomic_write
from ..paths import Paths
from . import cache
from . import history_files as history_store
from . import lock as ledger_lock
from .codec import ledger_bytes_for, ledger_from_toml, settings_from_toml, to_data
from .file_problems import refuse_unknown_kinds
from .history_files import Entry

T = TypeVar("T")

_PREFIX = ".ledger."  # of the temporary files beside ledger.toml (and the cache)


class Snapshot(NamedTuple):
    ledger: Ledger
    settings: Settings


class Record(NamedTuple):
    """What a write is recorded with in the history: when, and the command line
    (passed by the CLI: storage reads neither the clock nor sys.argv)."""

    time: str
    command: str


NOT_RECORDED = Record("", "")

#: The record of the command being run, set once by the CLI (`recording`), so
#: that every use case's write is recorded without each passing it along.
_current_record: ContextVar[Record] = ContextVar("onepoints_record", default=NOT_RECORDED)


@contextmanager
def recording(record: Record) -> Iterator[None]:
    """Writes made inside are recorded in the history with `record`."""
    token = _current_record.set(record)
    try:
        yield
    finally:
        _current_record.reset(token)


def current_record(record: Record | None = None) -> Record:
    return record or _current_record.get()


# --- reading ---------------------------------------------------------------------------


def read_optional(path: Path) -> bytes | None:
    """The file's bytes; None only when it does not exist (a link to nothing is an error)."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        if os.path.islink(path):
            raise LedgerLinkDangling(path, os.readlink(path)) from None
        return None
    except IsADirectoryError:
        raise NotAFile(str(path)) from None
    except OSError as error:
        raise CannotRead(str(path), error.strerror) from None


def load(paths: Paths) -> Snapshot:
    """The ledger and settings as they are on disk; an absent ledger is an empty one."""
    return snapshot_of(paths, read_optional(paths.ledger), read_optional(paths.config))


def snapshot_of(paths: Paths, ledger_bytes: bytes | None, config_bytes: bytes | None) -> Snapshot:
    """The records these exact bytes hold: from the cache when it was made from them, else parsed."""
    if (hit := cached(paths, ledger_bytes, config_bytes)) is not None:
        return hit
    settings = load_settings(paths, config_bytes)  # an invalid config fails before the ledger is parsed
    ledger = parse_ledger(ledger_bytes, paths)
    refuse_unknown_kinds(ledger, settings, paths.ledger)
    return Snapshot(ledger, settings)


def cached(paths: Paths, ledger_bytes: bytes | None, config_bytes: bytes | None) -> Snapshot | None:
    """The cache's records when it was made from these very bytes (checked by the write that made it)."""
    if ledger_bytes is None:
        return None
    try:
        raw = read_optional(paths.cache)
    except OnePointsError:
        return None  # an unreadable cache is only a slower read
    hit = None if raw is None else cache.decode(raw, ledger_bytes, config_bytes)
    return None if hit is None else Snapshot(*hit)


def load_settings(paths: Paths, config_bytes: bytes | None = None) -> Settings:
    if config_bytes is None:
        config_bytes = read_optional(paths.config)
    return Settings() if config_bytes is None else settings_from_toml(config_bytes, paths.config)


def parse_ledger(data: bytes | None, paths: Paths, source: Path | None = None) -> Ledger:
    return Ledger() if data is None else ledger_from_toml(data, source or paths.ledger)


def reads(data: bytes, paths: Paths) -> bool:
    return readable(data, paths) is not None


def readable(data: bytes | None, paths: Paths) -> Ledger | None:
    """The ledger `data` holds; None when it does not read (undo repairs that)."""
    try:
        return parse_ledger(data, paths)
    except OnePointsError:
        return None


# --- writing ---------------------------------------------------------------------------


@contextmanager
def locked(paths: Paths) -> Iterator[None]:
    """The ledger's lock, for a whole read-modify-write; the holder clears what killed writers left."""
    with ledger_lock.held(paths.lock, current_record().command):
        for folder in {paths.data_dir, atomic_write.through_link(paths.ledger).parent}:
            ledger_lock.remove_stale_temporaries(folder, _PREFIX)
        yield


def modify(paths: Paths, change: Callable[[Snapshot], tuple[Ledger, T]], record: Record | None = None) -> T:
    """Apply `change` to the current ledger under the lock and save what it returns."""
    with locked(paths):
        current = read_optional(paths.ledger)
        snapshot = snapshot_of(paths, current, read_optional(paths.config))
        new_ledger, result = change(snapshot)
        if new_ledger != snapshot.ledger:
            tables = to_data(new_ledger)  # for the TOML and for the cache
            data = ledger_bytes_for(new_ledger, tables, written_by_onepoints(paths, current, snapshot.ledger))
            refuse_read_only(paths)
            record = current_record(record)
            base = history_store.settle(history_store.folder_of(paths.data_dir), current)
            before = versions_missing(paths, current, base, record)
            base = before[-1] if before else base
            assert base is not None  # versions_missing starts the history when there is none
            number = base.version + 1
            entry = Entry(number, record.time, record.command, "write", number, base.base, (), data.decode())
            save(paths, current, [*before, entry], Snapshot(new_ledger, snapshot.settings), tables)
        return result


def written_by_onepoints(paths: Paths, current: bytes | None, ledger: Ledger) -> tuple[Ledger, str] | None:
    """`ledger` and the text of `current` when a write of onepoints made that text
    (its records' text is reused by the next one), else None: a hand edit, an
    undo or redo (an older text brought back as it was) or no history."""
    newest = history_store.newest(history_store.folder_of(paths.data_dir), current)
    if newest is None or newest.action != "write" or newest.ledger is None or not newest.matches(current):
        return None
    return ledger, newest.ledger


def versions_missing(
    paths: Paths, current: bytes | None, newest: Entry | None, record: Record
) -> list[Entry]:
    """What the history lacks before a write: nothing when its newest version is
    what ledger.toml holds; else the hand edit made since, or (no history yet)
    the ledger as the history begins, after ledger.toml.bak when an older
    onepoints left one. `current` must read."""
    if newest is not None and newest.matches(current):
        return []
    when = modified_time(paths.ledger, record.time)
    if newest is not None:
        number = newest.version + 1
        return [Entry(number, when, "(edited by hand)", "edit", number, newest.base, (), _text(current))]
    backup = read_optional(paths.backup) if current is not None else None
    if backup is None or backup == current or not reads(backup, paths):
        return [Entry(1, when, "(before the history)", "start", 1, None, (), _text(current))]
    return [
        Entry(
            1,
            modified_time(paths.backup, when),
            "(ledger.toml.bak, before the history)",
            "start",
            1,
            None,
            (),
            backup.decode(),
        ),
        Entry(2, when, "(before the history)", "start", 2, 1, (), _text(current)),
    ]


def save(
    paths: Paths,
    current: bytes | None,
    entries: Sequence[Entry],
    saved: Snapshot,
    tables: dict[str, Any] | None = None,
) -> None:
    """Save `entries` (the last one holds the text of `saved.ledger`) and replace
    ledger.toml by it; `tables`: `to_data(saved.ledger)` when the caller has it."""
    folder = history_store.folder_of(paths.data_dir)
    data = (entries[-1].ledger or "").encode("utf-8")
    created = not folder.exists()
    written: list[int] = []
    try:
        ledger_lock.make_private_folder(folder)
        for entry in entries:
            history_store.write_pending(folder, entry)
            written.append(entry.version)
        atomic_write.write_file(paths.ledger, data, prefix=_PREFIX, new_mode=0o600)
    except BaseException as error:
        for version in written:
            history_store.remove(folder, version, pending=True)
        if created:
            _remove_empty(folder)
        if isinstance(error, OnePointsError):
            raise LedgerNotChanged(error) from None
        raise
    # ledger.toml holds the new version: nothing below may say otherwise.
    try:
        for entry in entries:
            history_store.finish(folder, entry.version)
        os.chmod(folder, 0o700)  # a history folder made by an older onepoints followed the umask
        history_store.prune(folder, saved.settings.history_keep)
    except (OnePointsError, OSError):
        pass  # still pending: the next write finishes them (history_store.unfinished)
    try:
        config = read_optional(paths.config)
        atomic_write.write_file(
            paths.cache,
            cache.encode_tables(
                data, config, to_data(saved.ledger) if tables is None else tables, saved.settings
            ),
            prefix=_PREFIX,
            new_mode=0o600,
        )
    except (OnePointsError, UnicodeDecodeError):
        atomic_write.abandon(paths.cache)  # only an optimisation; a stale one must go


def refuse_read_only(paths: Paths) -> None:
    """A ledger the user made read-only (chmod 444) is not replaced behind their back."""
    import stat

    try:
        mode = stat.S_IMODE(os.stat(paths.ledger).st_mode)
    except OSError:
        return
    if not mode & 0o222:
        raise LedgerReadOnly(paths.ledger, mode)


def modified_time(path: Path, fallback: str) -> str:
    try:
        return datetime.fromtimestamp(os.stat(path).st_mtime).astimezone().isoformat(timespec="seconds")
    except OSError:
        return fallback


def _text(data: bytes | None) -> str | None:
    return None if data is None else data.decode("utf-8")


def _remove_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass
