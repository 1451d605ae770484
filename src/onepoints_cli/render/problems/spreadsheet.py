"""The words for spreadsheet problems."""

from collections.abc import Callable

from ...errors import OnePointsError


def word(problem: OnePointsError, words: Callable[[OnePointsError], str]) -> str | None:
    return None
