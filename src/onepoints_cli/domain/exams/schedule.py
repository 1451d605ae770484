"""Exam attempts: when the next one may be taken, and when a result is due.

Pure rules: no I/O and no clock. The day a question is asked about is always
a parameter (`as_of`). Source: OneStream's "After Testing" page, sections
"Retaking an Exam" and "Delayed Scoring" (../shared/seeds/000_f7069f3ea3925596.txt);
every number comes from rules.py.

How onepoints reads the policy (each choice is tested in tests/domain/exams/test_schedule.py):

- Days, not hours. Attempts are recorded by date only, so "3 days (72 hours)"
  after an attempt on day D means the next attempt is allowed on D + 3; the
  14-day wait likewise ends on D + 14. The test centre enforces the hours.
- One exam at a time. Names are matched ignoring case and extra spaces
  ("os-201 " is "OS-201"); results keep the spelling recorded first. Every
  limit (waits, 4 attempts in 12 months, 20 months after a pass) is counted
  per exam: the policy states them under "Retaking an Exam".
- Failed-attempt waits. A failed production attempt that is the exam's first
  production attempt ends in a 3-day wait; any later failed one in a 14-day
  wait. The count runs over the whole history, a pass included, so a retake
  that fails 20 months after a pass waits 14 days: the longer reading, so
  onepoints never names a day the test centre would refuse.
- 4 attempts in any 12 months. An attempt on day A counts in the period
  ending on day T when A <= T < add_months(A, 12). With 4 or more attempts
  the next one is allowed on add_months(oldest of the last four, 12). Every
  attempt counts: beta, pending and passed ones too.
- 20 months after a pass: allowed on add_months(latest pass, 20), clamped at
  month ends (passed 2024-06-30 -> 2026-02-28). A passed beta is a pass.
- Beta. A beta is taken once: `record_attempt` refuses a second beta of the
  same exam. A beta starts no failed-attempt wait (what follows it is the
  production exam, once generally available, a release date no ledger
  knows) and is not counted as the first attempt; it does count towards the
  4-in-12 limit. While a beta is the latest attempt, a reason says so, but
  it never blocks a production attempt.
- One attempt a day. The next attempt comes after the latest recorded one
  (a second attempt on the same day is a duplicate). Only a beta leaves this
  as the binding wait; every production attempt waits longer anyway.
- Pending results. While any attempt of the exam awaits its result, `allowed`
  is False: the result decides what the next step is and how long it waits.
  `earliest` does take a pending production attempt into account, as if it
  had failed: a fail gives the shortest wait it can lead to (3 or 14 days
  against 20 months for a pass), so `earliest` stays a true lower bound and
  never names a day the pending attempt already rules out (the attempt day
  itself, for one). When the result arrives `earliest` can only move later.
- Results are due 2 to 3 business days after the attempt: Monday to Friday,
  no holidays (the policy names none). An attempt on a Saturday or Sunday
  counts from the Monday after.
- Fee. The policy gives one fee, for a retake: $300 "regardless of the number
  of exam attempts". `fee_usd` is that fee whenever an attempt of the exam is
  already recorded (the policy calls the production attempt after a beta a
  retake too) and None before a first attempt, whose price is set per exam
  and is not in onepoints' sources.
- `as_of` in the past. Every recorded attempt counts, even one dated after
  `as_of`: the next attempt follows all of them.
- Logging the past. `record_attempt` refuses what cannot have happened (a
  second attempt on the same day, a second beta) and only warns about an
  attempt the rules would not have allowed: the ledger records what did
  happen, a rule may have changed since, and a wrong date is for the user to
  spot. The warnings name the earliest allowed day and why.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple, TypeAlias

from ..dates import add_months
from ..models import ExamAttempt
from ..rules import (
    ATTEMPT_PERIOD_MONTHS,
    MAX_ATTEMPTS_PER_PERIOD,
    RESULT_MAX_BUSINESS_DAYS,
    RESULT_MIN_BUSINESS_DAYS,
    RETAKE_AFTER_PASS_MONTHS,
    RETAKE_FEE_USD,
    WAIT_AFTER_FIRST_FAIL_DAYS,
    WAIT_AFTER_LATER_FAIL_DAYS,
)

RESULTS = ("pass", "fail", "pending")
FINAL_RESULTS = ("pass", "fail")

_SATURDAY = 5  # date.weekday(): Monday is 0


@dataclass(frozen=True, slots=True)
class ExamOutlook:
    """Where the next attempt of one exam stands on `as_of`."""

    exam: str
    as_of: date
    #: May the next attempt be taken on `as_of`: no wait runs and no result is pending.
    allowed: bool
    #: The first day the rules allow the next attempt: `as_of` when no wait
    #: runs, else the end of the longest one. With a result pending it is a
    #: lower bound (the pending attempt counted as failed).
    earliest: date
    #: Why (render/exam_reasons.py words them): pending results first, then each wait
    #: still running on `as_of`, longest first (so the first wait sets `earliest`), then notes.
    reasons: tuple[Reason, ...]
    #: Attempts A with A <= as_of < add_months(A, 12).
    attempts_in_last_12_months: int
    #: The retake fee once an attempt is recorded; None before a first attempt.
    fee_usd: int | None
    #: For each pending attempt: (attempt day, earliest and latest expected result).
    pending: tuple[tuple[date, date, date], ...]


# --- Why the next attempt waits (each until `until`, the first day allowed): values,
# worded by render/exam_reasons.py.


class FailedAttemptWait(NamedTuple):
    """The wait after the `number`th production attempt, on `day`, failed (or,
    `pending`, would have failed): `days` days."""

    until: date
    number: int
    day: date
    days: int
    pending: bool


class PassedWait(NamedTuple):
    """A passed exam (a beta if `beta`) on `day` waits RETAKE_AFTER_PASS_MONTHS."""

    until: date
    day: date
    beta: bool


class AttemptLimitWait(NamedTuple):
    """MAX_ATTEMPTS_PER_PERIOD attempts from `first` to `last`."""

    until: date
    first: date
    last: date


class OneADayWait(NamedTuple):
    """An attempt on `day`: the next one comes after it."""

    until: date
    day: date


Wait: TypeAlias = FailedAttemptWait | PassedWait | AttemptLimitWait | OneADayWait


class PendingResult(NamedTuple):
    """The attempt on `day` awaits its result, due `first` to `last` (`overdue`: past it)."""

    day: date
    first: date
    last: date
    overdue: bool


class BetaTaken(NamedTuple):
    """The latest attempt was a beta, taken on `day`: the next is the production exam."""

    day: date


Reason: TypeAlias = PendingResult | Wait | BetaTaken


# --- Business days ----------------------------------------------------------


def add_business_days(day: date, count: int) -> date:
    """The `count`th weekday after `day` (Saturdays and Sundays skipped, no holidays)."""
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < _SATURDAY:
            count -= 1
    return day


def expected_result_dates(attempt_day: date) -> tuple[date, date]:
    """The first and last day a result is expected: 2 and 3 business days later."""
    return (
        add_business_days(attempt_day, RESULT_MIN_BUSINESS_DAYS),
        add_business_days(attempt_day, RESULT_MAX_BUSINESS_DAYS),
    )


# --- The next attempt ----------------------------------------------------------


#: Ignored in exam names: OS-201, os201 and "OS 201" are one exam.
_EXAM_NAME_NOISE = str.maketrans("", "", "-\u2010\u2011\u2012\u2013\u2014_")


def exam_key(name: str) -> str:
    """What two spellings of one exam have in common: case, spaces and hyphens ignored."""
    return "".join(name.split()).translate(_EXAM_NAME_NOISE).casefold()


def attempts_of(attempts: Iterable[ExamAttempt], exam: str) -> list[ExamAttempt]:
    """The attempts of one exam, oldest first."""
    key = exam_key(exam)
    return sorted((a for a in attempts if exam_key(a.exam) == key), key=lambda a: a.date)


def next_attempt(attempts: Sequence[ExamAttempt], exam: str, as_of: date) -> ExamOutlook:
    """When the next attempt of `exam` may be taken, seen on `as_of`.

    `attempts` may hold every exam of the ledger; only `exam` is looked at.
    """
    history = attempts_of(attempts, exam)
    waits = retake_waits(history)
    earliest = max([as_of, *(w.until for w in waits)])
    running = sorted((w for w in waits if w.until > as_of), key=lambda w: w.until, reverse=True)
    pending = tuple((a.date, *expected_result_dates(a.date)) for a in history if a.result == "pending")
    reasons = (
        *(_pending_reason(*p, as_of) for p in pending),
        *running,
        *_notes(history),
    )
    return ExamOutlook(
        exam=history[0].exam if history else exam,
        as_of=as_of,
        allowed=as_of >= earliest and not pending,
        earliest=earliest,
        reasons=reasons,
        attempts_in_last_12_months=sum(1 for a in history if _counts_in_period(a.date, as_of)),
        # A first attempt's price depends on the exam and is not in the sources.
        fee_usd=RETAKE_FEE_USD if history else None,
        pending=pending,
    )


def retake_waits(history: list[ExamAttempt]) -> list[Wait]:
    """Every rule that puts the next attempt after some day; `history` is oldest first."""
    candidates = [
        *_failed_attempt_waits(history),
        _retake_after_pass_wait(history),
        _attempt_limit_wait(history),
        _one_attempt_a_day_wait(history),
    ]
    return [w for w in candidates if w is not None]


def _failed_attempt_waits(history: list[ExamAttempt]) -> list[Wait]:
    """The 3- or 14-day wait after each failed (or still pending) production attempt.

    Only the latest attempt's wait can matter, but listing them all keeps the
    rule obviously right even for a history that broke it.
    """
    production = [a for a in history if not a.beta]
    waits: list[Wait] = []
    for number, attempt in enumerate(production, start=1):
        if attempt.result == "pass":
            continue
        days = WAIT_AFTER_FIRST_FAIL_DAYS if number == 1 else WAIT_AFTER_LATER_FAIL_DAYS
        until = attempt.date + timedelta(days=days)
        waits.append(FailedAttemptWait(until, number, attempt.date, days, attempt.result != "fail"))
    return waits


def _retake_after_pass_wait(history: list[ExamAttempt]) -> Wait | None:
    passes = [a for a in history if a.result == "pass"]
    if not passes:
        return None
    latest = passes[-1]
    until = add_months(latest.date, RETAKE_AFTER_PASS_MONTHS)
    return PassedWait(until, latest.date, latest.beta)


def _attempt_limit_wait(history: list[ExamAttempt]) -> Wait | None:
    if len(history) < MAX_ATTEMPTS_PER_PERIOD:
        return None
    last = history[-MAX_ATTEMPTS_PER_PERIOD:]
    # The oldest of the last four leaves the period first; older ones already have.
    until = add_months(last[0].date, ATTEMPT_PERIOD_MONTHS)
    return AttemptLimitWait(until, last[0].date, last[-1].date)


def _one_attempt_a_day_wait(history: list[ExamAttempt]) -> Wait | None:
    if not history:
        return None
    latest = history[-1].date
    until = latest + timedelta(days=1)
    return OneADayWait(until, latest)


def _counts_in_period(attempt_day: date, day: date) -> bool:
    """Does an attempt on `attempt_day` count in the 12 months ending on `day`?"""
    return attempt_day <= day < add_months(attempt_day, ATTEMPT_PERIOD_MONTHS)


def _pending_reason(attempt_day: date, first: date, last: date, as_of: date) -> PendingResult:
    return PendingResult(attempt_day, first, last, as_of > last)


def _notes(history: list[ExamAttempt]) -> list[BetaTaken]:
    """What the user should know that holds nothing back."""
    return [BetaTaken(history[-1].date)] if history and history[-1].beta else []
