"""Usage errors exit 2 with click's usage line; refusals and bad data exit 1."""

from __future__ import annotations

import json

import pytest


def cert(cli, cert_id, *extra):
    result = cli(
        "cert", "add", f"OneStream Certified {cert_id}", "--expires", "2027-03-31", "--id", cert_id, *extra
    )
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["add", "Talk", "--date", "2025-01-01", "--kind", "course"], "Give --hours or --points"),
        (["add", "Talk", "--date", "2025-31-01", "--kind", "course", "--hours", "1"], "not a valid date"),
        (["add", "Talk", "--date", "2025-01-01", "--kind", "course", "--hours", "one"], "not a number"),
        (["status", "--as-of", "tomorrow"], "not a valid date"),
        (["edit", "1"], "Nothing to change"),
        (["cert", "edit", "oca"], "Nothing to change"),
        (["exam", "log", "OS-201", "--date", "2025-01-01", "--result", "maybe"], "Unknown exam result"),
        (["exam", "next", " "], "exam name is empty"),
    ],
)
def test_usage_errors_exit_2(cli, args, message):
    cert(cli, "oca")
    result = cli(*args)
    assert result.exit_code == 2, result.stderr
    assert result.stdout == ""
    assert message in result.stderr
    assert "Usage: " in result.stderr and "--help" in result.stderr.replace("-h'", "--help'")


def test_cert_needed_when_several_can_be_bundled(cli):
    cert(cli, "oca")
    cert(cli, "ocp")
    result = cli("bundle", "--dry-run")
    assert result.exit_code == 2 and result.stdout == ""
    assert "choose one with --cert (oca, ocp)" in result.stderr


def test_micro_credentials_do_not_count_for_cert(cli, evidence_file):
    cert(cli, "oca")
    cert(cli, "fcf", "--micro")
    proof = evidence_file()
    assert (
        cli(
            "add", "Course", "--date", "2026-01-01", "--kind", "course", "--hours", "40", "--evidence", proof
        ).exit_code
        == 0
    )
    result = cli("bundle", "--dry-run", "--json", "--as-of", "2026-06-01")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["cert"] == "oca"


def test_refusals_still_exit_1(cli):
    cert(cli, "oca")
    result = cli("status", "--cert", "nope")
    assert result.exit_code == 1 and "Usage: " not in result.stderr
