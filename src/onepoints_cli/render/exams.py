"""`onepoints exam ...`: the recorded attempts and the next attempt's outlook."""

from __future__ import annotations

import sys
from typing import Any

from ..domain.exams.schedule import ExamOutlook, expected_result_dates
from ..domain.models import ExamAttempt
from ..domain.rules import MAX_ATTEMPTS_PER_PERIOD
from . import jsonout
from .exam_reasons import reason_text
from .messages import printable

_RESULT_STYLE = {"pass": "green", "fail": "red", "pending": "yellow"}


def attempt_data(attempt: ExamAttempt) -> dict[str, Any]:
    """One attempt; the expected result dates are null once the result is known."""
    first, last = expected_result_dates(attempt.date) if attempt.result == "pending" else (None, None)
    return {
        "exam": attempt.exam,
        "date": attempt.date,
        "result": attempt.result,
        "beta": attempt.beta,
        "expected_from": first,
        "expected_by": last,
    }


def emit_attempts_json(attempts: tuple[ExamAttempt, ...]) -> None:
    jsonout.emit({"exams": [attempt_data(a) for a in attempts]})


def print_attempts(attempts: tuple[ExamAttempt, ...]) -> None:
    from . import table

    if not attempts:
        sys.stdout.write(
            "No exam attempt recorded yet. Log one: onepoints exam log OS-201 --date 2025-03-04 --result pending\n"
        )
        return
    rows = []
    for a in attempts:
        expected = "{} to {}".format(*expected_result_dates(a.date)) if a.result == "pending" else ""
        rows.append((a.exam, str(a.date), a.result, "yes" if a.beta else "no", expected))
    styles = [(None, None, _RESULT_STYLE[a.result], None, None) for a in attempts]
    table.write(
        ("exam", "date", "result", "beta", "result expected"), rows, styles=styles, title="Exam attempts"
    )


def outlook_data(outlook: ExamOutlook) -> dict[str, Any]:
    return {
        "exam": outlook.exam,
        "as_of": outlook.as_of,
        "allowed": outlook.allowed,
        "earliest": outlook.earliest,
        "reasons": [reason_text(r) for r in outlook.reasons],
        "attempts_in_last_12_months": outlook.attempts_in_last_12_months,
        "fee_usd": outlook.fee_usd,
        "pending": [
            {"attempt": day, "expected_from": first, "expected_by": last}
            for day, first, last in outlook.pending
        ],
    }


def emit_outlook_json(outlook: ExamOutlook) -> None:
    jsonout.emit(outlook_data(outlook))


def print_outlook(outlook: ExamOutlook) -> None:
    """A short summary in plain text: a few lines, read the same on a terminal or in a pipe."""
    if outlook.allowed:
        verdict = "the next attempt may be taken now"
    elif outlook.pending:
        verdict = f"wait for the pending result (no attempt before {outlook.earliest})"
    else:
        verdict = f"the next attempt may be taken from {outlook.earliest}"
    fee = f"USD {outlook.fee_usd} retake fee" if outlook.fee_usd is not None else "fee set per exam"
    lines = [
        f"{outlook.exam} as of {outlook.as_of}: {verdict}",
        f"  Earliest        {outlook.earliest}",
        f"  Last 12 months  {outlook.attempts_in_last_12_months} of {MAX_ATTEMPTS_PER_PERIOD} attempts",
        f"  Fee             {fee}",
        *(f"  - {reason_text(reason)}" for reason in outlook.reasons),
    ]
    sys.stdout.write("\n".join(printable(line) for line in lines) + "\n")
