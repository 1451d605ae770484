"""What `onepoints merge` says: the changes a conflict copy brings, its conflicts, the outcome."""

from __future__ import annotations

import sys
from decimal import Decimal
from typing import Any, TextIO

from ..domain.ledger_merge import Applied, Conflict, MergePlan
from ..domain.ledger_merge.renumber import Renumbered
from ..domain.validation import points_text
from .ledger_changes import describe_changes, field_changes
from .messages import escape, note, printable

_NOUNS = {
    "certifications": "certification",
    "activities": "activity",
    "bundles": "bundle",
    "extensions": "extension",
    "exams": "exam attempt",
}


def record_name(section: str, key: object) -> str:
    if section == "exams" and isinstance(key, tuple):
        return f"exam attempt {key[0]} on {key[1]}"
    return f"{_NOUNS[section]} {key!r}" if isinstance(key, str) else f"{_NOUNS[section]} {key}"


def changes(plan: MergePlan) -> list[str]:
    """What the merge changes in ledger.toml, apart from the conflicts."""
    if plan.result.merged == plan.ours:
        return []
    return describe_changes(plan.ours, plan.result.merged)


def renumbered_line(item: Renumbered) -> str:
    noun = _NOUNS[item.section]
    return f"{noun} {item.old} of the copy is {noun} {item.new} here (both computers had given {item.old})"


def side_lines(base: Any | None, record: Any | None) -> list[str]:
    """One side of a conflict, as what it did to the shared version."""
    if record is None:
        return ["removed"]
    if base is None:
        shown = [
            f"{name} {_value(v)}"
            for name, v in zip(record._fields, record, strict=True)
            if not (v is None or v is False or v == ())  # the defaults the ledger file leaves out
        ]
        return ["added: " + ", ".join(shown)]
    return field_changes(base, record)


def _value(value: Any) -> str:
    if isinstance(value, Decimal):
        return points_text(value)
    if isinstance(value, tuple):
        return (
            f"{len(value)} file(s)" if value and hasattr(value[0], "sha256") else ", ".join(map(str, value))
        )
    return repr(value) if isinstance(value, str) else str(value)


def conflict_lines(number: int, conflict: Conflict) -> list[str]:
    lines = [f"{number}. {record_name(conflict.section, conflict.key)}"]
    lines += [f"     mine (this computer): {line}" for line in side_lines(conflict.base, conflict.mine)]
    lines += [f"     theirs (the copy):    {line}" for line in side_lines(conflict.base, conflict.theirs)]
    return lines


def base_text(plan: MergePlan) -> str:
    if plan.base is None:
        return "no saved version both share (every record of either side is kept)"
    # Not its time: `onepoints history` has it, and the line stays the same on every run.
    return f"version {plan.base.version} ({plan.base.command})"


def copy_text(plan: MergePlan) -> str:
    service = f" (a {plan.service} conflict copy)" if plan.service else ""
    return f"{plan.copy.name}{service}"


def plan_lines(plan: MergePlan, asking: bool = False) -> list[str]:
    """The --dry-run report, also shown before the holder chooses (`asking`: each
    conflict is then shown with its question, not here)."""
    result = plan.result
    found = changes(plan)
    if not found and not result.conflicts:
        return [f"{copy_text(plan)} holds nothing that ledger.toml lacks."]
    lines = [f"Merging {copy_text(plan)} into ledger.toml, against {base_text(plan)}:"]
    lines += [f"  - {line}" for line in found] or ["  (no change apart from the conflicts)"]
    lines += [f"  - {renumbered_line(r)}" for r in result.renumbered]
    if result.conflicts:
        count = len(result.conflicts)
        lines.append(f"{count} record{'s' if count != 1 else ''} changed on both computers:")
        for number, conflict in enumerate(result.conflicts if not asking else (), 1):
            lines += [f"  {line}" for line in conflict_lines(number, conflict)]
    return [printable(line) for line in lines]


def print_plan(plan: MergePlan, stream: TextIO | None = None, asking: bool = False) -> None:
    """On stdout (the dry run's data), or on stderr before the holder chooses."""
    (stream or sys.stdout).write("".join(line + "\n" for line in plan_lines(plan, asking)))


def plan_data(plan: MergePlan) -> dict[str, Any]:
    result = plan.result
    return {
        "file": str(plan.copy),
        "service": plan.service,
        "base": None
        if plan.base is None
        else {"version": plan.base.version, "time": plan.base.time, "command": plan.base.command},
        "changes": changes(plan),
        "renumbered": [{"record": _NOUNS[r.section], "from": r.old, "to": r.new} for r in result.renumbered],
        "conflicts": [
            {
                "record": record_name(c.section, c.key),
                "mine": side_lines(c.base, c.mine),
                "theirs": side_lines(c.base, c.theirs),
            }
            for c in result.conflicts
        ],
    }


def emit_plan_json(plan: MergePlan, applied: Applied | None = None) -> None:
    from .jsonout import emit

    data = plan_data(plan)
    data["written"] = bool(applied and applied.written)
    if applied is not None:
        data["changes"] = describe_changes(applied.before, applied.after) if applied.written else []
    data["kept_copy_as"] = str(applied.kept_as) if applied else None
    emit(data)


def unsettled_message(plan: MergePlan) -> str:
    count = len(plan.result.conflicts)
    what = "1 record was" if count == 1 else f"{count} records were"
    return (
        f"{what} changed on both computers, and nobody is here to choose. Run again with "
        "--take mine (keep this computer's) or --take theirs (take the copy's), or on a terminal "
        "to choose one by one. Nothing was changed."
    )


def prompt_text(number: int, conflict: Conflict) -> str:
    lines = [printable(line) for line in conflict_lines(number, conflict)]
    return "\n".join(lines) + "\nKeep mine or take theirs?"


def print_applied(applied: Applied) -> None:
    plan = applied.plan
    if applied.written:
        note(f"Merged {copy_text(plan)} into ledger.toml:")
        for line in describe_changes(applied.before, applied.after):
            note(f"  - {line}")
        for item in plan.result.renumbered:
            note(f"  - {renumbered_line(item)}")
        note("`onepoints undo` takes the merge back.")
    elif plan.result.conflicts:
        note(
            f"Kept this computer's side of every conflict with {copy_text(plan)}: ledger.toml stays as it was."
        )
    else:
        note(f"{copy_text(plan)} holds nothing that ledger.toml lacks; nothing was changed.")
    note(f"Kept the copy as {escape(str(applied.kept_as))}: delete it once you are sure.")
