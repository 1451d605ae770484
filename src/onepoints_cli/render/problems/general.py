"""The words for problems with values typed or read: dates, amounts, text, kinds."""

from collections.abc import Callable

from ...domain.problems import (
    AsUsage,
    BadAmount,
    BadDate,
    DateOutOfRange,
    EmptyText,
    EndBeforeStart,
    UnknownKind,
    UnstorableText,
)
from ...domain.rules import AMOUNT_DECIMAL_PLACES, EARLIEST_DATE, LATEST_DATE, MAX_AMOUNT
from ...errors import OnePointsError

AMOUNT_FAULTS = {
    "not_finite": "must be a finite number",
    "not_positive": "must be greater than 0",
    "too_large": f"must be at most {MAX_AMOUNT}",
    "too_precise": f"may have at most {AMOUNT_DECIMAL_PLACES} decimal places",
}


#: A field's name as a sentence says it, where the two differ.
FIELD_WORDS = {"cert_name": "certification name"}


def out_of_range(day: object) -> str:
    return f"{day} is out of range: use a date from {EARLIEST_DATE} to {LATEST_DATE}"


def word(problem: OnePointsError, words: Callable[[OnePointsError], str]) -> str | None:
    match problem:
        case AsUsage():
            return words(problem.problem)
        case BadDate():
            return f"{problem.what} {problem.text!r} is not a valid date: use YYYY-MM-DD, for example 2025-03-31."
        case DateOutOfRange():
            return f"{problem.what} {out_of_range(problem.day)}."
        case BadAmount(fault="not_a_number"):
            return f"{problem.what} {problem.text!r} is not a number."
        case BadAmount():
            return f"{problem.what} {problem.text!r} {AMOUNT_FAULTS[problem.fault]}."
        case EmptyText():
            return f"The {FIELD_WORDS.get(problem.what, problem.what)} must not be empty."
        case UnstorableText():
            return (
                f"The {FIELD_WORDS.get(problem.what, problem.what)} {problem.text!r} is not valid text: it holds {problem.bad!r}, a byte that "
                "is not UTF-8 (often from a file name in a zip made on Windows). Type it again."
            )
        case UnknownKind():
            return (
                f"Unknown kind {problem.text!r}. Known kinds: {', '.join(problem.known)}. "
                "(See `onepoints kinds`.)"
            )
        case EndBeforeStart():
            return f"--to ({problem.end}) is before --from ({problem.start}): give a later --to."
    return None
