"""What `doctor` found: a list on stdout, or JSON."""

from __future__ import annotations

import sys

from . import jsonout
from .messages import printable


def emit_doctor_json(problems: list[tuple[int, str, str]], checked: int) -> None:
    jsonout.emit(
        {
            "files_checked": checked,
            "problems": [{"activity": i, "path": p, "problem": what} for i, p, what in problems],
        }
    )


def print_doctor(problems: list[tuple[int, str, str]], checked: int) -> None:
    lines = [f"Checked the ledger and {checked} evidence file{'s' if checked != 1 else ''}."]
    if problems:
        lines.append(f"{len(problems)} problem{'s' if len(problems) != 1 else ''}:")
        lines += [f"  - activity {i}: {printable(path)}: {what}" for i, path, what in problems]
        lines.append("Restore the file, or record its new version with `onepoints attach ID FILE`.")
    else:
        lines.append("Everything is in order.")
    sys.stdout.write("\n".join(lines) + "\n")
