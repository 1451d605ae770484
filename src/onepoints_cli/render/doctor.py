"""What `doctor` found: a list on stdout, or JSON."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from . import jsonout
from .messages import printable
from .problems import word


def emit_doctor_json(
    problems: list[tuple[int, str, str]],
    checked: int,
    report: Any,
    searched: bool,
    fixed: int | None = None,
    conflict_copies: Sequence[dict[str, str]] = (),
) -> None:
    data: dict[str, Any] = {
        "files_checked": checked,
        "problems": [{"activity": i, "path": p, "problem": what} for i, p, what in problems],
        # Lost from disk, used by an accepted extension, and still in its bundle's zip.
        "kept": [
            {"activity": s.activity, "number": s.number, "path": s.evidence.path, "bundle": s.kept_in}
            for s in report.kept
        ],
        # Lost from disk, used by an accepted extension, in no zip: warnings, not problems.
        "used_missing": [
            {"activity": s.activity, "number": s.number, "path": s.evidence.path} for s in report.used_missing
        ],
        # Sync services' conflict copies of ledger.toml: {"name", "service"} each.
        "conflict_copies": list(conflict_copies),
    }
    if searched:  # doctor --search: what was found, and what --fix recorded
        from .evidence import state_data

        data["found"] = [state_data(s) for s in report.states if s.state == "moved"]
        data["files_searched"] = report.files_seen
        data["skipped"] = [word(problem) for problem in report.notes]
        data["fixed"] = fixed
    jsonout.emit(data)


def print_doctor(
    problems: list[tuple[int, str, str]],
    checked: int,
    hints: Sequence[str] = (),
    kept: Sequence[Any] = (),
    conflicts: Sequence[str] = (),
    warned: bool = False,
) -> None:
    """`conflicts`: the lines about conflict copies of ledger.toml (render/conflict_copies.py);
    `warned`: a warning went to stderr (a lost file of an accepted case), so not all is in order."""
    lines = [f"Checked the ledger and {checked} evidence file{'s' if checked != 1 else ''}."]
    if problems:
        lines.append(f"{len(problems)} problem{'s' if len(problems) != 1 else ''}:")
        lines += [f"  - activity {i}: {printable(path)}: {what}" for i, path, what in problems]
        lines += hints
    lines += conflicts
    if not problems and not conflicts:
        lines.append("No problem to fix; read the warning above." if warned else "Everything is in order.")
    if kept:
        lines.append("Gone from disk, kept in the bundle that was submitted (same sha256; nothing to do):")
        lines += [
            f"  - activity {s.activity}, file {s.number}: {printable(s.evidence.path)}: "
            f"kept in bundle {s.kept_in}"
            for s in kept
        ]
    sys.stdout.write("\n".join(lines) + "\n")


def used_file_lost(state: Any, ledger: Any) -> str:
    """The warning for a lost file of a used activity that no bundle zip holds."""
    cases = [str(ext.id) for ext in ledger.extensions if state.activity in ext.activities]
    return (
        f"Activity {state.activity}, file {state.number}: {printable(state.evidence.path)} is missing, "
        f"and no bundle holds it any more. Extension {', '.join(cases)} was accepted with it, so nothing is due; "
        "to keep a copy, restore it from a backup (or find it: `onepoints doctor --search DIR --fix`); "
        f"if it is gone for good, `onepoints evidence detach {state.activity} {state.number}` "
        "(the extension keeps its sha256)."
    )
