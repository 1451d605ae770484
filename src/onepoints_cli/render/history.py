"""Undo, redo and the history list, in words and as JSON."""

from __future__ import annotations

import sys
from typing import Any

from . import jsonout
from .ledger_changes import describe_changes
from .messages import escape, note

#: What the history list says for versions onepoints did not make with a command.
_ACTIONS = {"edit": "(edited by hand)", "start": "(before the history)"}


def print_restored(done, heading: str) -> None:
    """What an undo or redo did, on stderr (it is not data)."""
    lines = []
    if done.undone is None:
        lines.append(f"ledger.toml did not read; it is kept as {done.kept}." if done.kept else "")
        lines.append("Restored the last version onepoints wrote.")
    else:
        lines.append(f"{heading}:")
        lines += [f"  - {line}" for line in describe_changes(done.undone, done.restored)]
    if done.redo_left:
        lines.append("`onepoints redo` goes forward again.")
    lines.append("`onepoints history` lists every version.")
    note(escape("\n".join(line for line in lines if line)))


def _changes(versions: list, index: int) -> list[str]:
    entry, ledger = versions[index]
    if ledger is None:
        return ["this version no longer reads"]
    if index == 0:
        return ["the oldest version kept"]
    before = versions[index - 1].ledger
    if before is None:
        return ["(the version before no longer reads)"]
    return describe_changes(before, ledger)


def history_data(versions: list, on_disk: int | None) -> dict[str, Any]:
    return {
        "current": on_disk,
        "versions": [
            {
                "version": v.entry.version,
                "time": v.entry.time or None,
                "command": v.entry.command or None,
                "action": v.entry.action,
                "restores": v.entry.base if v.entry.action in ("undo", "redo") else None,
                "changes": _changes(versions, i),
            }
            for i, v in enumerate(versions)
        ],
    }


def emit_history_json(versions: list, on_disk: int | None) -> None:
    jsonout.emit(history_data(versions, on_disk))


def print_history(versions: list, on_disk: int | None) -> None:
    """Newest first, one block per version; plain text (it is data, on stdout)."""
    if not versions:
        note("No history yet: every change the commands make will be listed here.")
        return
    if on_disk is None:
        note("ledger.toml was changed by hand since the last version below (the next command saves it too).")
    out = []
    for i in range(len(versions) - 1, -1, -1):
        entry = versions[i].entry
        command = entry.command or _ACTIONS.get(entry.action, "(not recorded)")
        mark = "  (current)" if entry.version == on_disk else ""
        out.append(f"{entry.version}  {entry.time or '-'}  {escape(command)}{mark}")
        out += [f"    {escape(line)}" for line in _changes(versions, i)]
    sys.stdout.write("\n".join(out) + "\n")
