"""What `doctor` found: a list on stdout, or JSON."""

from __future__ import annotations

import sys
from typing import Any

from . import jsonout
from .messages import printable


def emit_doctor_json(
    problems: list[tuple[int, str, str]],
    checked: int,
    search=None,
    fixed: int | None = None,
    conflict_copies: list[dict[str, str]] = (),
) -> None:
    data: dict[str, Any] = {
        "files_checked": checked,
        "problems": [{"activity": i, "path": p, "problem": what} for i, p, what in problems],
        # Sync services' conflict copies of ledger.toml: {"name", "service"} each.
        "conflict_copies": list(conflict_copies),
    }
    if search is not None:  # doctor --search: what was found, and what --fix recorded
        from .evidence import state_data

        data["found"] = [state_data(s) for s in search.states if s.state == "moved"]
        data["files_searched"] = search.files_seen
        data["skipped"] = search.notes
        data["fixed"] = fixed
    jsonout.emit(data)


def print_doctor(
    problems: list[tuple[int, str, str]], checked: int, hints: list[str] = (), conflicts: list[str] = ()
) -> None:
    """`conflicts`: the lines about conflict copies of ledger.toml (render/conflict_copies.py)."""
    lines = [f"Checked the ledger and {checked} evidence file{'s' if checked != 1 else ''}."]
    if problems:
        lines.append(f"{len(problems)} problem{'s' if len(problems) != 1 else ''}:")
        lines += [f"  - activity {i}: {printable(path)}: {what}" for i, path, what in problems]
        lines += hints
    lines += conflicts
    if not problems and not conflicts:
        lines.append("Everything is in order.")
    sys.stdout.write("\n".join(lines) + "\n")
