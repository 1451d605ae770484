"""Writing a file the user asked for with --out (an export, a calendar).

The file is written whole or not at all (atomic_write). An existing file is
replaced (exporting again to the same file is the point), but never one of
onepoints' own files (own_files.py).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import OnePointsError
from . import atomic_write
from .own_files import refuse_own_file
from .paths import Paths


def write_output(path_text: str, data: bytes, paths: Paths) -> Path:
    """Write `data` to the file the user named; returns its absolute path."""
    target = Path(path_text).expanduser().absolute()
    if target.is_dir():
        raise OnePointsError(f"{target} is a folder; give --out a file name.")
    if not target.parent.is_dir():
        raise OnePointsError(f"The folder {target.parent} does not exist.")
    refuse_own_file(target, paths)
    if target.is_symlink() or (target.exists() and not target.is_file()):
        # Replacing it would destroy a pipe, a device or a link, not write into it.
        raise OnePointsError(f"{target} is not a regular file; nothing was written. Give --out a file name.")
    atomic_write.write_file(target, data)
    return target
