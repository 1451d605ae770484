"""Changing the record of exam attempts: log one, set a pending result.

The retake rules the warnings come from are in exams.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import NamedTuple, TypeAlias

from ..models import ExamAttempt, replace
from .problems import (
    EmptyExamName,
    NoSuchAttempt,
    ResultAlreadySet,
    SameDayAttempt,
    SecondBeta,
    UnknownResult,
)
from .schedule import FINAL_RESULTS, RESULTS, Wait, attempts_of, exam_key, retake_waits


class EarlierThanAllowed(NamedTuple):
    """The `exam` attempt on `day` was taken before the rules allowed: not before
    `until`, because of `waits` (each still running on `day`)."""

    exam: str
    day: date
    until: date
    waits: tuple[Wait, ...]


class EarlierResultPending(NamedTuple):
    """The `exam` attempt on `day` has no result yet, so the attempt on `new_day`
    cannot be checked against the rules."""

    exam: str
    day: date
    new_day: date


#: What logging an attempt warns about (render/exam_reasons.py words it).
AttemptWarning: TypeAlias = EarlierThanAllowed | EarlierResultPending

# --- Changing the record ---------------------------------------------------------


def record_attempt(
    attempts: Sequence[ExamAttempt], new: ExamAttempt
) -> tuple[tuple[ExamAttempt, ...], tuple[AttemptWarning, ...]]:
    """`attempts` with `new` added (all in date order), and warnings to show.

    Refused (OnePointsError): an unknown result, a blank exam name, a second
    attempt of the exam on the same day, a second beta of the exam. Only
    warned about: an attempt the rules would not have allowed (the new one,
    or a later one it now puts in the wrong), and an earlier attempt still
    pending, which keeps the new one from being checked fully.
    """
    new = replace(new, result=new.result.strip().lower())
    _check_result(new.result, RESULTS)
    if not exam_key(new.exam):
        raise EmptyExamName()
    history = attempts_of(attempts, new.exam)
    _refuse_same_day(history, new)
    _refuse_second_beta(history, new)
    if history:
        new = replace(new, exam=history[0].exam)
    updated = tuple(sorted([*attempts, new], key=lambda a: (a.date, exam_key(a.exam))))
    warnings: tuple[AttemptWarning, ...] = (*_new_rule_breaks(history, new), *_pending_before(history, new))
    return updated, warnings


def set_result(attempts: Sequence[ExamAttempt], exam: str, day: date, result: str) -> tuple[ExamAttempt, ...]:
    """`attempts` with the pending attempt of `exam` on `day` given its result."""
    result = result.strip().lower()
    _check_result(result, FINAL_RESULTS)
    key = exam_key(exam)
    for index, attempt in enumerate(attempts):
        if exam_key(attempt.exam) == key and attempt.date == day:
            if attempt.result != "pending":
                raise ResultAlreadySet(attempt.exam, day, attempt.result)
            return (*attempts[:index], replace(attempt, result=result), *attempts[index + 1 :])
    raise NoSuchAttempt(exam, day, tuple(a.date for a in attempts_of(attempts, exam)))


def _check_result(result: str, allowed: tuple[str, ...]) -> None:
    if result not in allowed:
        raise UnknownResult(result, allowed)


def _refuse_same_day(history: list[ExamAttempt], new: ExamAttempt) -> None:
    if any(a.date == new.date for a in history):
        raise SameDayAttempt(history[0].exam, new.date)


def _refuse_second_beta(history: list[ExamAttempt], new: ExamAttempt) -> None:
    betas = [a for a in history if a.beta]
    if new.beta and betas:
        raise SecondBeta(history[0].exam, betas[0].date)


def _rule_breaks(history: list[ExamAttempt]) -> dict[ExamAttempt, EarlierThanAllowed]:
    """Each attempt taken before the rules allowed it, with why; oldest first."""
    breaks = {}
    for attempt in history:
        before = [a for a in history if a.date < attempt.date]
        waits = [w for w in retake_waits(before) if w.until > attempt.date]
        if waits:
            longest = max(waits, key=lambda w: w.until)
            breaks[attempt] = EarlierThanAllowed(attempt.exam, attempt.date, longest.until, tuple(waits))
    return breaks


def _new_rule_breaks(history: list[ExamAttempt], new: ExamAttempt) -> list[EarlierThanAllowed]:
    """The rule breaks adding `new` causes: its own, and later attempts it puts in the wrong."""
    already = _rule_breaks(history)
    after = _rule_breaks(sorted([*history, new], key=lambda a: a.date))
    return [found for attempt, found in after.items() if attempt not in already]


def _pending_before(history: list[ExamAttempt], new: ExamAttempt) -> list[EarlierResultPending]:
    return [
        EarlierResultPending(a.exam, a.date, new.date)
        for a in history
        if a.result == "pending" and a.date < new.date
    ]
