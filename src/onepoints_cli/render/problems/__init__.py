"""Every domain problem in words: the one place a OnePointsError becomes text.

`word(error)` gives the message a user reads on stderr. A domain problem
(domain/**/problems.py) carries values only; each feature's words are in a
module of this package (storage and app raise domain problems too; the
architecture test holds them to it). Any other OnePointsError (the CLI's own)
is shown as it was raised.
"""

from collections.abc import Callable

from ...errors import OnePointsError
from . import badges, bundle, exams, files, general, ledger, scan, spreadsheet

Words = Callable[[OnePointsError], str]

#: Each feature's words: (problem, word) -> its message, or None if not its problem.
_FEATURES: tuple[Callable[[OnePointsError, Words], str | None], ...] = (
    general.word,
    files.word,
    ledger.word,
    exams.word,
    bundle.word,
    spreadsheet.word,
    badges.word,
    scan.word,
)


def word(error: OnePointsError) -> str:
    """The message for `error`, as the user reads it."""
    for feature in _FEATURES:
        message = feature(error, word)
        if message is not None:
            return message
    return str(error)
