"""`onepoints exam ...` through the real CLI: exit code, stdout and stderr apart."""

from __future__ import annotations

import json

import pytest

OUTLOOK_KEYS = {
    "exam",
    "as_of",
    "allowed",
    "earliest",
    "reasons",
    "attempts_in_last_12_months",
    "fee_usd",
    "pending",
}


def flat(text: str) -> str:
    """Messages on stderr are wrapped to the terminal width: compare them unwrapped."""
    return " ".join(text.split())


def log(cli, *args):
    result = cli("exam", "log", *args)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    return result


def outlook(cli, exam, as_of):
    result = cli("exam", "next", exam, "--as-of", as_of, "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == OUTLOOK_KEYS
    return data


def test_a_failed_first_attempt_waits_3_days(cli):
    logged = log(cli, "OS-201", "--date", "2025-03-03", "--result", "fail")
    assert flat(logged.stderr) == "Logged the OS-201 attempt on 2025-03-03: fail."
    data = outlook(cli, "OS-201", "2025-03-04")
    assert data == {
        "exam": "OS-201",
        "as_of": "2025-03-04",
        "allowed": False,
        "earliest": "2025-03-06",
        "reasons": ["1st failed attempt on 2025-03-03: 3 days before the second attempt (until 2025-03-06)"],
        "attempts_in_last_12_months": 1,
        "fee_usd": 300,
        "pending": [],
    }
    assert outlook(cli, "os-201", "2025-03-06")["allowed"] is True


def test_a_pending_attempt_shows_its_expected_dates_then_takes_its_result(cli):
    # 2025-03-07 is a Friday: results are due on the 2nd and 3rd business days after.
    logged = log(cli, "OS-201", "--date", "2025-03-07", "--result", "pending")
    assert "expected between 2025-03-11 and 2025-03-12" in flat(logged.stderr)
    assert "onepoints exam result OS-201 --date 2025-03-07 --result pass|fail" in flat(logged.stderr)

    data = outlook(cli, "OS-201", "2025-03-10")
    assert data["allowed"] is False
    assert data["pending"] == [
        {"attempt": "2025-03-07", "expected_from": "2025-03-11", "expected_by": "2025-03-12"}
    ]
    assert data["reasons"][0].startswith("result of the attempt on 2025-03-07 pending")

    listed = json.loads(cli("exam", "list", "--json").stdout)["exams"]
    assert listed == [
        {
            "exam": "OS-201",
            "date": "2025-03-07",
            "result": "pending",
            "beta": False,
            "expected_from": "2025-03-11",
            "expected_by": "2025-03-12",
        }
    ]

    result = cli("exam", "result", "os-201", "--date", "2025-03-07", "--result", "PASS")
    assert result.exit_code == 0 and result.stdout == ""
    assert "Recorded the result of the OS-201 attempt on 2025-03-07: pass." in flat(result.stderr)
    after = outlook(cli, "OS-201", "2025-03-20")
    assert after["pending"] == [] and after["earliest"] == "2026-11-07"
    assert "passed on 2025-03-07" in after["reasons"][0]
    listed = json.loads(cli("exam", "list", "--json").stdout)["exams"]
    assert listed[0]["result"] == "pass" and listed[0]["expected_from"] is None


def test_next_as_text_summarises_with_the_fee(cli):
    log(cli, "OS-201", "--date", "2025-03-03", "--result", "fail")
    text = cli("exam", "next", "OS-201", "--as-of", "2025-03-04")
    assert text.exit_code == 0 and text.stderr == ""
    assert text.stdout.splitlines()[0] == (
        "OS-201 as of 2025-03-04: the next attempt may be taken from 2025-03-06"
    )
    assert "USD 300 retake fee" in text.stdout
    assert "1 of 4 attempts" in text.stdout
    assert "3 days before the second attempt" in text.stdout


def test_an_exam_never_attempted_is_allowed_with_a_note(cli):
    log(cli, "OS-201", "--date", "2025-03-03", "--result", "pass")
    result = cli("exam", "next", "OS-999", "--as-of", "2025-03-04", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["allowed"] is True and data["reasons"] == [] and data["pending"] == []
    assert data["fee_usd"] is None and data["attempts_in_last_12_months"] == 0
    assert data["earliest"] == "2025-03-04"
    assert "No attempt of OS-999 is recorded" in flat(result.stderr)
    assert "Exams recorded: OS-201." in flat(result.stderr)
    text = cli("exam", "next", "OS-999", "--as-of", "2025-03-04")
    assert "may be taken now" in text.stdout and "fee set per exam" in text.stdout
    blank = cli("exam", "next", " ", "--as-of", "2025-03-04")
    assert blank.exit_code == 2 and blank.stdout == "" and "exam name is empty" in flat(blank.stderr)


def test_an_attempt_the_rules_did_not_allow_is_recorded_with_a_warning(cli):
    log(cli, "OS-201", "--date", "2025-03-03", "--result", "fail")
    second = log(cli, "OS-201", "--date", "2025-03-04", "--result", "fail")
    assert "Warning: The OS-201 attempt on 2025-03-04 is earlier than the rules allow" in flat(second.stderr)
    assert len(json.loads(cli("exam", "list", "--json").stdout)["exams"]) == 2


@pytest.mark.parametrize(
    ("second", "message"),
    [
        (["--date", "2025-03-03", "--result", "pass"], "is already recorded: one attempt a day"),
        (["--date", "2025-06-03", "--result", "fail", "--beta"], "beta is taken once only"),
        (["--date", "2025-06-03", "--result", "maybe"], "Unknown exam result 'maybe'"),
        (["--date", "2025-06-31", "--result", "fail"], "not a valid date"),
    ],
)
def test_refused_attempts_change_nothing(cli, onepoints_home, second, message):
    log(cli, "OS-201", "--date", "2025-03-03", "--result", "fail", "--beta")
    before = (onepoints_home / "ledger.toml").read_bytes()
    result = cli("exam", "log", "OS-201", *second)
    usage = "Unknown exam result" in message or "valid date" in message
    assert result.exit_code == (2 if usage else 1) and result.stdout == ""
    assert message in flat(result.stderr)
    assert "Traceback" not in result.stderr
    assert (onepoints_home / "ledger.toml").read_bytes() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--date", "2025-03-03", "--result", "pass"], "already has its result (fail)"),
        (["--date", "2025-03-04", "--result", "pass"], "No OS-201 attempt on 2025-03-04 is recorded"),
        (["--date", "2025-03-03", "--result", "pending"], "use pass or fail"),
    ],
)
def test_result_refusals(cli, args, message):
    log(cli, "OS-201", "--date", "2025-03-03", "--result", "fail")
    result = cli("exam", "result", "OS-201", *args)
    assert result.exit_code == (2 if "use pass or fail" in message else 1) and result.stdout == ""
    assert message in flat(result.stderr)


def test_list_table_and_empty_list(cli):
    empty = cli("exam", "list")
    assert empty.exit_code == 0 and "No exam attempt recorded yet" in flat(empty.stdout)
    assert json.loads(cli("exam", "list", "--json").stdout) == {"exams": []}
    log(cli, "OS-201", "--date", "2025-03-03", "--result", "fail", "--beta")
    table = cli("exam", "list")
    assert table.exit_code == 0 and table.stderr == ""
    assert "OS-201" in table.stdout and "2025-03-03" in table.stdout and "beta" in table.stdout


@pytest.mark.parametrize(
    "command", [["exam"], ["exam", "log"], ["exam", "result"], ["exam", "list"], ["exam", "next"]]
)
def test_exam_help_has_an_example(cli, command):
    result = cli(*command, "--help")
    assert result.exit_code == 0 and "Usage" in result.stdout
    if len(command) > 1:
        assert "Example: onepoints exam" in result.stdout
