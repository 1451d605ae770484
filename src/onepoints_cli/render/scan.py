"""`onepoints scan`: the proposals as a table, the add lines, the report of skipped files."""

from __future__ import annotations

import shlex
import sys
from datetime import date
from decimal import Decimal
from typing import Any

from ..domain.scan.records import Field, Proposal, Skip
from ..domain.validation import points_text
from . import jsonout
from .confirmations import warning_text
from .messages import note, printable, warning
from .scan_words import note_text, reason_text

_FIELDS = ("title", "date", "hours", "kind")


def add_line(proposal: Proposal, copy: bool | None) -> str:
    """The `onepoints add` command that logs the proposal; placeholders where a
    field is missing. For an activity already logged: `onepoints attach N FILE`."""
    if proposal.logged is not None:
        words = ["onepoints", "attach", str(proposal.logged), proposal.path]
        if copy is not None:
            words.append("--copy" if copy else "--no-copy")
        return " ".join(_quote(word) for word in words)
    words = ["onepoints", "add", proposal.title.value]
    words += ["--date", _value(proposal.date) or "YYYY-MM-DD"]
    words += ["--kind", proposal.kind.value]
    if proposal.points.value is not None:
        words += ["--points", _value(proposal.points) or "POINTS"]
    else:
        words += ["--hours", _value(proposal.hours) or "HOURS"]
    words += ["--evidence", proposal.path]
    if copy is not None:
        words.append("--copy" if copy else "--no-copy")
    return " ".join(_quote(word) for word in words)


def _quote(word: str) -> str:
    """shlex.quote, except for a word with control characters (a file name may
    hold a newline): bash's $'...' form, so that the line stays one line."""
    if word.isprintable():
        return shlex.quote(word)
    escaped = "".join(
        c
        if c.isprintable() and c not in "'\\"
        else f"\\x{ord(c):02x}"
        if ord(c) < 256
        else f"\\u{ord(c):04x}"
        for c in word
    )
    return f"$'{escaped}'"


def _value(field: Field) -> str | None:
    if isinstance(field.value, Decimal):
        return points_text(field.value)
    if isinstance(field.value, date):
        return field.value.isoformat()
    return field.value


def _cell(field: Field) -> str:
    value = _value(field)
    if value is None:
        return "ambiguous" if field.confidence == "ambiguous" else "-"
    return value + ("?" if field.confidence == "guessed" else "")


def proposal_data(number: int, proposal: Proposal, copy: bool | None) -> dict[str, Any]:
    data: dict[str, Any] = {"number": number, "file": proposal.path, "sha256": proposal.sha256}
    for name in _FIELDS:
        field = getattr(proposal, name)
        data[name] = {"value": field.value, "confidence": field.confidence, "note": note_text(field.note)}
    points = proposal.points
    data["points"] = {"value": points.value, "confidence": points.confidence, "note": note_text(points.note)}
    data["logged"] = proposal.logged
    data["complete"] = proposal.complete
    data["notes"] = list(proposal.notes)
    data["add"] = add_line(proposal, copy)
    return data


def emit_json(proposals, skipped: tuple[Skip, ...], copy: bool | None, added=None) -> None:
    data = {
        "proposals": [proposal_data(n, p, copy) for n, p in proposals],
        "skipped": [{"file": s.path, "reason": reason_text(s.reason), "problem": s.problem} for s in skipped],
    }
    if added is not None:
        data["added"] = [
            {"number": n, "id": activity.id, "attached": attached} for n, activity, _, attached in added
        ]
    jsonout.emit(data)


_CAPTION = "? guessed, - missing: check them in the add lines below"


def print_proposals(proposals: list[tuple[int, Proposal]], copy: bool | None) -> None:
    if not proposals:
        return
    rows = [
        [str(n), _cell(p.date), _amount_cell(p), _cell(p.kind), _cell(p.title), printable(p.path)]
        for n, p in proposals
    ]
    from . import table

    table.write(
        ("#", "date", "hours", "kind", "title", "file"), rows, right=("#", "hours"), flex=("file", "title")
    )
    if table.is_terminal():
        sys.stdout.write(table.paint(_CAPTION, "dim", table.colours_on()) + "\n")
    out = sys.stdout
    out.write("\n")
    for number, proposal in proposals:
        out.write(f"# {number}{_doubts(proposal)}\n{add_line(proposal, copy)}\n")


def _amount_cell(proposal: Proposal) -> str:
    """The hours, or the points a document awards ("10 pts")."""
    if proposal.points.value is not None:
        return f"{_cell(proposal.points)} pts"
    return _cell(proposal.hours)


def _doubts(proposal: Proposal) -> str:
    """What to check before running the line, as a shell comment."""
    if proposal.logged is not None:
        return f"  already logged as activity {proposal.logged}: attach the file to it"
    names = [n for n in _FIELDS if n != "hours" or proposal.points.value is None]
    doubts = [
        f"{name} {field.confidence}: {note_text(field.note)}"
        for name in names
        if (field := getattr(proposal, name)).confidence != "found"
    ]
    doubts += proposal.notes
    text = "; ".join(doubts)
    return f"  {''.join(c if c.isprintable() else ' ' for c in text)}" if doubts else ""


def report_skipped(skipped: tuple[Skip, ...], verbose: bool) -> None:
    for skip in skipped:
        if skip.problem:
            warning(f"{printable(skip.path)}: {reason_text(skip.reason)}")
        elif verbose:
            note(f"Skipped {printable(skip.path)}: {reason_text(skip.reason)}")


def report_summary(proposals, skipped: tuple[Skip, ...], verbose: bool) -> None:
    complete = sum(p.complete for _, p in proposals)
    quiet = sum(not s.problem for s in skipped)
    text = f"{len(proposals)} proposal{'s' if len(proposals) != 1 else ''} ({complete} complete)"
    if quiet and not verbose:
        text += f"; {quiet} file{'s' if quiet != 1 else ''} skipped (--verbose says why)"
    note(text + ".")


def report_added(added) -> None:
    for _, activity, warnings, attached in added:
        for each in warnings:
            warning(warning_text(each))
        if attached:
            note(f"Attached to activity {activity.id} ({activity.title}): it was logged already.")
        else:
            note(f"Logged activity {activity.id}: {activity.title}.")
    if added:
        note("`onepoints undo` takes them all back.")
    else:
        note("Nothing added: no proposal has both its date and its hours. Edit and run its add line.")
