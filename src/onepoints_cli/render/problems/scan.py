"""The words for scan's problems (`add --from FILE`)."""

from collections.abc import Callable

from ...domain.scan.problems import FromFileUnread
from ...errors import OnePointsError
from ..scan_words import reason_text


def word(problem: OnePointsError, words: Callable[[OnePointsError], str]) -> str | None:
    match problem:
        case FromFileUnread():
            return (
                f"--from {problem.path}: {reason_text(problem.reason)}. Give the fields with --date, --kind, --hours."
            )
    return None
