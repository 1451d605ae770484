"""Issue 18 point 6 through every reading command: `--as-of D` sees the bundle built on D,
the extension recorded on D and the exam attempt of D, and none of them with D - 1.

The ledger: oca expiring 2027-06-30 with 40 points of 2025-06-01; bundle 1 built on 2026-12-06,
an OS-201 attempt failed on 2026-12-08, the extension (to 2029-06-30) recorded on 2026-12-10."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from onepoints_cli.app.history_view import written_until
from onepoints_cli.storage.ledger.history_files import Entry
from onepoints_cli.storage.ledger.versions import Version

BUILT, EXAM, EXTENDED = "2026-12-06", "2026-12-08", "2026-12-10"


def before(day: str) -> str:
    return str(date.fromisoformat(day) - timedelta(days=1))


def ok(result):
    assert result.exit_code == 0, result.stderr
    return result


@pytest.fixture
def ledger(cli, evidence_file, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    ok(cli("cert", "add", "OneStream Certified Associate", "--expires", "2027-06-30", "--id", "oca"))
    ok(
        cli(
            "add",
            "Course",
            "--date",
            "2025-06-01",
            "--kind",
            "course",
            "--points",
            "40",
            "--evidence",
            evidence_file(),
        )
    )
    monkeypatch.setenv("ONEPOINTS_TODAY", BUILT)
    ok(cli("bundle", "--out", tmp_path / "b.zip"))
    monkeypatch.setenv("ONEPOINTS_TODAY", EXAM)
    ok(cli("exam", "log", "OS-201", "--date", EXAM, "--result", "fail"))
    monkeypatch.setenv("ONEPOINTS_TODAY", EXTENDED)
    ok(cli("extend", "--case", "CS1"))
    monkeypatch.setenv("ONEPOINTS_TODAY", "2027-01-01")  # the clock is later than every edge below
    return cli


def as_json(result):
    assert result.exit_code == 0 and result.stderr == "", result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(("day", "state"), [(before(EXTENDED), "counting"), (EXTENDED, "used")])
def test_list_and_show_use_the_extensions_recorded_by_the_day(ledger, day, state):
    listed = as_json(ledger("list", "--json", "--as-of", day))
    assert [a["state"] for a in listed["activities"]] == [state]
    assert as_json(ledger("show", "1", "--json", "--as-of", day))["state"] == state
    text = ledger("list", "--as-of", day)
    assert text.exit_code == 0 and text.stderr == "" and state in text.stdout


@pytest.mark.parametrize(("day", "expires"), [(before(EXTENDED), "2027-06-30"), (EXTENDED, "2029-06-30")])
def test_cert_list_calendar_timeline_and_report_show_the_expiry_of_the_day(ledger, day, expires):
    certs = as_json(ledger("cert", "list", "--json", "--as-of", day))["certifications"]
    assert [c["expires"] for c in certs] == [expires]
    calendar = ledger("calendar", "--as-of", day)
    assert calendar.exit_code == 0 and calendar.stderr == ""
    assert f"DTSTART;VALUE=DATE:{expires.replace('-', '')}" in calendar.stdout
    other = "2029-06-30" if expires == "2027-06-30" else "2027-06-30"
    assert f"DTSTART;VALUE=DATE:{other.replace('-', '')}" not in calendar.stdout
    line = as_json(ledger("timeline", "--json", "--from", day))
    assert [c["expires"] for c in line["certifications"]] == [expires]
    assert line["series"][0]["balance"] == (40 if expires == "2027-06-30" else 0)
    page = ledger("report", "--out", "-", "--as-of", day)
    assert page.exit_code == 0 and page.stderr == ""
    assert expires in page.stdout and other not in page.stdout


@pytest.mark.parametrize(("day", "seen"), [(before(BUILT), False), (BUILT, True)])
def test_bundles_and_status_see_the_bundle_from_its_day(ledger, day, seen):
    listed = as_json(ledger("bundles", "--json", "--as-of", day))["bundles"]
    assert bool(listed) is seen
    oca = as_json(ledger("status", "--json", "--as-of", day))["certifications"][0]
    assert (oca["next_action"] == "send_bundle") is seen


@pytest.mark.parametrize(("day", "allowed", "listed"), [(before(EXAM), True, []), (EXAM, False, [EXAM])])
def test_exam_next_and_list_see_the_attempts_up_to_the_day(ledger, day, allowed, listed):
    outlook = ledger("exam", "next", "OS-201", "--json", "--as-of", day)
    assert outlook.exit_code == 0
    assert json.loads(outlook.stdout)["allowed"] is allowed
    assert ("No attempt of OS-201 is recorded" in outlook.stderr) is allowed
    attempts = as_json(ledger("exam", "list", "--json", "--as-of", day))["exams"]
    assert [a["date"] for a in attempts] == listed
    assert len(as_json(ledger("exam", "list", "--json"))["exams"]) == 1  # without --as-of: every attempt


def test_export_keeps_used_whatever_the_day(ledger):
    """A decision (docs/rules.md): the CSV is a copy of the record, which `import` reads back;
    an activity used by an extension recorded later must not come back as counting."""
    exported = ledger("export", "--as-of", before(EXTENDED))
    assert exported.exit_code == 0 and exported.stderr == ""
    assert ",used," in exported.stdout


def test_history_as_of_lists_the_versions_written_up_to_the_day(ledger):
    versions = as_json(ledger("history", "--json"))["versions"]
    written = date.fromisoformat(versions[-1]["time"][:10])  # the wall clock of the writes
    on_the_day = as_json(ledger("history", "--json", "--as-of", str(written)))["versions"]
    assert [v["version"] for v in on_the_day] == [v["version"] for v in versions]
    first = date.fromisoformat(versions[0]["time"][:10])
    assert as_json(ledger("history", "--json", "--as-of", str(first - timedelta(days=1))))["versions"] == []
    text = ledger("history", "--as-of", str(first - timedelta(days=1)))
    assert text.exit_code == 0 and text.stdout == "" and "No history yet" in text.stderr


def _version(number: int, time: str) -> Version:
    return Version(Entry(number, time, "onepoints add", "command", number - 1, None, (), None), None)


@pytest.mark.parametrize(
    ("day", "kept"),
    [
        ("2026-03-01", [1, 2]),  # the last day: the version written that evening is in
        ("2026-02-28", [1]),  # the day before: it is not
        ("2026-02-27", []),
    ],
)
def test_history_stops_at_the_first_version_written_after_the_day(day, kept):
    found = [
        _version(1, "2026-02-28T09:00:00+01:00"),
        _version(2, "2026-03-01T23:30:00-05:00"),  # the writer's own day, not UTC's
        _version(3, "2026-03-02T08:00:00+01:00"),
        _version(4, "2026-02-01T08:00:00+01:00"),  # a clock set back: still after version 3
    ]
    assert [v.entry.version for v in written_until(found, date.fromisoformat(day))] == kept


def test_history_keeps_a_version_whose_time_does_not_read():
    found = [_version(1, ""), _version(2, "2026-03-02T08:00:00+01:00")]
    assert [v.entry.version for v in written_until(found, date(2026, 3, 1))] == [1]


def test_a_bad_as_of_is_a_usage_error_before_the_ledger_is_read(cli, onepoints_home):
    (onepoints_home).mkdir(parents=True)
    (onepoints_home / "ledger.toml").write_text("not toml [")
    for args in (["list"], ["calendar"], ["cert", "list"], ["history"], ["exam", "list"]):
        result = cli(*args, "--as-of", "2026-02-30")
        assert result.exit_code == 2 and result.stdout == "" and "--as-of" in result.stderr, args
