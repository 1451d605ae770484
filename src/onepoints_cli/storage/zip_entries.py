"""The zip's entries: the same headers for every file (so the same input gives the
same bytes), and the names checked once more before anything is written."""

from __future__ import annotations

import stat
import unicodedata
import zipfile

from ..domain.bundle_members import Member, clash_key
from .zip_deflate import DEFLATE_LEVEL

#: Timestamp of every entry: the earliest a zip can record.
ZIP_DATE_TIME = (1980, 1, 1, 0, 0, 0)

#: Unix mode of every entry, in the high 16 bits: a regular file, rw-r--r--.
#: (With the file-type bits unset, `unzip -Z` shows "?rw-r--r--".)
ZIP_EXTERNAL_ATTR = (stat.S_IFREG | 0o644) << 16

#: "Made by" system of every entry: 3 = Unix (what gives the permissions meaning).
ZIP_CREATE_SYSTEM = 3


def _zipinfo(arcname: str, size: int, deflate: bool) -> zipfile.ZipInfo:
    zinfo = zipfile.ZipInfo(arcname, date_time=ZIP_DATE_TIME)
    zinfo.create_system = ZIP_CREATE_SYSTEM
    zinfo.external_attr = ZIP_EXTERNAL_ATTR
    if not deflate:
        zinfo.compress_type = zipfile.ZIP_STORED
    else:
        zinfo.compress_type = zipfile.ZIP_DEFLATED
        if hasattr(zipfile.ZipInfo, "compress_level"):  # Python 3.13+
            zinfo.compress_level = DEFLATE_LEVEL
        else:
            zinfo._compresslevel = DEFLATE_LEVEL
    # The expected size lets zipfile size the header: zip64 only when needed.
    zinfo.file_size = size
    return zinfo


def _needs_zip64(size: int) -> bool:
    # Same margin as zipfile's own guess: deflate can grow incompressible data.
    return size * 1.05 > zipfile.ZIP64_LIMIT


def _check_arcnames(members: list[Member]) -> None:
    """Refuse unsafe or clashing arcnames: a bug in the caller, not the user's doing."""
    seen: set[str] = set()
    for member in members:
        name = member.arcname
        if not isinstance(name, str) or not name:
            raise ValueError(f"empty or non-text arcname: {name!r}")
        if (
            name.startswith("/")
            or "\\" in name
            or "\0" in name
            or any(part in ("", ".", "..") for part in name.split("/"))
            or any(unicodedata.category(c) == "Cs" for c in name)
        ):
            raise ValueError(f"unsafe arcname: {name!r}")
        key = clash_key(name)
        if key in seen:
            raise ValueError(f"arcname clashes with an earlier one (ignoring case): {name!r}")
        seen.add(key)
