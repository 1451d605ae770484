"""The words for problems recording exam attempts."""

from collections.abc import Callable

from ...domain.exams.problems import (
    EmptyExamName,
    NoSuchAttempt,
    ResultAlreadySet,
    SameDayAttempt,
    SecondBeta,
    UnknownResult,
)
from ...errors import OnePointsError


def word(problem: OnePointsError, words: Callable[[OnePointsError], str]) -> str | None:
    match problem:
        case UnknownResult():
            return f"Unknown exam result {problem.result!r}: use {' or '.join(problem.allowed)}."
        case EmptyExamName():
            return "The exam name is empty: give the exam's name, for example OS-201."
        case ResultAlreadySet():
            return (
                f"The {problem.exam} attempt on {problem.day} already has its result "
                f"({problem.result}): only a pending result can be set."
            )
        case NoSuchAttempt():
            recorded = ", ".join(str(day) for day in problem.recorded) or "none"
            return f"No {problem.exam} attempt on {problem.day} is recorded (recorded: {recorded})."
        case SameDayAttempt():
            return (
                f"An attempt of {problem.exam} on {problem.day} is already recorded: "
                "one attempt a day. To record its result, set the result of that attempt."
            )
        case SecondBeta():
            return (
                f"The {problem.exam} beta was already taken on {problem.taken} and a beta is "
                "taken once only: record this attempt as the production exam."
            )
    return None
