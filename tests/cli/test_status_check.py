"""`status --check` for cron: silent and exit 0 when all is well; "ready" matters only near the deadline."""

from __future__ import annotations

import json

import pytest

EXPIRES = "2030-03-31"  # deadline 2030-03-01 (30 days' lead); warn_days 90 -> from 2029-12-01


@pytest.fixture
def ready(cli, evidence_file):
    """A certification with 40 points of evidence, long before its deadline."""
    assert (
        cli("cert", "add", "OneStream Certified Associate", "--expires", EXPIRES, "--id", "oca").exit_code
        == 0
    )
    proof = evidence_file()
    added = cli(
        "add", "Course", "--date", "2028-06-01", "--kind", "course", "--hours", "40", "--evidence", proof
    )
    assert added.exit_code == 0, added.stderr
    return cli


@pytest.mark.parametrize(
    ("as_of", "attention"),
    [
        ("2028-06-02", False),  # ready 637 days before the deadline
        ("2029-11-30", False),  # 91 days before: not yet
        ("2029-12-01", True),  # exactly warn_days before
        ("2030-03-01", True),  # the deadline itself
    ],
)
def test_ready_needs_attention_only_within_warn_days(ready, as_of, attention):
    result = ready("status", "--check", "--as-of", as_of)
    assert result.exit_code == (1 if attention else 0)
    assert result.stderr == ""
    if attention:
        assert "ready to submit" in result.stdout
    else:
        assert result.stdout == ""  # not even a blank line: cron mails any output


def test_check_json_marks_each_certification(ready):
    ready("cert", "add", "OneStream Certified Professional", "--expires", "2028-09-30", "--id", "ocp")
    result = ready("status", "--check", "--json", "--as-of", "2028-08-01")
    assert result.exit_code == 1 and result.stderr == ""
    marks = {c["id"]: c["needs_attention"] for c in json.loads(result.stdout)["certifications"]}
    assert marks == {"oca": False, "ocp": True}


def test_plain_status_still_shows_everything(ready):
    result = ready("status", "--as-of", "2028-06-02")
    assert result.exit_code == 0
    assert "As of 2028-06-02" in result.stdout and "ready to submit" in result.stdout


def test_check_output_starts_with_the_certification(ready):
    result = ready("status", "--check", "--as-of", "2030-03-01")
    assert result.stdout.startswith("OneStream Certified Associate (oca): ready to submit")


@pytest.fixture
def ageing(cli, evidence_file):
    """The issue's case: expiry 2026-12-31 (deadline 2026-12-01), 40 points from 2024-03-15."""
    cli("cert", "add", "OneStream Certified Associate", "--expires", "2026-12-31", "--id", "oca")
    proof = evidence_file()
    added = cli(
        "add", "Course", "--date", "2024-03-15", "--kind", "course", "--points", "40", "--evidence", proof
    )
    assert added.exit_code == 0, added.stderr
    return cli


@pytest.mark.parametrize(
    ("as_of", "exit_code"),
    [
        ("2025-12-13", 0),  # 91 days before the submit-by date 2026-03-14
        ("2025-12-14", 1),  # warn_days before it exactly, though the deadline is a year away
        ("2026-03-14", 1),  # the submit-by date itself
    ],
)
def test_check_warns_before_the_points_age_out(ageing, as_of, exit_code):
    result = ageing("status", "--check", "--as-of", as_of)
    assert result.exit_code == exit_code and result.stderr == ""
    if exit_code:
        assert "40 points age out on 2026-03-15: submit by 2026-03-14." in result.stdout
    else:
        assert result.stdout == ""


def test_json_gives_the_submit_by_date_and_why(ageing):
    result = ageing("status", "--json", "--as-of", "2026-01-15")
    assert result.exit_code == 0 and result.stderr == ""
    oca = json.loads(result.stdout)["certifications"][0]
    assert (oca["state"], oca["submit_by"], oca["needs_attention"]) == ("ready", "2026-03-14", True)
    assert oca["submit_by_reason"] == {
        "kind": "ageing_out",
        "points": 40,
        "ages_out": "2026-03-15",
        "text": "40 points age out on 2026-03-15: submit by 2026-03-14",
    }
    assert oca["next_step"].startswith("40 points age out on 2026-03-15: submit by 2026-03-14. ")
    text = ageing("status", "--as-of", "2026-01-15").stdout
    assert "Submit by        2026-03-14  (in 58 days), then 40 age out" in text
