"""Reading and safely writing the ledger.

Writes are atomic and locked: the new ledger goes to a temporary file in the
same folder, is fsynced, and replaces the old one with os.replace, under an
exclusive lock held for the whole read-modify-write. The previous version
stays as ledger.toml.bak (a hard link to the old file, so it costs no copy).
A ledger that does not parse is never overwritten. Reading never creates or
writes anything.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple, TypeVar

from ..domain.models import Ledger, Settings
from ..errors import OnePointsError
from . import cache
from .paths import Paths

T = TypeVar("T")


class Snapshot(NamedTuple):
    ledger: Ledger
    settings: Settings


def load(paths: Paths) -> Snapshot:
    """The ledger and settings as they are on disk; an absent file is an empty one."""
    ledger_bytes = _read_optional(paths.ledger)
    config_bytes = _read_optional(paths.config)
    key = cache.cache_key(ledger_bytes, config_bytes)
    cached = _read_optional(paths.cache) if ledger_bytes is not None else None
    if cached is not None and (hit := cache.decode(cached, key)):
        return Snapshot(*hit)  # written by a command that checked it against this very config
    return _checked(Snapshot(_parse_ledger(ledger_bytes, paths), load_settings(paths, config_bytes)), paths)


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


def modify(paths: Paths, change: Callable[[Snapshot], tuple[Ledger, T]]) -> T:
    """Apply `change` to the current ledger under the lock and save what it returns."""
    with _locked(paths):
        current = _read_optional(paths.ledger)
        snapshot = _checked(Snapshot(_parse_ledger(current, paths), load_settings(paths)), paths)
        new_ledger, result = change(snapshot)
        if new_ledger != snapshot.ledger:
            _refuse_invalid(new_ledger)
            _save(paths, new_ledger, snapshot.settings, had_previous=current is not None)
        return result


def _refuse_invalid(ledger: Ledger) -> None:
    """Never write a ledger that the next command would refuse to read (e.g. an
    extension moving an expiry past the last date onepoints accepts)."""
    from ..domain.validation import ledger_problems

    problems = list(ledger_problems(ledger))
    if problems:
        shown = "\n".join(f"  - {p}" for p in problems[:5])
        raise OnePointsError(
            f"This change would make the ledger invalid:\n{shown}\nThe ledger was not changed."
        )


def undo(paths: Paths) -> tuple[Ledger, Ledger]:
    """Swap the ledger with its previous version; returns (undone, restored).

    The undone version becomes the new ledger.toml.bak, so a second `undo`
    redoes: nothing the user had is ever dropped by it.
    """
    with _locked(paths):
        backup_bytes = _read_optional(paths.backup)
        if backup_bytes is None:
            raise OnePointsError("Nothing to undo: there is no previous version of the ledger yet.")
        restored = _parse_ledger(backup_bytes, paths, source=paths.backup)
        current_bytes = _read_optional(paths.ledger)
        try:
            undone = _parse_ledger(current_bytes, paths)
        except OnePointsError:
            undone = Ledger()  # a broken current ledger is exactly what undo is for
        _install(paths, backup_bytes, keep_previous=current_bytes is not None)
        _write_cache(paths, backup_bytes, restored, load_settings(paths))
        return undone, restored


def _parse_ledger(data: bytes | None, paths: Paths, source: Path | None = None) -> Ledger:
    if data is None:
        return Ledger()
    from .codec import ledger_from_toml

    return ledger_from_toml(data, source or paths.ledger)


def _read_optional(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise OnePointsError(f"{path} is a folder, not a file.") from None
    except OSError as error:
        raise OnePointsError(f"Cannot read {path}: {error.strerror}.") from None


def _save(paths: Paths, ledger: Ledger, settings: Settings, *, had_previous: bool) -> None:
    from .codec import ledger_to_toml

    data = ledger_to_toml(ledger).encode("utf-8")
    _install(paths, data, keep_previous=had_previous)
    _write_cache(paths, data, ledger, settings)


def _install(paths: Paths, data: bytes, *, keep_previous: bool) -> None:
    """Put `data` in place as the ledger; the replaced file becomes ledger.toml.bak.

    The old file is linked aside before the rename and moved onto .bak after
    it, so a crash at any point leaves a complete ledger.toml.
    """
    temporary = _write_temporary(paths.data_dir, data)
    previous = paths.data_dir / ".ledger.bak.tmp"
    try:
        if keep_previous:
            _link_or_copy(paths.ledger, previous)
        os.replace(temporary, paths.ledger)
    except OSError as error:
        _remove_quietly(temporary)
        _remove_quietly(previous)
        raise OnePointsError(
            f"Could not save {paths.ledger}: {error.strerror}. The ledger was not changed."
        ) from None
    if keep_previous:
        # The new ledger is in place: a failure now must not be reported as
        # "not changed". It only leaves the backup one version older.
        try:
            os.replace(previous, paths.backup)
        except OSError:
            _remove_quietly(previous)
    _fsync_folder(paths.data_dir)


def _write_temporary(folder: Path, data: bytes) -> Path:
    """A fully written, fsynced file in `folder`, ready to be renamed into place."""
    import tempfile

    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=".ledger.", suffix=".tmp")
    except OSError as error:
        raise OnePointsError(
            f"Cannot write in {folder}: {error.strerror}. The ledger was not changed."
        ) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except BaseException as error:
        _remove_quietly(Path(name))
        if isinstance(error, OSError):
            raise OnePointsError(
                f"Could not write the new ledger in {folder}: {error.strerror}. The ledger was not changed."
            ) from None
        raise
    return Path(name)


def _link_or_copy(source: Path, target: Path) -> None:
    """`target` becomes the same file as `source`: a hard link where the disk allows."""
    _remove_quietly(target)
    try:
        os.link(source, target)
    except OSError:
        import shutil

        shutil.copy2(source, target)


def _write_cache(paths: Paths, ledger_bytes: bytes, ledger: Ledger, settings: Settings) -> None:
    config_bytes = _read_optional(paths.config)
    key = cache.cache_key(ledger_bytes, config_bytes)
    try:
        temporary = _write_temporary(paths.data_dir, cache.encode(key, ledger, settings))
    except OnePointsError:
        _remove_quietly(paths.cache)  # the cache is only an optimisation; a stale one must go
        return
    try:
        os.replace(temporary, paths.cache)
    except OSError:
        _remove_quietly(temporary)
        _remove_quietly(paths.cache)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); not possible on Windows, where it is a no-op."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


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
            _remove_quietly(folder / name)


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
