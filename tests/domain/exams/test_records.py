"""domain/exams/records.py: logging exam attempts and setting pending results."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onepoints_cli.domain.exams.problems import (
    EmptyExamName,
    NoSuchAttempt,
    ResultAlreadySet,
    SameDayAttempt,
    SecondBeta,
    UnknownResult,
)
from onepoints_cli.domain.exams.records import (
    EarlierResultPending,
    EarlierThanAllowed,
    record_attempt,
    set_result,
)
from onepoints_cli.domain.exams.schedule import FailedAttemptWait
from onepoints_cli.domain.models import ExamAttempt
from onepoints_cli.errors import UsageError

D = dt.date(2026, 3, 2)


def _at(days: int, result: str = "fail", exam: str = "OS-201", beta: bool = False) -> ExamAttempt:
    return ExamAttempt(exam, D + dt.timedelta(days=days), result, beta)


# --- record_attempt -------------------------------------------------------------------


def test_a_new_attempt_is_kept_in_date_order_with_its_result_normalised():
    attempts = (_at(0), _at(30, exam="OS-101", result="pass"))
    updated, warnings = record_attempt(attempts, _at(10, result=" PASS "))
    assert [a.date for a in updated] == [D, D + dt.timedelta(days=10), D + dt.timedelta(days=30)]
    assert updated[1].result == "pass"
    assert warnings == ()


def test_the_exam_keeps_the_spelling_recorded_first():
    updated, _ = record_attempt((_at(0, exam="OS-201"),), _at(20, exam="  os-201 "))
    assert {a.exam for a in updated} == {"OS-201"}


@pytest.mark.parametrize("result", ["passed", "", "abandoned"])
def test_an_unknown_result_is_a_usage_error(result):
    with pytest.raises(UnknownResult) as refused:
        record_attempt((), _at(0, result=result))
    assert isinstance(refused.value, UsageError)
    assert refused.value.result == result


def test_a_blank_exam_name_is_a_usage_error():
    with pytest.raises(EmptyExamName) as refused:
        record_attempt((), _at(0, exam="   "))
    assert isinstance(refused.value, UsageError)


def test_a_second_attempt_on_the_same_day_is_refused_whatever_the_spelling():
    with pytest.raises(SameDayAttempt) as refused:
        record_attempt((_at(0),), _at(0, exam="os-201", result="pass"))
    assert refused.value == SameDayAttempt("OS-201", D)
    # Another exam on the same day is fine.
    updated, _ = record_attempt((_at(0),), _at(0, exam="OS-101"))
    assert len(updated) == 2


def test_a_second_beta_is_refused_but_a_production_attempt_after_it_is_not():
    beta = _at(0, result="pass", beta=True)
    with pytest.raises(SecondBeta) as refused:
        record_attempt((beta,), _at(40, beta=True))
    assert refused.value.taken == dt.date(2026, 3, 2)
    updated, _ = record_attempt((beta,), _at(40))
    assert len(updated) == 2


@pytest.mark.parametrize(
    ("days_after", "warned"),
    [(2, True), (3, False)],  # a first failed attempt waits 3 days: the last day refused, the first allowed
)
def test_an_attempt_inside_the_first_fail_wait_is_warned_about_not_refused(days_after, warned):
    updated, warnings = record_attempt((_at(0),), _at(days_after))
    assert len(updated) == 2
    if warned:
        until = D + dt.timedelta(days=3)
        assert warnings == (
            EarlierThanAllowed(
                "OS-201",
                D + dt.timedelta(days=days_after),
                until,
                (FailedAttemptWait(until, 1, D, 3, False),),
            ),
        )
    else:
        assert warnings == ()


@pytest.mark.parametrize(("days_after", "warned"), [(16, True), (17, False)])
def test_a_later_failed_attempt_waits_14_days(days_after, warned):
    history = (_at(0), _at(3))  # the second fail starts a 14-day wait: allowed from day 17
    _, warnings = record_attempt(history, _at(days_after))
    assert bool(warnings) is warned


def test_logging_an_earlier_attempt_warns_about_the_later_one_it_puts_in_the_wrong():
    # A fail on day 10 alone is fine; logging a fail on day 8 makes it too early.
    _, warnings = record_attempt((_at(10),), _at(8))
    eight, eleven = D + dt.timedelta(days=8), D + dt.timedelta(days=11)
    assert warnings == (
        EarlierThanAllowed(
            "OS-201", D + dt.timedelta(days=10), eleven, (FailedAttemptWait(eleven, 1, eight, 3, False),)
        ),
    )


def test_a_rule_break_already_recorded_is_not_repeated():
    history = (_at(0), _at(1))  # already too early
    _, warnings = record_attempt(history, _at(40))
    assert warnings == ()


def test_an_earlier_pending_attempt_is_named():
    _, warnings = record_attempt((_at(0, result="pending"),), _at(20))
    assert warnings[-1] == EarlierResultPending("OS-201", D, D + dt.timedelta(days=20))


def test_a_later_pending_attempt_is_not_named():
    _, warnings = record_attempt((_at(20, result="pending"),), _at(0, result="pass"))
    assert not any(isinstance(w, EarlierResultPending) for w in warnings)


@given(st.lists(st.integers(0, 400), unique=True, max_size=6), st.integers(0, 400))
def test_attempts_stay_sorted_and_nothing_is_lost(days, new_day):
    attempts: tuple[ExamAttempt, ...] = ()
    for day in days:
        attempts, _ = record_attempt(attempts, _at(day, result="pass"))
    if new_day in days:
        with pytest.raises(SameDayAttempt):
            record_attempt(attempts, _at(new_day))
        return
    updated, _ = record_attempt(attempts, _at(new_day))
    assert sorted(a.date for a in updated) == [a.date for a in updated]
    assert len(updated) == len(days) + 1


# --- set_result ------------------------------------------------------------------------------


def test_set_result_changes_only_the_pending_attempt_named():
    attempts = (_at(0, result="pass", exam="OS-101"), _at(0, result="pending"), _at(5, result="pending"))
    updated = set_result(attempts, "os-201", D, " Fail ")
    assert updated == (attempts[0], _at(0, result="fail"), attempts[2])


def test_set_result_refuses_a_final_result_already_set_and_pending_as_a_result():
    attempts = (_at(0, result="pass"),)
    with pytest.raises(ResultAlreadySet) as refused:
        set_result(attempts, "OS-201", D, "fail")
    assert refused.value == ResultAlreadySet("OS-201", D, "pass")
    with pytest.raises(UnknownResult) as unknown:
        set_result((_at(0, result="pending"),), "OS-201", D, "pending")
    assert unknown.value.allowed == ("pass", "fail")


def test_set_result_on_a_day_without_an_attempt_lists_the_recorded_days():
    attempts = (_at(0, result="pending"), _at(9, result="pending"))
    with pytest.raises(NoSuchAttempt) as refused:
        set_result(attempts, "OS-201", D + dt.timedelta(days=1), "pass")
    assert refused.value.recorded == (D, D + dt.timedelta(days=9))
    with pytest.raises(NoSuchAttempt) as none:
        set_result(attempts, "OS-999", D, "pass")
    assert none.value.recorded == ()
