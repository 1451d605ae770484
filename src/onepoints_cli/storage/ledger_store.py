"""Reading and safely writing the ledger.

Writes are atomic and locked: the new ledger goes to a temporary file in the
same folder, is fsynced, and replaces the old one with os.replace
(atomic_write), under an exclusive lock held for the whole read-modify-write.
Before that, the new version is saved in the history as pending, and named a
version once ledger.toml holds it (history_store.py, versions.py), so every
version is kept until history_keep drops it; the
previous file also stays as ledger.toml.bak (a hard link, so it costs no
copy). A ledger that does not parse, or is empty, is never overwritten, and
nothing is written unless the config reads too. Reading never creates or
writes anything.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from ..domain.models import Ledger, Settings
from ..errors import OnePointsError
from . import atomic_write, cache
from .paths import Paths

T = TypeVar("T")


class Snapshot(NamedTuple):
    ledger: Ledger
    settings: Settings


def load(paths: Paths) -> Snapshot:
    """The ledger and settings as they are on disk; an absent file is an empty one."""
    return _snapshot_of(paths, _read_optional(paths.ledger), _read_optional(paths.config))


def _snapshot_of(paths: Paths, ledger_bytes: bytes | None, config_bytes: bytes | None) -> Snapshot:
    """The records these exact bytes hold: from the cache when it was made from
    them (by a write that checked them against this very config), else parsed."""
    if ledger_bytes is not None:
        cached = _read_optional(paths.cache)
        if cached is not None and (hit := cache.decode(cached, cache.cache_key(ledger_bytes, config_bytes))):
            return Snapshot(*hit)
    settings = load_settings(paths, config_bytes)  # an invalid config fails before the ledger is parsed
    return _checked(Snapshot(_parse_ledger(ledger_bytes, paths), settings), paths)


def _checked(snapshot: Snapshot, paths: Paths) -> Snapshot:
    from .codec import refuse_unknown_kinds

    refuse_unknown_kinds(snapshot.ledger, snapshot.settings, paths.ledger)
    return snapshot


def load_settings(paths: Paths, config_bytes: bytes | None = None) -> Settings:
    if config_bytes is None:
        config_bytes = _read_optional(paths.config)
    if config_bytes is None:
        return Settings()
    from .codec import settings_from_toml

    return settings_from_toml(config_bytes, paths.config)


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


def modify(paths: Paths, change: Callable[[Snapshot], tuple[Ledger, T]], record: Record | None = None) -> T:
    """Apply `change` to the current ledger under the lock and save what it returns."""
    with _locked(paths):
        # The bytes under the lock; the cache spares a write the TOML parse when
        # it was made from these very bytes (most of a large ledger's write time).
        current = _read_optional(paths.ledger)
        snapshot = _snapshot_of(paths, current, _read_optional(paths.config))
        settings = snapshot.settings  # an invalid config has failed by now, before anything is written
        new_ledger, result = change(snapshot)
        if new_ledger != snapshot.ledger:
            from . import history_store, versions
            from .codec import ledger_to_toml, to_data

            tables = to_data(new_ledger)  # for the TOML and for the cache
            data = _utf8(ledger_to_toml(new_ledger, tables))
            _refuse_invalid(new_ledger, text_encoded=data is not None)
            if data is None:  # not reached: the checks name the text UTF-8 cannot hold
                raise OnePointsError(
                    "This change holds text that is not valid UTF-8. The ledger was not changed."
                )
            refuse_read_only(paths)
            folder = history_store.folder_of(paths.data_dir)
            history_store.settle(folder, current)
            with history_unchanged_on_failure(paths, current):
                with unchanged_on_failure():
                    base = versions.base_entry(paths, current, record or _current_record.get())
                entry = versions.next_write(base, data, record or _current_record.get())
                commit(paths, current, data, new_ledger, settings, entry, tables)
        return result


def commit(
    paths: Paths,
    current: bytes | None,
    data: bytes,
    ledger: Ledger,
    settings: Settings,
    entry,
    tables: dict[str, Any] | None = None,
) -> None:
    """Save `data` as the ledger: its history entry first, then the ledger, then the cache."""
    from . import history_store

    folder = history_store.folder_of(paths.data_dir)
    with unchanged_on_failure():
        history_store.write(folder, entry, pending=True)
        try:
            _install(paths, data, keep_previous=current is not None)
        except BaseException:
            # The ledger is as before: so is the history.
            history_store.remove(folder, entry.version, pending=True)
            raise
    history_store.finish(folder, entry.version)
    history_store.prune(folder, settings.history_keep)
    _write_cache(paths, data, ledger, settings, tables)


@contextmanager
def history_unchanged_on_failure(paths: Paths, current: bytes | None) -> Iterator[None]:
    """A command that fails leaves the history as it found it: the versions it saved
    on the way (the ledger as the history begins, a hand edit) are removed again,
    unless ledger.toml was replaced after all. Enter it after `settle`: what
    settling kept is not this command's to remove."""
    from . import history_store

    folder = history_store.folder_of(paths.data_dir)
    existed = folder.exists()
    before = set(history_store.versions(folder))
    try:
        yield
    except BaseException:
        try:
            replaced = _read_optional(paths.ledger) != current
        except OnePointsError:
            replaced = True  # cannot tell: keep every version
        if not replaced:
            for version in set(history_store.versions(folder)) - before:
                history_store.remove(folder, version)
            if not existed:
                try:
                    folder.rmdir()
                except OSError:
                    pass  # not empty (a pending file left): the next write settles it
        raise


@contextmanager
def unchanged_on_failure() -> Iterator[None]:
    """Every failure before the ledger's rename says so: the user must know nothing changed."""
    try:
        yield
    except OnePointsError as error:
        if "not changed" in str(error):
            raise
        raise OnePointsError(f"{error} The ledger was not changed.") from None


def refuse_read_only(paths: Paths) -> None:
    """A ledger the user made read-only (chmod 444) is not replaced behind their back."""
    import stat

    try:
        mode = stat.S_IMODE(os.stat(paths.ledger).st_mode)
    except OSError:
        return
    if not mode & 0o222:
        raise OnePointsError(
            f"{paths.ledger} is read-only (mode {mode:04o}), so onepoints does not replace it. "
            f"Nothing was changed. To allow changes: chmod u+w {paths.ledger}"
        )


def _utf8(text: str) -> bytes | None:
    """The file's bytes; None when some text cannot be stored (a lone surrogate)."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


def _refuse_invalid(ledger: Ledger, *, text_encoded: bool = False) -> None:
    """Never write a ledger that the next command would refuse to read (e.g. an
    extension moving an expiry past the last date onepoints accepts)."""
    from ..domain.validation import ledger_problems

    problems = list(ledger_problems(ledger, text_encoded=text_encoded))
    if problems:
        shown = "\n".join(f"  - {p}" for p in problems[:5])
        raise OnePointsError(
            f"This change would make the ledger invalid:\n{shown}\nThe ledger was not changed."
        )


def parse_ledger(data: bytes | None, paths: Paths, source: Path | None = None) -> Ledger:
    return _parse_ledger(data, paths, source)


def _parse_ledger(data: bytes | None, paths: Paths, source: Path | None = None) -> Ledger:
    if data is None:
        return Ledger()
    from .codec import ledger_from_toml

    return ledger_from_toml(data, source or paths.ledger)


def read_optional(path: Path) -> bytes | None:
    return _read_optional(path)


def _read_optional(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise OnePointsError(f"{path} is a folder, not a file.") from None
    except OSError as error:
        raise OnePointsError(f"Cannot read {path}: {error.strerror}.") from None


def _install(paths: Paths, data: bytes, *, keep_previous: bool) -> None:
    """Put `data` in place as the ledger; the replaced file becomes ledger.toml.bak.

    The old file is linked aside before the rename and moved onto .bak after
    it, so a crash at any point leaves a complete ledger.toml.
    """
    temporary = atomic_write.write_temporary(paths.ledger, data, prefix=".ledger.", new_mode=0o600)
    previous = paths.data_dir / ".ledger.bak.tmp"
    try:
        if keep_previous:
            _link_or_copy(paths.ledger, previous)
        os.replace(temporary, paths.ledger)
    except OSError as error:
        atomic_write.abandon(temporary)
        atomic_write.abandon(previous)
        raise OnePointsError(
            f"Could not save {paths.ledger}: {error.strerror}. The ledger was not changed."
        ) from None
    if keep_previous:
        # The new ledger is in place: a failure now must not be reported as
        # "not changed". It only leaves the backup one version older.
        try:
            os.replace(previous, paths.backup)
        except OSError:
            atomic_write.abandon(previous)
    atomic_write.fsync_folder(paths.data_dir)


def _link_or_copy(source: Path, target: Path) -> None:
    """`target` becomes the same file as `source`: a hard link where the disk allows."""
    atomic_write.abandon(target)
    try:
        os.link(source, target)
    except OSError:
        import shutil

        shutil.copy2(source, target)


def _write_cache(
    paths: Paths, ledger_bytes: bytes, ledger: Ledger, settings: Settings, tables: dict[str, Any] | None
) -> None:
    config_bytes = _read_optional(paths.config)
    key = cache.cache_key(ledger_bytes, config_bytes)
    try:
        atomic_write.write_file(
            paths.cache, cache.encode(key, ledger, settings, tables), prefix=".ledger.", new_mode=0o600
        )
    except OnePointsError:
        atomic_write.abandon(paths.cache)  # the cache is only an optimisation; a stale one must go


@contextmanager
def _locked(paths: Paths) -> Iterator[None]:
    """An exclusive lock on ledger.lock for the whole read-modify-write."""
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        handle = open(paths.lock, "a+b")
    except OSError as error:
        raise OnePointsError(f"Cannot write in {paths.data_dir}: {error.strerror}.") from None
    try:
        _lock_file(handle)
        _remove_stale_temporaries(paths.data_dir)
        from .history_store import folder_of, remove_temporaries

        remove_temporaries(folder_of(paths.data_dir))
        yield
    finally:
        handle.close()  # closing releases the lock, also when the process is killed


def _remove_stale_temporaries(folder: Path) -> None:
    """Temporary files a killed writer left: .ledger.XXXXXXXX.tmp (mkstemp's
    names, the cache's too) and .ledger.bak.tmp.

    They are only ever made under the lock, so the one holding it knows any
    it finds belongs to a writer that died: nothing else would remove them.
    """
    import re

    ours = re.compile(r"\.ledger\.(?:[a-z0-9_]{8}|bak)\.tmp")
    try:
        names = [entry.name for entry in os.scandir(folder)]
    except OSError:
        return
    for name in names:
        if ours.fullmatch(name):
            atomic_write.abandon(folder / name)


def _lock_file(handle) -> None:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        handle.seek(0)
        while True:
            try:
                msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
                return
            except OSError:
                continue
    fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
