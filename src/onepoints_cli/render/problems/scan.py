"""The words for scan's problems (`add --from FILE`)."""

from collections.abc import Callable

from ...domain.scan.problems import FieldNotInFile, FromFileUnread
from ...errors import OnePointsError
from ..scan_words import asks_for_option, note_text, reason_text


def word(problem: OnePointsError, words: Callable[[OnePointsError], str]) -> str | None:
    match problem:
        case FromFileUnread():
            return f"--from {problem.path}: {reason_text(problem.reason)}. Give the fields with --date, --kind, --hours."
        case FieldNotInFile():
            advice = "" if asks_for_option(problem.note) else f" Give --{problem.name}."
            return f"--from {problem.path}: {note_text(problem.note) or f'no {problem.name}'}.{advice}"
    return None
