"""What a data folder holds, to check that a command changed nothing."""

from __future__ import annotations

from pathlib import Path


def every_file(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` (the history's too), by its path inside it; {} when it is missing."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
