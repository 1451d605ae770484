"""What a hand-edited file that does not read is told: the entry, its id, the field, what to write."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from onepoints_cli.domain.models import KindSetting, Settings
from onepoints_cli.domain.rules import HISTORY_KEEP_MAX, HISTORY_KEEP_MIN, MAX_LEAD_DAYS
from onepoints_cli.render.problems.ledger_faults import fault_text
from onepoints_cli.storage.ledger import file_problems
from tests.support.worded import refused

LEDGER = Path("/data/ledger.toml")


@pytest.mark.parametrize(
    ("value", "advice"),
    [
        ("2025-03-04", "write a date without quotes, like date = 2025-03-04"),
        (dt.datetime(2025, 3, 4, 10, 0), "write only the day, like date = 2025-03-04"),
        (True, "write a date, like date = 2025-03-04 (not true)"),
        (20250304, "write a date, like date = 2025-03-04 (not the number 20250304)"),
        ([1], "write a date, like date = 2025-03-04"),
    ],
)
def test_a_date_that_is_not_a_toml_date_is_named_with_what_to_write(value, advice):
    document = {"activities": [{"id": 7, "date": value}]}
    with refused() as raised:
        file_problems.check_dates(document, LEDGER)
    assert f"activities[0] (id 7).date: {advice}" in raised.text
    assert str(LEDGER) in raised.text


def test_an_entry_that_is_not_a_table_is_refused():
    with refused(r"activities\[1\]: must be a table, written \[\[activities\]\]"):
        file_problems.check_tables({"activities": [{"id": 1}, 3]}, LEDGER)


def test_a_newer_schema_is_refused_with_how_to_update():
    with refused("written by a newer onepoints"):
        file_problems.check_schema_version({"schema_version": 99}, LEDGER)
    with refused("whole number"):
        file_problems.check_schema_version({"schema_version": "1"}, LEDGER)


def test_pydantic_errors_are_said_as_what_to_write():
    document = {"activities": [{"id": 3, "title": "T"}]}
    error = {"loc": ("activities", 0, "points"), "type": "missing", "msg": "Field required"}
    assert fault_text(file_problems.describe(error, document)) == (
        "activities[0] (id 3).points: points is missing: add it, like points = ..."
    )
    error = {"loc": ("lead_days",), "type": "int_parsing", "msg": "Input should be a valid integer"}
    assert fault_text(file_problems.describe(error, {})) == (
        "lead_days: write a number, like lead_days = 1 (Input should be a valid integer)"
    )


def test_settings_out_of_bounds_are_each_named():
    problems = list(file_problems.settings_problems(Settings(lead_days=-1, warn_days=99999, history_keep=0)))
    assert [fault_text(p).split(" ")[0] for p in problems] == ["lead_days", "warn_days", "history_keep"]
    assert fault_text(problems[0]) == f"lead_days must be between 0 and {MAX_LEAD_DAYS}"
    assert (
        fault_text(problems[2]) == f"history_keep must be between {HISTORY_KEEP_MIN} and {HISTORY_KEEP_MAX}"
    )


def test_a_kind_id_that_breaks_the_rule_is_named():
    settings = Settings(kinds={"Bad Id": KindSetting()})
    assert [fault_text(p) for p in file_problems.settings_problems(settings)][-1:] == [
        "kinds.Bad Id: a kind id is lowercase letters, digits and '-'"
    ]
