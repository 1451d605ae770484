"""What to say about conflict copies of ledger.toml that a sync service left.

What a holder does about one: `onepoints merge NAME` brings the copy's changes
in and renames the copy, so the warning stops.
"""

from __future__ import annotations

from pathlib import Path

from ..domain.conflict_copies import ConflictCopy
from .messages import printable


def _named(copies: list[ConflictCopy]) -> str:
    return ", ".join(f"{printable(c.name)} ({c.service})" for c in copies)


def quoted(name: str) -> str:
    """The name as a shell takes it: in double quotes, which bash, zsh, PowerShell and
    cmd.exe all read the same way unless the name holds $ ` " or \\."""
    import shlex

    shown = printable(name)
    return shlex.quote(shown) if any(c in shown for c in '$`"\\') else f'"{shown}"'


def what_to_do(copies: list[ConflictCopy]) -> str:
    each = "" if len(copies) == 1 else " (then the next copy)"
    return (
        f"Run `onepoints merge {quoted(copies[0].name)}`{each} to bring its changes in "
        "(`--dry-run` shows them first); until then nothing logged on the other computer counts here."
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
