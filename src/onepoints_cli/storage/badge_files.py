"""Reading a badge file from disk; the parsing itself is pure (domain/badges.py)."""

from __future__ import annotations

import stat
from pathlib import Path

from ..domain.badges import MAX_FILE_BYTES, BadgeInfo, parse_badge, too_big
from ..errors import OnePointsError


def read_badge(path: Path) -> BadgeInfo:
    """The Open Badges metadata of a PNG, SVG or JSON badge file."""
    source = str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise OnePointsError(f"{source} is a folder: give the badge file itself.")
        # Not a FIFO or device: reading one could block or never end.
        if not stat.S_ISREG(info.st_mode):
            raise OnePointsError(f"{source} is not a regular file: give the badge file itself.")
        if info.st_size > MAX_FILE_BYTES:
            raise too_big(source)
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise OnePointsError(f"Badge file not found: {source}") from None
    except OSError as error:
        raise OnePointsError(f"Cannot read badge file {source}: {error.strerror}.") from None
    # The file may have grown since stat().
    if len(data) > MAX_FILE_BYTES:
        raise too_big(source)
    return parse_badge(data, source)
