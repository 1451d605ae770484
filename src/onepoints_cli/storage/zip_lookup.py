"""Whether a built bundle still holds a file: the same size and sha256 inside the zip.

`doctor` asks it for the evidence of a used activity whose file is gone from
disk: the zip that was submitted is then the copy that counts.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from ..errors import OnePointsError
from .regular_files import open_regular

_CHUNK = 1 << 20


def zip_holds(zip_path: Path, size: int, sha256: str) -> bool:
    """True when an entry of the zip has exactly this size and sha256; False when
    the zip is gone, unreadable or damaged, or holds no such entry."""
    try:
        with open_regular(zip_path, "bundle") as stream, zipfile.ZipFile(stream) as archive:
            for info in archive.infolist():
                if info.file_size == size and not info.is_dir() and _sha256(archive, info) == sha256:
                    return True
    except (OnePointsError, OSError, zipfile.BadZipFile, EOFError, RuntimeError, NotImplementedError):
        return False
    return False


def _sha256(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    digest = hashlib.sha256()
    with archive.open(info) as member:
        while chunk := member.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
