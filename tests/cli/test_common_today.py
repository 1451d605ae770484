"""ONEPOINTS_TODAY stands in for the clock (cli/common.py `today`); --as-of still wins."""

from __future__ import annotations

import json


def test_the_variable_is_today_for_stamps_and_defaults(cli, monkeypatch):
    monkeypatch.setenv("ONEPOINTS_TODAY", "2026-01-05")
    cli("cert", "add", "OneStream Certified Associate", "--expires", "2027-03-31", "--id", "oca")
    added = cli("add", "Course", "--date", "2026-01-06", "--kind", "course", "--hours", "2")
    assert added.exit_code == 0 and "2026-01-06 is in the future" in added.stderr
    status = json.loads(cli("status", "--json").stdout)
    assert status["as_of"] == "2026-01-05"
    assert json.loads(cli("status", "--json", "--as-of", "2026-02-01").stdout)["as_of"] == "2026-02-01"


def test_a_bad_value_is_a_clear_error(cli, monkeypatch):
    monkeypatch.setenv("ONEPOINTS_TODAY", "05/01/2026")
    result = cli("status")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == (
        "Error: ONEPOINTS_TODAY '05/01/2026' is not a valid date: use YYYY-MM-DD, for example 2025-03-31.\n"
    )
