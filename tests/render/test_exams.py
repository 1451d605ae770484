"""render/exams.py: the recorded attempts and the next attempt's outlook."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from onepoints_cli.domain.exams.schedule import BetaTaken, ExamOutlook, FailedAttemptWait
from onepoints_cli.domain.models import ExamAttempt
from onepoints_cli.render import exams
from onepoints_cli.render.exam_reasons import reason_text

MONDAY = dt.date(2026, 3, 2)
FRIDAY = dt.date(2026, 3, 6)


@pytest.fixture(autouse=True)
def _plain(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")


@pytest.mark.parametrize(
    ("day", "first", "last"),
    [
        (MONDAY, "2026-03-04", "2026-03-05"),  # 2 and 3 business days later
        (FRIDAY, "2026-03-10", "2026-03-11"),  # over the weekend
    ],
)
def test_a_pending_attempt_has_its_expected_result_days(capsys, day, first, last):
    exams.emit_attempts_json((ExamAttempt("OS-201", day, "pending"),))
    (item,) = json.loads(capsys.readouterr().out)["exams"]
    assert item == {
        "exam": "OS-201",
        "date": str(day),
        "result": "pending",
        "beta": False,
        "expected_from": first,
        "expected_by": last,
    }
    exams.print_attempts((ExamAttempt("OS-201", day, "pending"),))
    assert f"{first} to {last}" in capsys.readouterr().out


def test_a_known_result_has_no_expected_days(capsys):
    data = exams.attempt_data(ExamAttempt("OS-201", MONDAY, "pass", beta=True))
    assert (data["expected_from"], data["expected_by"], data["beta"]) == (None, None, True)
    exams.print_attempts((ExamAttempt("OS-201", MONDAY, "pass", beta=True),))
    row = next(line for line in capsys.readouterr().out.splitlines() if "OS-201" in line)
    assert row.split() == ["OS-201", "2026-03-02", "pass", "yes"]


def test_no_attempt_says_how_to_log_one(capsys):
    exams.print_attempts(())
    assert capsys.readouterr().out.startswith("No exam attempt recorded yet. Log one: onepoints exam log")


WAIT = FailedAttemptWait(dt.date(2026, 3, 16), 2, dt.date(2026, 3, 2), 14, pending=False)
WAIT_TEXT = "2nd failed attempt on 2026-03-02: 14 days between further attempts (until 2026-03-16)"


def _outlook(**changes) -> ExamOutlook:
    fields = dict(
        exam="OS-201", as_of=MONDAY, allowed=False, earliest=dt.date(2026, 3, 16),
        reasons=(WAIT,), attempts_in_last_12_months=2,
        fee_usd=300, pending=(),
    )  # fmt: skip
    fields.update(changes)
    return ExamOutlook(**fields)


@pytest.mark.parametrize(
    ("changes", "verdict"),
    [
        ({"allowed": True, "earliest": MONDAY, "reasons": ()}, "the next attempt may be taken now"),
        ({}, "the next attempt may be taken from 2026-03-16"),
        (
            {"pending": ((MONDAY, dt.date(2026, 3, 4), dt.date(2026, 3, 5)),)},
            "wait for the pending result (no attempt before 2026-03-16)",
        ),
    ],
)
def test_print_outlook_verdicts(capsys, changes, verdict):
    exams.print_outlook(_outlook(**changes))
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"OS-201 as of 2026-03-02: {verdict}"
    assert lines[2] == "  Last 12 months  2 of 4 attempts"
    assert lines[3] == "  Fee             USD 300 retake fee"


def test_print_outlook_before_a_first_attempt_and_with_escaped_names(capsys):
    exams.print_outlook(_outlook(exam="OS\x1b[2J", fee_usd=None, reasons=(WAIT, BetaTaken(MONDAY))))
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("OS\\x1b[2J as of")
    assert lines[3] == "  Fee             fee set per exam"
    assert lines[4:] == [f"  - {WAIT_TEXT}", f"  - {reason_text(BetaTaken(MONDAY))}"]


def test_outlook_json(capsys):
    exams.emit_outlook_json(_outlook(pending=((MONDAY, dt.date(2026, 3, 4), dt.date(2026, 3, 5)),)))
    data = json.loads(capsys.readouterr().out)
    assert data["pending"] == [
        {"attempt": "2026-03-02", "expected_from": "2026-03-04", "expected_by": "2026-03-05"}
    ]
    assert data["reasons"] == [WAIT_TEXT]
    assert (data["allowed"], data["earliest"], data["fee_usd"]) == (False, "2026-03-16", 300)
