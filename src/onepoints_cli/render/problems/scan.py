"""The words for scan's problems (`add --from FILE`)."""

from collections.abc import Callable

from ...domain.scan.problems import (
    FieldNotInFile,
    FileAwardsPoints,
    FromFileUnread,
    NoSuchProposal,
    ProposalIncomplete,
)
from ...errors import OnePointsError
from ..scan_words import asks_for_option, note_text, reason_text


def word(problem: OnePointsError, words: Callable[[OnePointsError], str]) -> str | None:
    match problem:
        case FromFileUnread():
            return f"--from {problem.path}: {reason_text(problem.reason)}. Give the fields with --date, --kind, --hours."
        case FieldNotInFile():
            advice = "" if asks_for_option(problem.note) else f" Give --{problem.name}."
            return f"--from {problem.path}: {note_text(problem.note) or f'no {problem.name}'}.{advice}"
        case FileAwardsPoints():
            return f"--from {problem.path}: the file awards {problem.points} OnePoints: give --points {problem.points}."
        case NoSuchProposal():
            listed = ", ".join(map(str, problem.unknown))
            return (
                f"--only {listed}: no such proposal (this scan made {problem.made};"
                " see `onepoints scan` without --only)."
            )
        case ProposalIncomplete():
            text = f"Proposal {problem.number} ({problem.path}) has no {' and no '.join(problem.missing)}: not added."
            if problem.chosen:
                text += " Nothing was added: edit and run its add line, or leave it out of --only."
            return text
    return None
