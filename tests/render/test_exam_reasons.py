"""render/exam_reasons.py: the exact words for why an exam's next attempt waits."""

from __future__ import annotations

from datetime import date

import pytest

from onepoints_cli.domain.exams.records import EarlierResultPending, EarlierThanAllowed
from onepoints_cli.domain.exams.schedule import (
    AttemptLimitWait,
    BetaTaken,
    FailedAttemptWait,
    OneADayWait,
    PassedWait,
    PendingResult,
)
from onepoints_cli.render.exam_reasons import ordinal, reason_text, warning_text

D = date.fromisoformat


@pytest.mark.parametrize(
    ("reason", "text"),
    [
        (
            FailedAttemptWait(D("2026-03-05"), 1, D("2026-03-02"), 3, pending=False),
            "1st failed attempt on 2026-03-02: 3 days before the second attempt (until 2026-03-05)",
        ),
        (
            FailedAttemptWait(D("2026-03-16"), 2, D("2026-03-02"), 14, pending=False),
            "2nd failed attempt on 2026-03-02: 14 days between further attempts (until 2026-03-16)",
        ),
        (
            FailedAttemptWait(D("2026-03-08"), 1, D("2026-03-05"), 3, pending=True),
            "if the 1st attempt, on 2026-03-05, failed: 3 days before the second attempt "
            "(until 2026-03-08 at the soonest)",
        ),
        (
            PassedWait(D("2026-02-28"), D("2024-06-30"), beta=False),
            "passed on 2024-06-30: a passed exam may be retaken after 20 months (until 2026-02-28)",
        ),
        (
            PassedWait(D("2026-02-28"), D("2024-06-30"), beta=True),
            "beta passed on 2024-06-30: a passed exam may be retaken after 20 months (until 2026-02-28)",
        ),
        (
            AttemptLimitWait(D("2026-01-15"), D("2025-01-15"), D("2025-02-15")),
            "4 attempts from 2025-01-15 to 2025-02-15: at most 4 in any 12 months (until 2026-01-15)",
        ),
        (
            OneADayWait(D("2026-03-03"), D("2026-03-02")),
            "attempt recorded on 2026-03-02: the next one comes after it (until 2026-03-03)",
        ),
        (
            PendingResult(D("2026-03-05"), D("2026-03-09"), D("2026-03-10"), overdue=False),
            "result of the attempt on 2026-03-05 pending (expected between 2026-03-09 and 2026-03-10)",
        ),
        (
            PendingResult(D("2026-03-05"), D("2026-03-09"), D("2026-03-10"), overdue=True),
            "result of the attempt on 2026-03-05 pending "
            "(expected between 2026-03-09 and 2026-03-10; overdue: check CM Connect)",
        ),
        (
            BetaTaken(D("2026-03-02")),
            "beta taken on 2026-03-02: a beta is taken once only; the next attempt is the "
            "production exam, once it is generally available",
        ),
    ],
    ids=lambda value: type(value).__name__ if not isinstance(value, str) else "",
)
def test_each_reason_in_words(reason, text):
    assert reason_text(reason) == text


@pytest.mark.parametrize(
    ("number", "text"),
    [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"), (21, "21st")],
)
def test_ordinals(number, text):
    assert ordinal(number) == text


def test_an_attempt_earlier_than_allowed_names_every_wait():
    waits = (
        FailedAttemptWait(D("2026-03-16"), 2, D("2026-03-02"), 14, pending=False),
        OneADayWait(D("2026-03-03"), D("2026-03-02")),
    )
    assert warning_text(EarlierThanAllowed("OS-201", D("2026-03-02"), D("2026-03-16"), waits)) == (
        "The OS-201 attempt on 2026-03-02 is earlier than the rules allow: not before 2026-03-16 "
        "(2nd failed attempt on 2026-03-02: 14 days between further attempts (until 2026-03-16); "
        "attempt recorded on 2026-03-02: the next one comes after it (until 2026-03-03))."
    )


def test_an_earlier_pending_result_asks_for_it():
    assert warning_text(EarlierResultPending("OS-201", D("2026-03-02"), D("2026-03-22"))) == (
        "The OS-201 attempt on 2026-03-02 still has no result: set it, so that the "
        "attempt on 2026-03-22 can be checked against the rules."
    )
