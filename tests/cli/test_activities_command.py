"""`add`, `attach`, `list`, `show`, `edit`, `rm` and `undo` through the real CLI: exit code, stdout and stderr apart."""

from __future__ import annotations

import json

import pytest

from tests.support.cli_steps import add
from tests.support.files import every_file

# --- activities ---------------------------------------------------------------


def test_add_records_evidence_and_prints_the_id(cli, evidence_file):
    path = evidence_file()
    first = add(
        cli, "Splash 2025", "--date", "2025-05-12", "--kind", "splash", "--hours", "7.5", "--evidence", path
    )
    second = add(cli, "Tech Talk", "--date", "2025-06-01", "--kind", "Tech-Talk", "--points", "1")
    assert (first, second) == (1, 2)
    shown = json.loads(cli("show", "1", "--json", "--as-of", "2025-07-01").stdout)
    assert shown["points"] == 7.5 and shown["hours"] == 7.5 and shown["state"] == "counting"
    assert shown["evidence"][0]["path"] == str(path.resolve())
    assert shown["evidence"][0]["size"] == path.stat().st_size
    assert len(shown["evidence"][0]["sha256"]) == 64
    assert shown["ages_out"] == "2027-05-12"


def test_ids_are_never_reused(cli):
    add(cli, "One", "--date", "2025-01-01", "--kind", "course", "--hours", "1")
    add(cli, "Two", "--date", "2025-01-01", "--kind", "course", "--hours", "1")
    assert cli("rm", "2", "--yes").exit_code == 0
    assert add(cli, "Three", "--date", "2025-01-01", "--kind", "course", "--hours", "1") == 3


def test_future_date_is_planned_with_a_warning(cli):
    result = cli("add", "WAVE", "--date", "2999-01-01", "--kind", "wave", "--hours", "2")
    assert result.exit_code == 0
    assert result.stdout == "1\n"
    assert "planned" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--date", "2025-02-30", "--kind", "course", "--hours", "1"], "not a valid date"),
        (["--date", "2025-01-01", "--kind", "course", "--hours", "0"], "greater than 0"),
        (["--date", "2025-01-01", "--kind", "course", "--hours", "-2"], "greater than 0"),
        (["--date", "2025-01-01", "--kind", "course", "--hours", "nan"], "finite"),
        (["--date", "2025-01-01", "--kind", "course", "--points", "inf"], "finite"),
        (["--date", "2025-01-01", "--kind", "course", "--points", "1.234"], "2 decimal places"),
        (["--date", "2025-01-01", "--kind", "course", "--points", "lots"], "not a number"),
        (["--date", "2025-01-01", "--kind", "course"], "--hours or --points"),
        (["--date", "2025-01-01", "--kind", "juggling", "--hours", "1"], "Known kinds: course, tech-talk"),
        (
            ["--date", "2025-01-01", "--kind", "course", "--hours", "1", "--evidence", "/no/such/file.pdf"],
            "not found",
        ),
    ],
)
def test_add_refusals_write_nothing(cli, onepoints_home, args, message):
    result = cli("add", "Title", *args)
    usage = "Known kinds" not in message and "not found" not in message  # the option itself is wrong
    assert result.exit_code == (2 if usage else 1), result.stdout
    assert result.stdout == ""
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (onepoints_home / "ledger.toml").exists()


def test_empty_title_and_folder_evidence_are_refused(cli, tmp_path):
    empty = cli("add", "  ", "--date", "2025-01-01", "--kind", "course", "--hours", "1")
    assert empty.exit_code == 1 and "must not be empty" in empty.stderr
    folder = cli(
        "add", "X", "--date", "2025-01-01", "--kind", "course", "--hours", "1", "--evidence", tmp_path
    )
    assert folder.exit_code == 1 and "is a folder" in folder.stderr


def test_unreadable_evidence_is_refused(cli, evidence_file):
    import os

    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    path = evidence_file()
    path.chmod(0)
    result = cli("add", "X", "--date", "2025-01-01", "--kind", "course", "--hours", "1", "--evidence", path)
    assert result.exit_code == 1 and "Cannot read" in result.stderr


def test_usage_errors_exit_2(cli):
    result = cli("add", "X", "--date", "2025-01-01")
    assert result.exit_code == 2
    assert "--kind" in result.stderr


def test_attach_later_and_list(cli, evidence_file):
    add(cli, "Course", "--date", "2025-01-10", "--kind", "course", "--hours", "16")
    result = cli("attach", "1", evidence_file("a.pdf"), evidence_file("b.eml", b"From: x"))
    assert result.exit_code == 0 and "Attached 2 files" in result.stderr
    listed = json.loads(cli("list", "--json", "--as-of", "2027-01-10").stdout)
    item = listed["activities"][0]
    assert set(item) >= {
        "id",
        "title",
        "kind",
        "date",
        "hours",
        "points",
        "state",
        "ages_out",
        "evidence",
        "note",
    }
    assert item["state"] == "aged_out" and len(item["evidence"]) == 2
    missing = cli("attach", "9", evidence_file("c.pdf"))
    assert missing.exit_code == 1 and "No activity with id 9" in missing.stderr


def test_list_table(cli):
    add(cli, "Course", "--date", "2021-06-01", "--kind", "course", "--hours", "3")
    result = cli("list", "--as-of", "2025-01-01")
    assert result.exit_code == 0
    assert "before the program" in result.stdout and "Course" in result.stdout


def test_edit_recomputes_points_from_hours(cli):
    add(cli, "Course", "--date", "2025-01-10", "--kind", "course", "--hours", "16")
    assert cli("edit", "1", "--hours", "8", "--title", "Course, day 1", "--note", "room 4").exit_code == 0
    shown = json.loads(cli("show", "1", "--json").stdout)
    assert (shown["hours"], shown["points"], shown["title"], shown["note"]) == (
        8,
        8,
        "Course, day 1",
        "room 4",
    )
    nothing = cli("edit", "1")
    assert nothing.exit_code == 2 and "Nothing to change" in nothing.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["edit", "1", "--title", "Course"],
        ["edit", "1", "--hours", "16"],
        ["cert", "edit", "oca", "--expires", "2027-05-31"],
        ["cert", "edit", "oca", "--name", "OneStream Certified Associate"],
    ],
    ids=["title", "hours", "cert-expires", "cert-name"],
)
def test_an_edit_to_the_same_values_says_nothing_changed_and_writes_nothing(cli, onepoints_home, command):
    cli("cert", "add", "OneStream Certified Associate", "--expires", "2027-05-31")
    add(cli, "Course", "--date", "2025-01-10", "--kind", "course", "--hours", "16")
    before = every_file(onepoints_home)
    result = cli(*command)
    assert result.exit_code == 0 and result.stdout == ""
    assert "already has these values: nothing was changed." in result.stderr
    assert "Updated" not in result.stderr
    assert every_file(onepoints_home) == before  # no new version in the history either


def test_undo_says_what_it_restored(cli):
    add(cli, "Course", "--date", "2025-01-10", "--kind", "course", "--hours", "16")
    add(cli, "Talk", "--date", "2025-01-11", "--kind", "tech-talk", "--hours", "1")
    result = cli("undo")
    assert result.exit_code == 0
    assert "activity 2 (Talk, 2025-01-11) removed" in result.stderr
    assert [a["id"] for a in json.loads(cli("list", "--json").stdout)["activities"]] == [1]


def test_activity_before_the_program_is_kept_with_a_warning(cli):
    result = cli("add", "Old course", "--date", "2021-12-31", "--kind", "course", "--hours", "8")
    assert result.exit_code == 0 and result.stdout == "1\n"
    assert "never count" in result.stderr
    listed = json.loads(cli("list", "--json", "--as-of", "2022-01-01").stdout)
    assert listed["activities"][0]["state"] == "before_program"


def test_titles_are_shown_literally_never_as_markup(cli, monkeypatch):
    add(cli, "Q&A [/] [red]panel", "--date", "2025-01-10", "--kind", "webinar", "--hours", "1")
    cli("cert", "add", "Cert [bold]X", "--expires", "2027-01-01", "--id", "x")
    for args in (["list", "--as-of", "2025-02-01"], ["show", "1"], ["cert", "list"]):
        result = cli(*args)
        assert result.exit_code == 0, result.stderr
        shown = " ".join(result.stdout.split())
        assert ("[/]" in shown and "[red]panel" in shown) or "[bold]X" in shown
