"""Issue 18 through the real commands: built bundles checked when shown, extend's
warnings, --as-of as a real date, planned activities after the deadline."""

from __future__ import annotations

import json

import pytest


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def built(cli, evidence_file, tmp_path, monkeypatch):
    """oca expiring 2027-06-30; bundle 1 built on 2026-12-06 from 30 points of 2025-01-10 and 10 of
    2025-06-01 (the 30 age out on 2027-01-10)."""
    monkeypatch.chdir(tmp_path)
    cli("cert", "add", "OneStream Certified Associate", "--expires", "2027-06-30", "--id", "oca")
    for day, points in (("2025-01-10", "30"), ("2025-06-01", "10")):
        added = cli(
            "add",
            "Course",
            "--date",
            day,
            "--kind",
            "course",
            "--points",
            points,
            "--evidence",
            evidence_file(),
        )
        assert added.exit_code == 0, added.stderr
    monkeypatch.setenv("ONEPOINTS_TODAY", "2026-12-06")
    assert cli("bundle").exit_code == 0
    return cli


@pytest.mark.parametrize(
    ("as_of", "action", "out_of_date"),
    [
        ("2027-01-09", "send_bundle", False),  # the last day the bundle holds 40
        ("2027-01-10", "earn", True),  # the first it does not: never "attach it to a case"
    ],
)
def test_status_and_bundles_check_the_built_bundle(built, as_of, action, out_of_date):
    result = built("status", "--json", "--as-of", as_of)
    assert result.exit_code == 0 and result.stderr == ""
    oca = json.loads(result.stdout)["certifications"][0]
    assert (oca["next_action"], oca["bundle_check"]["out_of_date"]) == (action, out_of_date)
    assert oca["bundle_check"]["complete_until"] == "2027-01-09"
    listed = built("bundles", "--json", "--as-of", as_of)
    assert listed.exit_code == 0 and listed.stderr == ""
    check = json.loads(listed.stdout)["bundles"][0]["check"]
    assert (check["out_of_date"], check["stopped_on"]) == (out_of_date, "2027-01-10" if out_of_date else None)
    text = built("bundles", "--as-of", as_of).stdout
    assert ("OUT OF DATE since 2027-01-10" in text) is out_of_date
    if out_of_date:
        assert "attach it" not in oca["next_step"]
        assert "The built bundle no longer holds 40 points since 2027-01-10" in oca["warnings"][0]


def test_status_as_of_before_the_build_does_not_see_the_bundle(built):
    before = json.loads(built("status", "--json", "--as-of", "2026-12-05").stdout)["certifications"][0]
    assert (before["open_bundle"], before["next_action"]) == (None, "bundle")
    on_the_day = json.loads(built("status", "--json", "--as-of", "2026-12-06").stdout)["certifications"][0]
    assert (on_the_day["open_bundle"], on_the_day["next_action"]) == (1, "send_bundle")


@pytest.mark.parametrize(
    ("today", "warned"),
    [("2027-01-09", False), ("2027-01-10", True)],  # the last day it holds 40, the first it does not
)
def test_extend_records_an_out_of_date_bundle_but_says_when_it_stopped(built, monkeypatch, today, warned):
    monkeypatch.setenv("ONEPOINTS_TODAY", today)
    result = built("extend", "--case", "CS1")
    assert result.exit_code == 0 and result.stdout == ""
    assert "Recorded the extension of 'oca'" in flat(result.stderr)
    assert ("Bundle 1 stopped being complete on 2027-01-10" in flat(result.stderr)) is warned
    assert "expired on" not in result.stderr


@pytest.mark.parametrize(("today", "warned"), [("2027-06-30", False), ("2027-07-01", True)])
def test_extend_after_the_expiry_warns(built, monkeypatch, today, warned):
    monkeypatch.setenv("ONEPOINTS_TODAY", today)
    result = built("extend", "--case", "CS1")
    assert result.exit_code == 0 and result.stdout == ""
    assert ("'oca' expired on 2027-06-30" in flat(result.stderr)) is warned


@pytest.mark.parametrize(
    ("day", "planned", "later"),
    [("2027-05-31", "5", "0"), ("2027-06-01", "0", "5")],  # deadline 2027-05-31: the last day that counts
)
def test_planned_counts_up_to_the_deadline_and_shows_later_ones_apart(built, day, planned, later):
    built("add", "Planned course", "--date", day, "--kind", "course", "--points", "5")
    oca = json.loads(built("status", "--json", "--as-of", "2027-01-15").stdout)["certifications"][0]
    assert (oca["planned"], oca["planned_after_deadline"]) == (int(planned), int(later))
    text = built("status", "--as-of", "2027-01-15").stdout
    assert ("Planned later" in text) is (later != "0")
