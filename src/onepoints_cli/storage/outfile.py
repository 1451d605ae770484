"""Writing a file the user asked for with --out (an export, a calendar).

The file is written whole or not at all: a temporary file in the same folder,
renamed over the target. An existing file is replaced (exporting again to
the same file is the point), but never the ledger or config themselves.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ..errors import OnePointsError


def write_output(path_text: str, data: bytes, protected: Iterable[Path] = ()) -> Path:
    """Write `data` to the file the user named; returns its absolute path."""
    target = Path(path_text).expanduser().absolute()
    if target.is_dir():
        raise OnePointsError(f"{target} is a folder; give --out a file name.")
    if not target.parent.is_dir():
        raise OnePointsError(f"The folder {target.parent} does not exist.")
    if any(_same_file(target, p) for p in protected):
        raise OnePointsError(f"{target} is onepoints' own file; give --out another file name.")
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except OSError as error:
        raise OnePointsError(f"Could not write {target}: {error.strerror or error}.") from None
    finally:
        try:
            temporary.unlink()
        except OSError:
            pass  # gone already once renamed
    return target


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
