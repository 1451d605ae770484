"""The files a merge reads and moves: the other copy of the ledger, the saved
versions it is merged against, and the copy's new name once it is merged in."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from ..domain.file_problems import MergedCopyNotMoved, MergeOfLedgerItself, MergeOfOwnFile
from ..domain.models import Ledger, Settings
from ..domain.rules import MAX_DATA_FILE_BYTES
from ..errors import OnePointsError
from .ledger import history_files as history_store
from .ledger.file_problems import refuse_unknown_kinds
from .ledger.history_files import Entry
from .ledger.store import parse_ledger
from .paths import Paths
from .regular_files import read_regular_file


class SavedVersion(NamedTuple):
    entry: Entry
    ledger: Ledger


def locate(given: Path, paths: Paths) -> Path:
    """The file named: as given, or, for a bare name that is not in the working folder,
    the one beside ledger.toml (as the warning names it), or beside the file a symbolic
    ledger.toml points to (in the sync folder, where the service leaves its copies)."""
    if given.exists() or given.name != str(given):
        return given
    for folder in (paths.data_dir, Path(os.path.realpath(paths.ledger)).parent):
        if (folder / given).exists():
            return folder / given
    return given


def read_copy(path: Path, paths: Paths, settings: Settings) -> tuple[bytes, Ledger]:
    """The copy's bytes and records. A copy that is empty, broken or unreadable is
    an error (it may hold the only record of the other computer's work), never "no data"."""
    if _same_file(path, paths.ledger):
        raise MergeOfLedgerItself(str(path))
    own = (paths.backup, paths.lock, paths.cache, paths.config)
    history = history_store.folder_of(paths.data_dir)
    if any(_same_file(path, p) for p in own) or _inside(path, history):
        # A merge renames the file it brought in; these are never renamed
        # (`onepoints undo --to VERSION` brings back a saved version).
        raise MergeOfOwnFile(str(path))
    data = read_regular_file(path, MAX_DATA_FILE_BYTES, "ledger")
    ledger = parse_ledger(data, paths, source=path)
    refuse_unknown_kinds(ledger, settings, path)
    return data, ledger


def saved_versions(paths: Paths, current: bytes | None) -> list[SavedVersion]:
    """Every version in the history that still reads, oldest first (read-only).

    Of versions with the same text (an undo repeats one) only the oldest: it is a
    candidate whenever a newer one is, and the base's choice prefers it."""
    folder = history_store.folder_of(paths.data_dir)
    found, seen = [], set()
    for entry in history_store.entries(folder, current):
        if entry.ledger in seen:
            continue
        seen.add(entry.ledger)
        if entry.ledger is None:
            found.append(SavedVersion(entry, Ledger()))
            continue
        try:
            found.append(SavedVersion(entry, parse_ledger(entry.ledger.encode("utf-8"), paths)))
        except OnePointsError:
            continue  # a version that no longer reads cannot be a base
    return found


def move_aside(path: Path, day: str) -> Path:
    """Rename the merged copy to NAME.merged-YYYYMMDD (-2, -3 ... when taken) beside
    itself: no longer a conflict copy, never deleted."""
    for number in range(1, 1000):
        target = path.with_name(f"{path.name}.merged-{day}" + (f"-{number}" if number > 1 else ""))
        if os.path.lexists(target):
            continue
        try:
            os.rename(path, target)
        except OSError as error:
            raise MergedCopyNotMoved(str(path), error.strerror) from None
        return target
    raise MergedCopyNotMoved(str(path))


def _inside(path: Path, folder: Path) -> bool:
    try:
        return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(folder))
    except (OSError, ValueError):
        return False


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False
