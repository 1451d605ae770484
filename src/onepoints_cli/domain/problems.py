"""Domain problems: what went wrong, as values. render/problems words them.

Each problem is an exception class (a OnePointsError, so the one error path and
its exit codes hold) carrying the values a message needs: numbers, ids, dates,
the source a file was read from. No sentence lives here: the domain holds rules
and values, render holds every word (issue 19).
"""

from dataclasses import dataclass, fields
from datetime import date
from typing import Literal

from ..errors import OnePointsError, UsageError


class Problem(OnePointsError):
    """Base of every domain problem. Subclasses are dataclasses of their values.

    str() gives the class and its values, for logs and tracebacks; a user only
    ever sees render.problems.word(problem)."""

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, f.name) for f in fields(self))  # type: ignore[arg-type]

    def __str__(self) -> str:
        names = (f.name for f in fields(self))  # type: ignore[arg-type]
        values = ", ".join(f"{name}={value!r}" for name, value in zip(names, self._values(), strict=True))
        return f"{type(self).__name__}({values})"

    # The same problem with the same values is equal (what the tests compare); hashed
    # by its type alone, as its values may be lists.
    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and isinstance(other, Problem) and other._values() == self._values()

    def __hash__(self) -> int:
        return hash(type(self))


class UsageProblem(UsageError, Problem):
    """A domain problem that is a usage problem: the command line is wrong (exit 2)."""


@dataclass(eq=False)
class AsUsage(UsageProblem):
    """Another problem, met while reading the command line: exit 2, worded as `problem`."""

    problem: OnePointsError


@dataclass(eq=False)
class BadDate(Problem):
    """A date given as text: `what` names it ("--as-of", "the date")."""

    what: str
    text: str


@dataclass(eq=False)
class DateOutOfRange(Problem):
    """A date outside the years a ledger holds: see dates.date_problem."""

    what: str
    day: date


AmountFault = Literal["not_a_number", "not_finite", "not_positive", "too_large", "too_precise"]


@dataclass(eq=False)
class BadAmount(Problem):
    """Points or hours typed as `text` that are not a valid amount, and why."""

    what: str
    text: str
    fault: AmountFault


@dataclass(eq=False)
class EmptyText(Problem):
    """A title or name that is empty once trimmed: `what` is its field ("title",
    "cert_name"; render/problems/general.py names it)."""

    what: str


@dataclass(eq=False)
class UnstorableText(Problem):
    """Text holding `bad`, a character UTF-8 cannot store (a lone surrogate)."""

    what: str
    text: str
    bad: str


@dataclass(eq=False)
class UnknownKind(Problem):
    """No kind has `text` as its id or name; `known` are the kind ids."""

    text: str
    known: tuple[str, ...]


@dataclass(eq=False)
class EndBeforeStart(Problem):
    """A timeline asked to end (--to) before it starts (--from)."""

    start: date
    end: date
