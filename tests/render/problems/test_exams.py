"""render/problems/exams.py: the exact words for problems recording exam attempts."""

from __future__ import annotations

import datetime as dt

import pytest

from onepoints_cli.domain.exams.problems import (
    EmptyExamName,
    NoSuchAttempt,
    ResultAlreadySet,
    SameDayAttempt,
    SecondBeta,
    UnknownResult,
)
from onepoints_cli.domain.problems import Problem
from onepoints_cli.render.problems import word

D = dt.date(2026, 3, 2)


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (UnknownResult("passed", ("pass", "fail")), "Unknown exam result 'passed': use pass or fail."),
        (EmptyExamName(), "The exam name is empty: give the exam's name, for example OS-201."),
        (
            ResultAlreadySet("OS-201", D, "pass"),
            "The OS-201 attempt on 2026-03-02 already has its result (pass): only a pending result can be set.",
        ),
        (
            NoSuchAttempt("OS-201", D, (D, dt.date(2026, 3, 11))),
            "No OS-201 attempt on 2026-03-02 is recorded (recorded: 2026-03-02, 2026-03-11).",
        ),
        (NoSuchAttempt("OS-999", D, ()), "No OS-999 attempt on 2026-03-02 is recorded (recorded: none)."),
        (
            SameDayAttempt("OS-201", D),
            "An attempt of OS-201 on 2026-03-02 is already recorded: one attempt a day. To record its "
            "result, set the result of that attempt.",
        ),
        (
            SecondBeta("OS-201", D),
            "The OS-201 beta was already taken on 2026-03-02 and a beta is taken once only: record this "
            "attempt as the production exam.",
        ),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, Problem) else "",
)
def test_each_problem_in_words(problem: Problem, text: str) -> None:
    assert word(problem) == text
