"""What to say about conflict copies of ledger.toml that a sync service left.

Until a merge command exists, what a holder can do today: open the copy beside
ledger.toml, add what only the copy has, then move the copy out of the folder
so the warning stops.
"""

from __future__ import annotations

from pathlib import Path

from ..domain.conflict_copies import ConflictCopy
from .messages import printable


def _named(copies: list[ConflictCopy]) -> str:
    return ", ".join(f"{printable(c.name)} ({c.service})" for c in copies)


def what_to_do(copies: list[ConflictCopy]) -> str:
    one = len(copies) == 1
    return (
        f"Open {'it' if one else 'each'} beside ledger.toml, add what only the copy holds with "
        "`onepoints add` (or `onepoints cert add`, `onepoints extend`), then move the copy out of "
        "the folder; until then nothing logged on the other computer counts here."
    )


def warning_text(copies: list[ConflictCopy], folder: Path) -> str:
    """The one warning a command gives on stderr."""
    one = len(copies) == 1
    return (
        f"{'A conflict copy' if one else f'{len(copies)} conflict copies'} of ledger.toml in "
        f"{printable(str(folder))}: {_named(copies)}. A sync service keeps one when two computers change "
        f"the ledger before it has carried the first change across, so activities logged on the other "
        f"computer may be only in {'it' if one else 'them'}. {what_to_do(copies)}"
    )


def doctor_lines(copies: list[ConflictCopy], folder: Path) -> list[str]:
    """The finding `doctor` lists."""
    if not copies:
        return []
    what = "A conflict copy" if len(copies) == 1 else f"{len(copies)} conflict copies"
    lines = [f"{what} of ledger.toml in {printable(str(folder))}, left by a sync service:"]
    lines += [f"  - {printable(c.name)} ({c.service})" for c in copies]
    lines.append(f"  {what_to_do(copies)}")
    return lines


def doctor_data(copies: list[ConflictCopy]) -> list[dict[str, str]]:
    return [{"name": c.name, "service": c.service} for c in copies]
