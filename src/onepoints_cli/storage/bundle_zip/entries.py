"""The zip's entries: the same headers for the same file (so the same input gives
the same bytes), dated from the file itself, and the names checked once more
before anything is written."""

from __future__ import annotations

import stat
import time
import unicodedata
import zipfile

from ...domain.bundle.members import Member, clash_key

#: The range of dates a zip entry can hold (MS-DOS date and time: 1980 to 2107).
ZIP_EARLIEST = (1980, 1, 1, 0, 0, 0)
ZIP_LATEST = (2107, 12, 31, 23, 59, 58)

#: Unix mode of every entry, in the high 16 bits: a regular file, rw-r--r--.
#: (With the file-type bits unset, `unzip -Z` shows "?rw-r--r--".)
ZIP_EXTERNAL_ATTR = (stat.S_IFREG | 0o644) << 16

#: "Made by" system of every entry: 3 = Unix (what gives the permissions meaning).
ZIP_CREATE_SYSTEM = 3

DateTime = tuple[int, int, int, int, int, int]


def zip_date_time(mtime: float) -> DateTime:
    """A file's modification time as a zip entry's date, in UTC (the same bytes
    whatever the time zone of the machine), clamped to what a zip can hold."""
    if mtime < 315532800:  # 1980-01-01T00:00:00Z
        return ZIP_EARLIEST
    try:
        moment = time.gmtime(mtime)
    except (OverflowError, OSError, ValueError):
        return ZIP_LATEST
    return min(
        ZIP_LATEST,
        (moment.tm_year, moment.tm_mon, moment.tm_mday, moment.tm_hour, moment.tm_min, moment.tm_sec),
    )


def zip_info(arcname: str, size: int, deflate: bool, date_time: DateTime) -> zipfile.ZipInfo:
    """The header of one entry; deflated at zlib's default level (6, as `zip -6`)."""
    info = zipfile.ZipInfo(arcname, date_time=date_time)
    info.create_system = ZIP_CREATE_SYSTEM
    info.external_attr = ZIP_EXTERNAL_ATTR
    info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    # The expected size lets zipfile size the header: zip64 only when needed.
    info.file_size = size
    return info


def needs_zip64(size: int) -> bool:
    # Same margin as zipfile's own guess: deflate can grow incompressible data.
    return size * 1.05 > zipfile.ZIP64_LIMIT


def check_arcnames(members: list[Member]) -> None:
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
