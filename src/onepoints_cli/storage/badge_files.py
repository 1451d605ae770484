"""Reading a badge file from disk; the parsing itself is pure (domain/badges/)."""

from __future__ import annotations

from pathlib import Path

from ..domain.badges import MAX_FILE_BYTES, BadgeInfo, parse_badge
from .regular_files import read_regular_file


def read_badge(path: Path) -> BadgeInfo:
    """The Open Badges metadata of a PNG, SVG or JSON badge file."""
    return parse_badge(read_regular_file(path, MAX_FILE_BYTES, "badge"), str(path))
