"""Evidence records: `evidence list`, what `doctor --search` found, and the advice for each state."""

from __future__ import annotations

import sys
from typing import Any

from . import jsonout
from .messages import printable
from .problems.files import record_check

_FIX_HINTS = {
    "missing": "a file that was moved or renamed is found by `onepoints doctor --search DIR --fix` "
    "(DIR: where it may be, e.g. ~/Documents)",
    "moved": "`onepoints doctor --search DIR --fix` records where it is now",
    "changed": "a file changed on purpose (a corrected certificate) is recorded by "
    "`onepoints evidence replace ID N FILE`",
    "unreadable": "make it readable again, or `onepoints evidence replace ID N FILE`",
}


def state_data(state) -> dict[str, Any]:
    return {
        "activity": state.activity,
        "number": state.number,
        "path": state.evidence.path,
        "size": state.evidence.size,
        "sha256": state.evidence.sha256,
        "state": state.state,
        "problem": None if state.problem is None else record_check(state.problem),
        "used": state.used,
        "kept_in": state.kept_in,
        "found_at": list(state.found_at),
    }


def emit_list_json(activity, states) -> None:
    jsonout.emit({"activity": activity.id, "files": [state_data(s) for s in states]})


def print_list(activity, states) -> None:
    count = len(states)
    lines = [
        f"Activity {activity.id}: {printable(activity.title)} ({count} evidence file{'s' if count != 1 else ''})"
    ]
    if not states:
        lines.append(f"  none yet (onepoints attach {activity.id} FILE)")
    lines += _state_lines(states, numbered=True)
    sys.stdout.write("\n".join(lines) + "\n")


def _state_lines(states, *, numbered: bool) -> list[str]:
    lines = []
    for s in states:
        head = (
            f"  {s.number:>2}  {s.state:<10} "
            if numbered
            else f"  - activity {s.activity}, file {s.number}: "
        )
        detail = "" if s.state in ("ok", "missing", "moved") else f" ({_check_text(s.problem)})"
        if s.state == "kept":
            detail = f" (kept in bundle {s.kept_in}, same sha256)"
        lines.append(f"{head}{printable(s.evidence.path)}{detail}")
        pad = " " * (16 if numbered else 6)
        if s.found_at:
            lines.append(f"{pad}found at {printable(s.found_at[0])}")
        lines += [f"{pad}and at {printable(p)} (same content)" for p in s.found_at[1:]]
    return lines


def advice(states, searched: bool = False, activity_id: int | None = None) -> list[str]:
    """One line per kind of problem among states, naming the command for it.

    With activity_id (one activity's list) the commands name it; otherwise
    ID stands for the activity's id.
    """
    hints = dict(_FIX_HINTS)
    if searched:
        hints["missing"] = "not found in the folders searched: search others with `--search DIR`"
        hints["moved"] = "see below where its content was found"
    kinds = [k for k in hints if any(s.state == k for s in states)]
    lines = [f"For a {kind} file: {hints[kind]}." for kind in kinds]
    if kinds:
        lines.append("A file that is no longer evidence: `onepoints evidence detach ID N`.")
        if activity_id is None:
            lines.append("(ID N: the activity and the file's number in `onepoints evidence list ID`.)")
        else:
            lines = [line.replace(" ID ", f" {activity_id} ") for line in lines]
            lines.append("(N: the file's number above.)")
    return lines


def print_found(report, fixed: int | None) -> None:
    """doctor --search: what was found, and what --fix recorded."""
    moved = [s for s in report.states if s.state == "moved"]
    lines = [
        f"Searched {report.files_seen} file{'s' if report.files_seen != 1 else ''}"
        f" ({report.files_hashed} of a recorded size, read to compare):"
        f" found {len(moved)} of {sum(s.state in ('moved', 'missing') for s in report.states)} missing."
    ]
    lines += _state_lines(moved, numbered=False)
    if any(len(s.found_at) > 1 for s in moved):
        lines.append(
            "Same content at several places: --fix records the first listed; "
            "`onepoints evidence replace ID N FILE` picks another."
        )
    if fixed is not None:
        lines.append(
            f"Recorded the new path of {fixed} file{'s' if fixed != 1 else ''}. `onepoints undo` takes it back."
        )
    elif moved:
        lines.append("Run again with --fix to record the new paths.")
    sys.stdout.write("\n".join(lines) + "\n")


def detached(activity_id: int, number: int, gone, extensions: tuple[int, ...]) -> str:
    """What `evidence detach` did; for a used activity, where the record stays."""
    kept = f" Extension {', '.join(map(str, extensions))} keeps its sha256 on record." if extensions else ""
    return (
        f"Detached file {number} from activity {activity_id}: {printable(gone.path)}.{kept} "
        "The file itself is untouched; `onepoints undo` takes it back."
    )


def _check_text(check) -> str:
    """A state's problem in words ("None" when there is none, as the line always said)."""
    return str(None) if check is None else record_check(check)
