"""Looking for files by fingerprint under folders the user names.

Sizes first: a folder is walked with os.scandir, and only a regular file
whose size is one of the sizes looked for is read (once, to hash it). On a
folder of unrelated files nearly nothing is read but directory entries.

Symbolic links are never followed, neither to files nor to folders, so a
search cannot leave the folders it was given; the file a link points to is
found under its own name if it is inside them. A folder that cannot be read
is skipped and named in the notes.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from ..domain.file_problems import CannotSearch, SearchNotFolder, SkippedFolder
from ..errors import OnePointsError
from .evidence_files import file_sha256


class Found(NamedTuple):
    path: str  # absolute, with the searched folder's own links resolved
    size: int
    sha256: str


class SearchResult(NamedTuple):
    found: list[Found]  # in a stable order: sorted by path
    notes: list[OnePointsError]  # folders skipped, files that could not be read
    files_seen: int  # regular files walked past
    files_hashed: int


def find_by_size(roots: Iterable[str], sizes: set[int]) -> SearchResult:
    """Every regular file under roots whose size is in sizes, with its sha256."""
    notes: list[OnePointsError] = []
    candidates: list[tuple[str, int]] = []
    seen_folders: set[tuple[int, int]] = set()
    files_seen = 0
    for root in roots:
        start = _search_root(root)
        stack = [start]
        while stack:
            folder = stack.pop()
            try:
                info = os.stat(folder, follow_symlinks=False)
                if (info.st_dev, info.st_ino) in seen_folders:
                    continue  # given twice, or inside another root given
                seen_folders.add((info.st_dev, info.st_ino))
                with os.scandir(folder) as entries:
                    for entry in entries:
                        if entry.is_dir(follow_symlinks=False):
                            stack.append(entry.path)
                        elif entry.is_file(follow_symlinks=False):
                            files_seen += 1
                            size = entry.stat(follow_symlinks=False).st_size
                            if size in sizes:
                                candidates.append((entry.path, size))
            except OSError as error:
                notes.append(SkippedFolder(folder, str(error.strerror or error)))
    candidates.sort()
    found = []
    for path, size in candidates:
        hashed = _hash_regular(path, size, notes)
        if hashed is not None:
            found.append(Found(path, size, hashed))
    return SearchResult(found, notes, files_seen, len(candidates))


def _search_root(root: str) -> str:
    path = Path(root).expanduser()
    try:
        info = path.stat()
    except OSError as error:
        raise CannotSearch(root, str(error.strerror or error)) from None
    if not stat.S_ISDIR(info.st_mode):
        raise SearchNotFolder(root)
    return str(path.resolve())  # the root itself may be a link (e.g. ~/Documents to another disk)


def _hash_regular(path: str, size: int, notes: list[OnePointsError]) -> str | None:
    try:
        digest, read = file_sha256(Path(path))
    except OnePointsError as error:
        notes.append(error)
        return None
    return digest if read == size else None  # changed while we looked: not a reliable find
