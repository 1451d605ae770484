"""What recording an exam attempt can run into, as values (render/problems words them)."""

from dataclasses import dataclass
from datetime import date

from ..problems import Problem, UsageProblem


@dataclass(eq=False)
class UnknownResult(UsageProblem):
    """A result that is not one of `allowed` (a usage problem: exit 2)."""

    result: str
    allowed: tuple[str, ...]


@dataclass(eq=False)
class EmptyExamName(UsageProblem):
    """The exam name is blank (a usage problem: exit 2)."""


@dataclass(eq=False)
class ResultAlreadySet(Problem):
    exam: str
    day: date
    result: str


@dataclass(eq=False)
class NoSuchAttempt(Problem):
    exam: str
    day: date
    recorded: tuple[date, ...]


@dataclass(eq=False)
class SameDayAttempt(Problem):
    """One attempt of an exam a day."""

    exam: str
    day: date


@dataclass(eq=False)
class SecondBeta(Problem):
    """The beta of `exam` was taken on `taken`: a beta is taken once."""

    exam: str
    taken: date
