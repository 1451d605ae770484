"""The program's own files, which no --out may land on.

Compared by resolved path (symbolic links followed) and by device and inode
(hard links), so no spelling of a path reaches them.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..domain.file_problems import OutIsOwnFile
from .paths import Paths

#: Names in the data folder that onepoints owns (besides the folders below).
_OWN_NAMES = ("ledger.toml", "ledger.toml.bak", "ledger.lock", "ledger.cache.json", "config.toml")
_OWN_FOLDERS = ("history", "evidence", "pending-bundles")


def refuse_own_file(target: Path, paths: Paths) -> None:
    """OutIsOwnFile when writing `target` would replace one of onepoints' own files."""
    if _is_own(target, paths):
        raise OutIsOwnFile(str(target))


def _is_own(target: Path, paths: Paths) -> bool:
    resolved = _resolved(target)
    folders = {_resolved(paths.data_dir), _resolved(paths.config_dir)}
    if resolved.parent in folders and (resolved.name in _OWN_NAMES or resolved.name.startswith("ledger.")):
        return True
    for folder in folders:
        for name in _OWN_FOLDERS:
            if resolved.is_relative_to(folder / name):
                return True
    own = [paths.ledger, paths.backup, paths.lock, paths.cache, paths.config]
    try:
        own += list((paths.data_dir / "history").iterdir())
    except OSError:
        pass
    return any(_same_inode(target, p) for p in own)


def _resolved(path: Path) -> Path:
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return path.absolute()


def _same_inode(a: Path, b: Path) -> bool:
    try:
        one, two = os.stat(a), os.stat(b)
    except (OSError, ValueError):
        return False
    return (one.st_dev, one.st_ino) == (two.st_dev, two.st_ino)
