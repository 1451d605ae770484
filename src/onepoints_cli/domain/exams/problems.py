"""What recording an exam attempt can run into, as values (render/problems words them)."""

from datetime import date

from ..problems import Problem, UsageProblem


class UnknownResult(UsageProblem):
    """A result that is not one of `allowed` (a usage problem: exit 2)."""

    result: str
    allowed: tuple[str, ...]


class EmptyExamName(UsageProblem):
    """The exam name is blank (a usage problem: exit 2)."""


class ResultAlreadySet(Problem):
    exam: str
    day: date
    result: str


class NoSuchAttempt(Problem):
    exam: str
    day: date
    recorded: tuple[date, ...]


class SameDayAttempt(Problem):
    """One attempt of an exam a day."""

    exam: str
    day: date


class SecondBeta(Problem):
    """The beta of `exam` was taken on `taken`: a beta is taken once."""

    exam: str
    taken: date
