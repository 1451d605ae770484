"""The words for why an exam's next attempt waits, and for what logging one warns about.

domain/exams/schedule.py and records.py find the rules that hold (values);
these are the sentences `exam next`, `exam log` and their --json show.
"""

from __future__ import annotations

from ..domain.exams.records import AttemptWarning, EarlierResultPending, EarlierThanAllowed
from ..domain.exams.schedule import (
    AttemptLimitWait,
    BetaTaken,
    FailedAttemptWait,
    OneADayWait,
    PassedWait,
    PendingResult,
    Reason,
)
from ..domain.rules import ATTEMPT_PERIOD_MONTHS, MAX_ATTEMPTS_PER_PERIOD, RETAKE_AFTER_PASS_MONTHS


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th ... 11th, 12th, 13th ... 21st."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def reason_text(reason: Reason) -> str:
    """One reason of an exam outlook, in the words of `exam next`."""
    match reason:
        case FailedAttemptWait(until, number, day, days, pending):
            between = "before the second attempt" if number == 1 else "between further attempts"
            if pending:
                return (
                    f"if the {ordinal(number)} attempt, on {day}, failed: "
                    f"{days} days {between} (until {until} at the soonest)"
                )
            return f"{ordinal(number)} failed attempt on {day}: {days} days {between} (until {until})"
        case PassedWait(until, day, beta):
            what = "beta passed" if beta else "passed"
            return (
                f"{what} on {day}: a passed exam may be retaken after "
                f"{RETAKE_AFTER_PASS_MONTHS} months (until {until})"
            )
        case AttemptLimitWait(until, first, last):
            return (
                f"{MAX_ATTEMPTS_PER_PERIOD} attempts from {first} to {last}: "
                f"at most {MAX_ATTEMPTS_PER_PERIOD} in any {ATTEMPT_PERIOD_MONTHS} months (until {until})"
            )
        case OneADayWait(until, day):
            return f"attempt recorded on {day}: the next one comes after it (until {until})"
        case PendingResult(day, first, last, overdue):
            late = "; overdue: check CM Connect" if overdue else ""
            return f"result of the attempt on {day} pending (expected between {first} and {last}{late})"
        case BetaTaken(day):
            return (
                f"beta taken on {day}: a beta is taken once only; the next attempt "
                "is the production exam, once it is generally available"
            )


def warning_text(warning: AttemptWarning) -> str:
    """What `exam log` warns about: an attempt the rules did not allow, an earlier result unset."""
    match warning:
        case EarlierThanAllowed(exam, day, until, waits):
            why = "; ".join(reason_text(w) for w in waits)
            return f"The {exam} attempt on {day} is earlier than the rules allow: not before {until} ({why})."
        case EarlierResultPending(exam, day, new_day):
            return (
                f"The {exam} attempt on {day} still has no result: set it, so that the "
                f"attempt on {new_day} can be checked against the rules."
            )
