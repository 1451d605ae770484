"""The exam retake rules of onepoints_cli.domain.exams.schedule, at their exact edges."""

import dataclasses
import json
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
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
from onepoints_cli.domain.exams.schedule import (
    FINAL_RESULTS,
    RESULTS,
    AttemptLimitWait,
    BetaTaken,
    ExamOutlook,
    FailedAttemptWait,
    PassedWait,
    PendingResult,
    expected_result_dates,
    next_attempt,
)
from onepoints_cli.domain.models import ExamAttempt
from tests.support.oracles import months_later

EXAM = "OS-201"
D = date.fromisoformat
DAY = timedelta(days=1)


def attempt(day: str, result: str = "fail", beta: bool = False, exam: str = EXAM) -> ExamAttempt:
    return ExamAttempt(exam=exam, date=D(day), result=result, beta=beta)


def outlook(attempts, as_of: str, exam: str = EXAM) -> ExamOutlook:
    return next_attempt(attempts, exam, D(as_of))


# --- No history -------------------------------------------------------------------


def test_first_attempt_is_allowed_at_once_and_its_price_is_not_known():
    result = outlook([], "2026-03-02")
    assert result == ExamOutlook(
        exam=EXAM,
        as_of=D("2026-03-02"),
        allowed=True,
        earliest=D("2026-03-02"),
        reasons=(),
        attempts_in_last_12_months=0,
        fee_usd=None,
        pending=(),
    )


def test_outlook_is_a_frozen_slotted_json_friendly_value():
    result = outlook([attempt("2026-03-02")], "2026-03-03")
    assert not hasattr(result, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.allowed = True  # type: ignore[misc]
    json.dumps(dataclasses.asdict(result), default=date.isoformat)


# --- 3 days after a first failed attempt, 14 after later ones ---------------------


@pytest.mark.parametrize(
    ("as_of", "allowed"),
    [("2026-03-02", False), ("2026-03-04", False), ("2026-03-05", True), ("2026-03-06", True)],
)
def test_after_a_first_failed_attempt_the_next_is_allowed_3_days_later(as_of, allowed):
    result = outlook([attempt("2026-03-02")], as_of)
    assert result.allowed is allowed
    assert result.earliest == max(D(as_of), D("2026-03-05"))


def test_the_3_day_wait_says_why_and_until_when():
    result = outlook([attempt("2026-03-02")], "2026-03-04")
    assert result.reasons == (FailedAttemptWait(D("2026-03-05"), 1, D("2026-03-02"), 3, pending=False),)
    assert outlook([attempt("2026-03-02")], "2026-03-05").reasons == ()


@pytest.mark.parametrize(
    ("history", "as_of", "allowed", "earliest"),
    [
        # Second attempt failed on 2026-03-05: 14 days, so 2026-03-19.
        (["2026-03-02", "2026-03-05"], "2026-03-18", False, "2026-03-19"),
        (["2026-03-02", "2026-03-05"], "2026-03-19", True, "2026-03-19"),
        # Third failed attempt: still 14 days, counted from the latest attempt.
        (["2026-03-02", "2026-03-05", "2026-03-19"], "2026-04-01", False, "2026-04-02"),
        (["2026-03-02", "2026-03-05", "2026-03-19"], "2026-04-02", True, "2026-04-02"),
        # Across a month and a year end.
        (["2025-12-01", "2025-12-20"], "2026-01-02", False, "2026-01-03"),
        (["2025-12-01", "2025-12-20"], "2026-01-03", True, "2026-01-03"),
    ],
)
def test_after_a_later_failed_attempt_the_next_waits_14_days(history, as_of, allowed, earliest):
    result = outlook([attempt(day) for day in history], as_of)
    assert (result.allowed, result.earliest) == (allowed, D(earliest))


def test_the_14_day_wait_says_why_and_until_when():
    result = outlook([attempt("2026-02-26"), attempt("2026-03-02")], "2026-03-10")
    assert result.reasons == (FailedAttemptWait(D("2026-03-16"), 2, D("2026-03-02"), 14, pending=False),)


def test_a_pass_in_between_does_not_make_the_next_failure_a_first_one():
    # The longer reading: a retake that fails after a pass waits 14 days, not 3.
    history = [attempt("2023-01-10"), attempt("2023-01-13", "pass"), attempt("2024-09-13")]
    assert outlook(history, "2024-09-16").earliest == D("2024-09-27")


# --- At most 4 attempts in any 12 months ----------------------------------------------

FOUR_FAILS = ["2025-01-15", "2025-01-18", "2025-02-01", "2025-02-15"]


@pytest.mark.parametrize(
    ("as_of", "allowed", "counted"),
    [
        ("2025-03-01", False, 4),  # the 14-day wait has just ended; the limit has not
        ("2026-01-14", False, 4),  # the day before 12 months after the oldest of the four
        ("2026-01-15", True, 3),  # 12 months after it: 2025-01-15 no longer counts
        ("2026-01-18", True, 2),
    ],
)
def test_a_fifth_attempt_waits_12_months_after_the_oldest_of_the_last_four(as_of, allowed, counted):
    result = outlook([attempt(day) for day in FOUR_FAILS], as_of)
    assert result.allowed is allowed
    assert result.earliest == max(D(as_of), D("2026-01-15"))
    assert result.attempts_in_last_12_months == counted


def test_the_attempt_limit_says_why_and_until_when():
    result = outlook([attempt(day) for day in FOUR_FAILS], "2025-06-01")
    assert result.reasons == (AttemptLimitWait(D("2026-01-15"), D("2025-01-15"), D("2025-02-15")),)


def test_the_attempt_limit_counts_from_the_oldest_of_the_last_four_not_the_first():
    history = [attempt(day) for day in ["2024-01-10", *FOUR_FAILS[1:], "2025-03-01"]]
    # The last four start on 2025-01-18.
    assert outlook(history, "2026-01-17").earliest == D("2026-01-18")
    assert outlook(history, "2026-01-18").allowed


def test_the_attempt_limit_clamps_at_month_ends():
    history = [attempt(day) for day in ["2024-02-29", "2024-03-03", "2024-03-17", "2024-03-31"]]
    assert outlook(history, "2025-02-27").earliest == D("2025-02-28")
    assert outlook(history, "2025-02-28").allowed


# --- 20 months after a pass ------------------------------------------------------------


@pytest.mark.parametrize(
    ("passed", "retake"),
    [
        ("2024-06-30", "2026-02-28"),  # into a February of 28 days
        ("2022-06-30", "2024-02-29"),  # into a leap February
        ("2023-05-31", "2025-01-31"),
        ("2024-01-31", "2025-09-30"),  # into a month of 30 days
        ("2024-02-29", "2025-10-29"),
        ("2024-03-15", "2025-11-15"),
    ],
)
def test_a_passed_exam_may_be_retaken_20_months_later(passed, retake):
    history = [attempt(passed, "pass")]
    day_before = outlook(history, str(D(retake) - DAY))
    assert (day_before.allowed, day_before.earliest) == (False, D(retake))
    assert day_before.reasons == (PassedWait(D(retake), D(passed), beta=False),)
    assert outlook(history, retake).allowed


def test_the_20_months_run_from_the_latest_pass():
    history = [attempt("2022-01-10", "pass"), attempt("2023-10-10", "pass")]
    assert outlook(history, "2025-01-01").earliest == D("2025-06-10")


# --- Results: 2 to 3 business days -------------------------------------------------------


@pytest.mark.parametrize(
    ("attempt_day", "first", "last"),
    [
        ("2026-03-02", "2026-03-04", "2026-03-05"),  # Monday -> Wednesday, Thursday
        ("2026-03-04", "2026-03-06", "2026-03-09"),  # Wednesday -> Friday, Monday
        ("2026-03-05", "2026-03-09", "2026-03-10"),  # Thursday -> Monday, Tuesday
        ("2026-03-06", "2026-03-10", "2026-03-11"),  # Friday -> Tuesday, Wednesday
        ("2026-03-07", "2026-03-10", "2026-03-11"),  # Saturday -> Tuesday, Wednesday
        ("2026-03-08", "2026-03-10", "2026-03-11"),  # Sunday -> Tuesday, Wednesday
        ("2025-12-31", "2026-01-02", "2026-01-05"),  # no holidays: New Year's Day counts
    ],
)
def test_results_are_expected_2_to_3_business_days_later(attempt_day, first, last):
    assert expected_result_dates(D(attempt_day)) == (D(first), D(last))


def test_a_pending_result_blocks_the_next_attempt_and_says_when_it_is_due():
    history = [attempt("2026-03-05", "pending")]
    result = outlook(history, "2026-03-09")
    assert result.allowed is False
    assert result.pending == ((D("2026-03-05"), D("2026-03-09"), D("2026-03-10")),)
    assert result.reasons[0] == PendingResult(
        D("2026-03-05"), D("2026-03-09"), D("2026-03-10"), overdue=False
    )


def test_while_pending_earliest_is_the_soonest_any_result_allows():
    # If the first attempt failed, the next is allowed 3 days later; a pass would
    # mean 20 months. Earliest is the lower bound, never a day already ruled out.
    history = [attempt("2026-03-05", "pending")]
    assert outlook(history, "2026-03-05").earliest == D("2026-03-08")
    assert outlook(history, "2026-03-05").reasons[1] == FailedAttemptWait(
        D("2026-03-08"), 1, D("2026-03-05"), 3, pending=True
    )
    still_pending = outlook(history, "2026-03-09")
    assert (still_pending.allowed, still_pending.earliest) == (False, D("2026-03-09"))


def test_an_overdue_result_says_so():
    result = outlook([attempt("2026-03-05", "pending")], "2026-03-11")
    assert result.reasons[0] == PendingResult(D("2026-03-05"), D("2026-03-09"), D("2026-03-10"), overdue=True)
    # The last day expected is not overdue yet.
    assert outlook([attempt("2026-03-05", "pending")], "2026-03-10").reasons[0].overdue is False


@pytest.mark.parametrize(("result", "earliest"), [("fail", "2026-03-08"), ("pass", "2027-11-05")])
def test_once_the_result_is_set_earliest_follows_it(result, earliest):
    history = set_result([attempt("2026-03-05", "pending")], EXAM, D("2026-03-05"), result)
    after = outlook(history, "2026-03-09")
    assert after.pending == ()
    assert after.earliest == max(D("2026-03-09"), D(earliest))
    assert after.allowed is (result == "fail")


# --- Beta -------------------------------------------------------------------------------------

BETA_NOTE = BetaTaken(D("2026-03-02"))


def test_a_failed_beta_does_not_start_the_3_day_wait_but_says_what_comes_next():
    result = outlook([attempt("2026-03-02", beta=True)], "2026-03-03")
    assert result.allowed is True
    assert result.reasons == (BETA_NOTE,)
    assert result.fee_usd == 300


def test_no_second_attempt_on_the_day_of_the_beta():
    result = outlook([attempt("2026-03-02", beta=True)], "2026-03-02")
    assert (result.allowed, result.earliest) == (False, D("2026-03-03"))


def test_the_first_production_attempt_after_a_beta_counts_as_the_first_attempt():
    history = [attempt("2026-01-05", beta=True), attempt("2026-03-02")]
    assert outlook(history, "2026-03-04").earliest == D("2026-03-05")


def test_a_beta_counts_towards_the_4_attempts_in_12_months():
    history = [attempt("2025-01-15", beta=True), *(attempt(day) for day in FOUR_FAILS[1:])]
    result = outlook(history, "2025-06-01")
    assert (result.earliest, result.attempts_in_last_12_months) == (D("2026-01-15"), 4)


def test_a_passed_beta_is_a_pass():
    result = outlook([attempt("2024-06-30", "pass", beta=True)], "2026-02-27")
    assert result.earliest == D("2026-02-28")
    assert result.reasons[0] == PassedWait(D("2026-02-28"), D("2024-06-30"), beta=True)


# --- Names, other exams, fee -----------------------------------------------------------------


def test_exam_names_match_ignoring_case_and_spaces_and_other_exams_are_ignored():
    history = [attempt("2026-03-02", exam="OS-201"), attempt("2026-03-03", exam="OS-301")]
    result = next_attempt(history, "  os-201 ", D("2026-03-04"))
    assert (result.exam, result.earliest, result.attempts_in_last_12_months) == (
        "OS-201",
        D("2026-03-05"),
        1,
    )


def test_the_retake_fee_is_300_whatever_the_number_of_attempts():
    history = [attempt(day) for day in FOUR_FAILS]
    assert {outlook(history[:n], "2026-06-01").fee_usd for n in range(1, 5)} == {300}


# --- record_attempt ------------------------------------------------------------------------------


def test_recording_a_valid_attempt_adds_it_in_date_order_without_warnings():
    other = attempt("2026-03-03", exam="OS-301")
    first = attempt("2026-03-02")
    updated, warnings = record_attempt([other, first], attempt("2026-03-05", "pending"))
    assert updated == (first, other, attempt("2026-03-05", "pending"))
    assert warnings == ()


def test_recording_keeps_the_spelling_already_used_for_the_exam():
    updated, _ = record_attempt([attempt("2026-03-02")], attempt("2026-03-05", exam="os-201"))
    assert [a.exam for a in updated] == ["OS-201", "OS-201"]


@pytest.mark.parametrize(
    ("new", "problem"),
    [
        (attempt("2026-03-02", "pass", exam="os-201"), SameDayAttempt("OS-201", D("2026-03-02"))),
        (attempt("2026-03-09", beta=True), SecondBeta("OS-201", D("2026-01-05"))),
        (attempt("2026-03-09", "passed"), UnknownResult("passed", RESULTS)),
        (attempt("2026-03-09", exam="  "), EmptyExamName()),
    ],
)
def test_recording_refuses_what_cannot_have_happened(new, problem):
    history = [attempt("2026-01-05", beta=True), attempt("2026-03-02")]
    with pytest.raises(type(problem)) as refused:
        record_attempt(history, new)
    assert refused.value == problem


def test_recording_an_attempt_the_rules_did_not_allow_warns_with_the_earliest_day():
    updated, warnings = record_attempt([attempt("2026-03-02")], attempt("2026-03-04"))
    assert len(updated) == 2
    wait = FailedAttemptWait(D("2026-03-05"), 1, D("2026-03-02"), 3, pending=False)
    assert warnings == (EarlierThanAllowed(EXAM, D("2026-03-04"), D("2026-03-05"), (wait,)),)


def test_recording_a_forgotten_earlier_attempt_warns_about_the_later_one_it_puts_in_the_wrong():
    # 03-02 then 03-19 is fine (first failure, 3 days); with 03-10 in between,
    # 03-19 comes 9 days after a second failure, short of 14.
    _, warnings = record_attempt([attempt("2026-03-02"), attempt("2026-03-19")], attempt("2026-03-10"))
    assert len(warnings) == 1
    assert warnings[0][:3] == (EXAM, D("2026-03-19"), D("2026-03-24"))
    assert isinstance(warnings[0], EarlierThanAllowed)


def test_recording_does_not_repeat_a_rule_break_already_in_the_record():
    # 03-04 broke the 3-day wait before; 03-30 is fine and adds nothing new.
    _, warnings = record_attempt([attempt("2026-03-02"), attempt("2026-03-04")], attempt("2026-03-30"))
    assert warnings == ()


def test_recording_after_a_pending_attempt_warns_that_it_cannot_be_checked():
    _, warnings = record_attempt([attempt("2026-03-02", "pending")], attempt("2026-03-20"))
    assert warnings == (EarlierResultPending(EXAM, D("2026-03-02"), D("2026-03-20")),)


# --- set_result ---------------------------------------------------------------------------------


def test_set_result_changes_only_that_attempt_and_keeps_the_order():
    history = (attempt("2026-03-05", "pending"), attempt("2026-03-02", exam="OS-301"))
    updated = set_result(history, "os-201", D("2026-03-05"), "PASS")
    assert updated == (attempt("2026-03-05", "pass"), history[1])


@pytest.mark.parametrize(
    ("day", "result", "problem"),
    [
        ("2026-03-06", "pass", NoSuchAttempt("os-201", D("2026-03-06"), (D("2026-03-02"), D("2026-03-05")))),
        ("2026-03-02", "pass", ResultAlreadySet("OS-201", D("2026-03-02"), "fail")),
        ("2026-03-05", "pending", UnknownResult("pending", FINAL_RESULTS)),
        ("2026-03-05", "maybe", UnknownResult("maybe", FINAL_RESULTS)),
    ],
)
def test_set_result_refuses(day, result, problem):
    history = [attempt("2026-03-02"), attempt("2026-03-05", "pending")]
    with pytest.raises(type(problem)) as refused:
        set_result(history, "os-201", D(day), result)
    assert refused.value == problem


# --- Properties ---------------------------------------------------------------------------------

START = date(2023, 1, 1)


@st.composite
def histories(draw):
    """Up to 7 attempts of one exam on distinct days, at most one beta, oldest first."""
    offsets = sorted(draw(st.sets(st.integers(0, 900), max_size=7)))
    beta_at = draw(st.none() | st.integers(0, max(len(offsets) - 1, 0)))
    return [
        ExamAttempt(
            exam=EXAM,
            date=START + timedelta(days=offset),
            result=draw(st.sampled_from(["pass", "fail", "fail", "pending"])),
            beta=index == beta_at,
        )
        for index, offset in enumerate(offsets)
    ]


def _expected_waits(history):
    """The rules restated plainly: each day the next attempt must not come before."""
    production = [a for a in history if not a.beta]
    for number, a in enumerate(production, start=1):
        if a.result != "pass":
            yield a.date + timedelta(days=3 if number == 1 else 14)
    for a in history:
        yield a.date + DAY
        if a.result == "pass":
            yield months_later(a.date, 20)
    if len(history) >= 4:
        yield months_later(history[-4].date, 12)


FAST = settings(max_examples=150, deadline=None, database=None)


@FAST
@given(histories(), st.integers(0, 1500))
def test_property_earliest_is_the_latest_wait_and_allowed_follows_it(history, as_of_offset):
    as_of = START + timedelta(days=as_of_offset)
    result = next_attempt(history, EXAM, as_of)
    assert result.earliest == max([as_of, *_expected_waits(history)])
    assert result.allowed == (as_of >= result.earliest and not result.pending)
    assert len(result.pending) == sum(a.result == "pending" for a in history)
    assert (result.earliest > as_of) == any(hasattr(r, "until") for r in result.reasons)
    # Earliest does not depend on the day asked, as long as that day is not later.
    if result.earliest > as_of:
        assert next_attempt(history, EXAM, result.earliest - DAY).earliest == result.earliest
    assert next_attempt(history, EXAM, result.earliest).earliest == result.earliest


@FAST
@given(histories(), st.integers(1, 600))
def test_property_recording_warns_exactly_before_earliest_and_3_attempts_count_on_it(history, gap):
    as_of = (history[-1].date if history else START) + timedelta(days=gap)
    result = next_attempt(history, EXAM, as_of)
    new = ExamAttempt(exam=EXAM, date=as_of, result="pending")
    _, warnings = record_attempt(history, new)
    rule_breaks = [w for w in warnings if isinstance(w, EarlierThanAllowed)]
    assert bool(rule_breaks) == (as_of < result.earliest)
    on_earliest = next_attempt(history, EXAM, result.earliest)
    assert on_earliest.attempts_in_last_12_months < 4


@FAST
@given(st.dates(date(2000, 1, 1), date(2100, 1, 1)))
def test_property_results_fall_on_the_2nd_and_3rd_weekday_after(day):
    first, last = expected_result_dates(day)
    weekdays_until = lambda end: sum(  # noqa: E731
        (day + timedelta(days=n)).weekday() < 5 for n in range(1, (end - day).days + 1)
    )
    assert first.weekday() < 5 and last.weekday() < 5
    assert (weekdays_until(first), weekdays_until(last)) == (2, 3)
