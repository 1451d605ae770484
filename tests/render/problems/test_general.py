"""render/problems/general.py and the dispatch of render/problems/__init__.py: the exact words."""

from __future__ import annotations

import datetime as dt

import pytest

from onepoints_cli.domain.problems import (
    AsUsage,
    BadAmount,
    BadDate,
    DateOutOfRange,
    EmptyText,
    EndBeforeStart,
    Problem,
    UnknownKind,
    UnstorableText,
)
from onepoints_cli.errors import OnePointsError, UsageError
from onepoints_cli.render.problems import word


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (
            BadDate("--expires", "2025-3-31"),
            "--expires '2025-3-31' is not a valid date: use YYYY-MM-DD, for example 2025-03-31.",
        ),
        (
            DateOutOfRange("date", dt.date(1899, 12, 31)),
            "date 1899-12-31 is out of range: use a date from 1900-01-01 to 9899-12-31.",
        ),
        (BadAmount("--hours", "abc", "not_a_number"), "--hours 'abc' is not a number."),
        (BadAmount("--points", "NaN", "not_finite"), "--points 'NaN' must be a finite number."),
        (BadAmount("--points", "0", "not_positive"), "--points '0' must be greater than 0."),
        (BadAmount("hours", "5000", "too_large"), "hours '5000' must be at most 1000."),
        (BadAmount("points", "1.005", "too_precise"), "points '1.005' may have at most 2 decimal places."),
        (EmptyText("cert_name"), "The certification name must not be empty."),
        (EmptyText("title"), "The title must not be empty."),
        (
            UnstorableText("note", "a\udcffb", "\udcff"),
            "The note 'a\\udcffb' is not valid text: it holds '\\udcff', a byte that is not UTF-8 "
            "(often from a file name in a zip made on Windows). Type it again.",
        ),
        (
            UnknownKind("tech talk", ("course", "tech-talk")),
            "Unknown kind 'tech talk'. Known kinds: course, tech-talk. (See `onepoints kinds`.)",
        ),
        (
            EndBeforeStart(dt.date(2026, 5, 1), dt.date(2026, 4, 30)),
            "--to (2026-04-30) is before --from (2026-05-01): give a later --to.",
        ),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, Problem) else "",
)
def test_each_problem_in_words(problem: OnePointsError, text: str) -> None:
    assert word(problem) == text


def test_a_problem_met_on_the_command_line_is_a_usage_error_worded_as_the_problem() -> None:
    problem = AsUsage(BadDate("--as-of", "soon"))
    assert isinstance(problem, UsageError)
    assert word(problem) == word(BadDate("--as-of", "soon"))


def test_an_error_worded_where_it_was_raised_is_shown_as_it_is() -> None:
    assert word(OnePointsError("Evidence file not found: /a.pdf.")) == "Evidence file not found: /a.pdf."


def test_str_of_a_problem_is_its_class_and_values_for_logs() -> None:
    assert str(BadDate("--as-of", "soon")) == "BadDate(what='--as-of', text='soon')"


def test_problems_with_the_same_values_are_equal() -> None:
    assert BadDate("a", "b") == BadDate("a", "b") != BadDate("a", "c")
    assert BadDate("a", "b") != EmptyText("a")
