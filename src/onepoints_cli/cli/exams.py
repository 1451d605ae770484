"""`onepoints exam ...`: exam attempts, their results, and when the next may be taken."""

from typing import Annotated, cast

import typer

from .common import AsOf, Json, load, load_as_of, modify, parse_day, today
from .groups import OnePointsGroup, app

exam_app = typer.Typer(
    cls=OnePointsGroup,
    help="Exam attempts: log, result, list, and when the next is allowed.\n\n"
    "Example: onepoints exam next OS-201",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(exam_app, name="exam")

Exam = Annotated[str, typer.Argument(metavar="EXAM", help="The exam's name or code, e.g. OS-201.")]
Day = Annotated[str, typer.Option("--date", metavar="DATE", help="The day of the attempt (YYYY-MM-DD).")]


@exam_app.command("log")
def exam_log(
    exam: Exam,
    day: Day,
    result: Annotated[str, typer.Option(metavar="pass|fail|pending", help="'pending' until it is known.")],
    beta: Annotated[bool, typer.Option("--beta", help="A beta exam (taken once only).")] = False,
) -> None:
    """Record an exam attempt.

    Recorded even when the retake rules would not have allowed it, with a warning.

    \b
    Example: onepoints exam log OS-201 --date 2025-03-04 --result pending
    """
    import shlex

    from ..domain.exams.records import record_attempt
    from ..domain.exams.schedule import attempts_of, expected_result_dates
    from ..domain.models import ExamAttempt, ExamResult, replace
    from ..domain.rules import RESULT_MAX_BUSINESS_DAYS, RESULT_MIN_BUSINESS_DAYS
    from ..render import confirmations, exam_reasons
    from ..render.messages import note, warning

    # record_attempt refuses a result that is not one of ExamResult's (a usage error).
    attempt = ExamAttempt(exam.strip(), parse_day(day, "--date"), cast(ExamResult, result), beta)

    def change(snapshot):
        attempts, warnings = record_attempt(snapshot.ledger.exams, attempt)
        return replace(snapshot.ledger, exams=attempts), (
            attempts_of(attempts, attempt.exam)[0].exam,
            warnings,
        )

    name, warnings = modify(change)
    for each in warnings:
        warning(exam_reasons.warning_text(each))
    if attempt.date > today(None):
        warning(confirmations.attempt_in_future(attempt.date))
    outcome = result.strip().lower()
    note(confirmations.attempt_logged(name, attempt.date, outcome, beta))
    if outcome == "pending":
        first, last = expected_result_dates(attempt.date)
        note(
            f"The result is expected between {first} and {last} ({RESULT_MIN_BUSINESS_DAYS} to {RESULT_MAX_BUSINESS_DAYS} business days; see CM Connect). Then: "
            f"onepoints exam result {shlex.quote(name)} --date {attempt.date} --result pass|fail"
        )


@exam_app.command("result")
def exam_result(
    exam: Exam,
    day: Day,
    result: Annotated[str, typer.Option(metavar="pass|fail", help="The result shown in CM Connect.")],
) -> None:
    """Set the result of a pending attempt.

    \b
    Example: onepoints exam result OS-201 --date 2025-03-04 --result pass
    """

    from ..domain.exams.records import set_result
    from ..domain.exams.schedule import next_attempt
    from ..domain.models import replace
    from ..render import confirmations
    from ..render.messages import note

    attempt_day, now = parse_day(day, "--date"), today(None)

    def change(snapshot):
        attempts = set_result(snapshot.ledger.exams, exam, attempt_day, result)
        return replace(snapshot.ledger, exams=attempts), next_attempt(attempts, exam, now)

    outlook = modify(change)
    for text in confirmations.result_recorded(outlook, attempt_day, result.strip().lower()):
        note(text)


@exam_app.command("list")
def exam_list(json: Json = False, as_of: AsOf = None) -> None:
    """List every recorded exam attempt (with --as-of: those up to that day).

    \b
    Example: onepoints exam list --json
    """
    from ..render import exams

    # Without --as-of every attempt, a scheduled one too; with it, none dated after the day.
    attempts = (load_as_of(as_of)[0] if as_of else load()).ledger.exams
    exams.emit_attempts_json(attempts) if json else exams.print_attempts(attempts)


@exam_app.command("next")
def exam_next(exam: Exam, as_of: AsOf = None, json: Json = False) -> None:
    """When the next attempt of an exam may be taken, and why.

    \b
    Example: onepoints exam next OS-201 --as-of 2025-03-10
    """
    from ..domain.exams.schedule import attempts_of, next_attempt
    from ..errors import UsageError
    from ..render import exams
    from ..render.messages import note

    if not exam.strip():
        raise UsageError("The exam name is empty: give the exam's name, for example OS-201.")
    snapshot, day = load_as_of(as_of)  # no attempt dated after the day
    attempts = snapshot.ledger.exams
    outlook = next_attempt(attempts, exam.strip(), day)
    if not attempts_of(attempts, exam):
        known = ", ".join(sorted({a.exam for a in attempts})) or "none yet"
        note(
            f"No attempt of {exam.strip()} is recorded, so nothing holds a first attempt back. Exams recorded: {known}."
        )
    exams.emit_outlook_json(outlook) if json else exams.print_outlook(outlook)
