"""The core commands through the real CLI: exit code, stdout and stderr apart."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from onepoints_cli import __version__


def setup_cert(cli, expires="2027-03-31", cert_id="oca"):
    result = cli("cert", "add", "OneStream Certified Associate", "--expires", expires, "--id", cert_id)
    assert result.exit_code == 0, result.stderr
    return result


def add(cli, *args):
    result = cli("add", *args)
    assert result.exit_code == 0, result.stderr
    return int(result.stdout.strip())


# --- certifications -----------------------------------------------------------


def test_cert_add_prints_the_id_and_list_shows_it(cli):
    result = setup_cert(cli)
    assert result.stdout == "oca\n"
    assert "Added certification" in result.stderr
    listed = cli("cert", "list", "--json")
    assert listed.exit_code == 0 and listed.stderr == ""
    data = json.loads(listed.stdout)
    assert data["certifications"][0] == {
        "id": "oca",
        "name": "OneStream Certified Associate",
        "type": "certification",
        "earned": None,
        "expires": "2027-03-31",
        "badge_url": None,
    }


def test_cert_id_is_made_from_the_name(cli):
    result = cli("cert", "add", "OneStream Certified Lead Architect", "--expires", "2027-01-01")
    assert result.stdout == "ocla\n"
    again = cli("cert", "add", "OneStream Certified Lead Architect", "--expires", "2027-01-01")
    assert again.stdout == "ocla-2\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--expires", "2025-02-30"], "not a valid date"),
        (["--expires", "2025-01-01", "--earned", "2026-01-01"], "before the date earned"),
        (["--expires", "2025-01-01", "--id", "Bad Id!"], "lowercase"),
    ],
)
def test_cert_add_refusals(cli, onepoints_home, args, message):
    result = cli("cert", "add", "Cert", *args)
    assert result.exit_code == (2 if "valid date" in message else 1)  # a malformed option is a usage error
    assert result.stdout == ""
    assert message in result.stderr
    assert not onepoints_home.exists() or not (onepoints_home / "ledger.toml").exists()


def test_duplicate_cert_id_is_refused(cli):
    setup_cert(cli)
    result = cli("cert", "add", "Other", "--expires", "2028-01-01", "--id", "oca")
    assert result.exit_code == 1 and "already exists" in result.stderr


def test_cert_edit_and_rm(cli):
    setup_cert(cli)
    assert cli("cert", "edit", "oca", "--expires", "2029-03-31").exit_code == 0
    assert json.loads(cli("cert", "list", "--json").stdout)["certifications"][0]["expires"] == "2029-03-31"
    refused = cli("cert", "rm", "oca")  # no terminal to ask on
    assert refused.exit_code == 1 and "--yes" in refused.stderr
    assert cli("cert", "rm", "oca", "--yes").exit_code == 0
    assert json.loads(cli("cert", "list", "--json").stdout)["certifications"] == []
    missing = cli("cert", "edit", "nope", "--name", "x")
    assert missing.exit_code == 1 and "No certification with id 'nope'" in missing.stderr


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


def test_undo_says_what_it_restored(cli):
    add(cli, "Course", "--date", "2025-01-10", "--kind", "course", "--hours", "16")
    add(cli, "Talk", "--date", "2025-01-11", "--kind", "tech-talk", "--hours", "1")
    result = cli("undo")
    assert result.exit_code == 0
    assert "activity 2 (Talk, 2025-01-11) removed" in result.stderr
    assert [a["id"] for a in json.loads(cli("list", "--json").stdout)["activities"]] == [1]


# --- status -------------------------------------------------------------------


def test_status_without_certifications_explains(cli, onepoints_home):
    result = cli("status")
    assert result.exit_code == 0
    assert "onepoints cert add" in result.stdout
    assert not onepoints_home.exists()


def test_status_json_keys_and_values(cli, evidence_file):
    setup_cert(cli)
    add(
        cli,
        "Course",
        "--date",
        "2025-02-10",
        "--kind",
        "course",
        "--hours",
        "30",
        "--evidence",
        evidence_file(),
    )
    add(cli, "Talk", "--date", "2025-06-01", "--kind", "tech-talk", "--points", "2.5")
    add(cli, "Splash", "--date", "2027-01-15", "--kind", "splash", "--hours", "8")
    result = cli("status", "--json", "--as-of", "2026-11-24")
    assert result.exit_code == 0 and result.stderr == ""
    data = json.loads(result.stdout)
    assert data["as_of"] == "2026-11-24"
    c = data["certifications"][0]
    assert c["expires"] == "2027-03-31" and c["deadline"] == "2027-03-01"
    assert (c["days_to_deadline"], c["days_to_expiry"]) == (97, 127)
    assert (c["balance"], c["balance_with_evidence"], c["needed"]) == (32.5, 30, 7.5)
    assert c["aging_out"] == [{"id": 1, "points": 30, "ages_out": "2027-02-10"}]
    assert c["balance_at_deadline"] == 2.5 and c["planned"] == 8
    assert c["state"] == "on_track" and isinstance(c["warnings"], list)


def test_status_check_for_cron(cli):
    setup_cert(cli, expires="2027-03-31")
    calm = cli("status", "--check", "--as-of", "2026-01-01")
    assert calm.exit_code == 0 and calm.stdout.strip() == ""
    alarm = cli("status", "--check", "--as-of", "2027-01-15")
    assert alarm.exit_code == 1
    assert "at risk" in alarm.stdout


def test_status_table_and_unknown_cert(cli):
    setup_cert(cli)
    add(cli, "Course", "--date", "2025-02-10", "--kind", "course", "--hours", "40")
    result = cli("status", "--as-of", "2026-06-01")
    assert result.exit_code == 0
    assert "needs evidence" in result.stdout and "attach" in result.stdout
    unknown = cli("status", "--cert", "zzz")
    assert unknown.exit_code == 1 and "Known ids: oca" in unknown.stderr


def test_status_bad_as_of(cli):
    result = cli("status", "--as-of", "2026-02-30")
    assert result.exit_code == 2 and "--as-of" in result.stderr and result.stdout == ""


# --- reference commands -------------------------------------------------------


def test_kinds_builtin_and_from_config(cli, onepoints_home):
    onepoints_home.mkdir()
    (onepoints_home / "config.toml").write_text(
        '[kinds.summit]\nname = "Summit"\npoints_per_hour = 0.5\n[kinds.course]\npoints_per_hour = 2\n'
    )
    kinds = {k["id"]: k for k in json.loads(cli("kinds", "--json").stdout)["kinds"]}
    assert list(kinds)[:8] == [
        "course",
        "tech-talk",
        "webinar",
        "webinar-host",
        "splash",
        "wave",
        "press",
        "other",
    ]
    assert kinds["summit"] == {"id": "summit", "name": "Summit", "points_per_hour": 0.5, "builtin": False}
    assert kinds["course"]["points_per_hour"] == 2
    assert add(cli, "Summit", "--date", "2025-01-01", "--kind", "summit", "--hours", "3") == 1
    assert json.loads(cli("show", "1", "--json").stdout)["points"] == 1.5


def test_path_and_config(cli, onepoints_home):
    paths = cli("path")
    assert (
        paths.stdout
        == f"ledger: {onepoints_home / 'ledger.toml'}\nconfig: {onepoints_home / 'config.toml'}\n"
    )
    config = json.loads(cli("config", "--json").stdout)
    assert (config["lead_days"], config["warn_days"], config["holder_name"]) == (30, 90, None)
    assert not onepoints_home.exists()


def test_bad_ledger_gives_a_message_not_a_traceback(cli, onepoints_home):
    onepoints_home.mkdir()
    (onepoints_home / "ledger.toml").write_text("[[activities]]\nid = 'x'\n")
    for args in (
        ["status"],
        ["list"],
        ["add", "T", "--date", "2025-01-01", "--kind", "course", "--hours", "1"],
    ):
        result = cli(*args)
        assert result.exit_code == 1
        assert "is not a valid onepoints file" in result.stderr
    assert (onepoints_home / "ledger.toml").read_text() == "[[activities]]\nid = 'x'\n"


def test_version(cli):
    result = cli("--version")
    assert result.exit_code == 0 and result.stdout == f"onepoints {__version__}\n"


def test_python_dash_m_works_the_same(onepoints_home):
    result = subprocess.run(
        [sys.executable, "-m", "onepoints_cli", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout == f"onepoints {__version__}\n"
    bad = subprocess.run(
        [sys.executable, "-m", "onepoints_cli", "status", "--as-of", "x"], capture_output=True, text=True
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and bad.stdout == ""


@pytest.mark.parametrize(
    "command", [[], ["cert"], ["add"], ["status"], ["list"], ["undo"], ["kinds"], ["cert", "add"]]
)
def test_every_command_has_help_with_an_example(cli, command):
    result = cli(*command, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.stdout
    if command and command != ["cert"]:
        assert "Example" in result.stdout


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


def test_status_terminal_card_shows_titles_literally(monkeypatch, capsys):
    from datetime import date

    from onepoints_cli.domain.models import Ledger, Settings
    from onepoints_cli.domain.standing import standings
    from onepoints_cli.render import table
    from onepoints_cli.render.status import _card, _print_cards

    from .conftest import activity, cert

    monkeypatch.setattr(table, "is_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", "120")
    odd = activity(1, date(2025, 2, 1), "5")._replace(title="[/] odd \x1b[31mtitle")
    ledger = Ledger(next_activity_id=2, certifications=(cert(date(2027, 3, 31)),), activities=(odd,))
    _print_cards(None, [_card(standings(ledger, Settings(), date(2026, 11, 24))[0])])
    out = capsys.readouterr().out
    assert "[/] odd \\x1b[31mtitle" in out and "█" in out


def test_status_after_a_bundle_points_to_extend(cli, evidence_file, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    setup_cert(cli)
    add(
        cli,
        "Course",
        "--date",
        "2026-01-10",
        "--kind",
        "course",
        "--hours",
        "40",
        "--evidence",
        evidence_file(),
    )
    assert cli("bundle", "--as-of", "2026-06-01").exit_code == 0
    data = json.loads(cli("status", "--json", "--as-of", "2026-06-01").stdout)["certifications"][0]
    assert data["state"] == "ready" and data["open_bundle"] == 1
    assert "onepoints extend" in data["next_step"]


def test_status_lists_only_the_first_activities_to_age_out(cli):
    from onepoints_cli.render.status import AGING_ROWS_SHOWN

    setup_cert(cli, expires="2027-12-31")
    for day in range(1, AGING_ROWS_SHOWN + 4):
        add(cli, f"Talk {day}", "--date", f"2025-01-{day:02d}", "--kind", "tech-talk", "--hours", "1")
    text = cli("status", "--as-of", "2026-06-01").stdout
    assert f"Talk {AGING_ROWS_SHOWN}" in text and f"Talk {AGING_ROWS_SHOWN + 1}" not in text
    assert "... and 3 more (onepoints list)" in text
    data = json.loads(cli("status", "--json", "--as-of", "2026-06-01").stdout)
    assert len(data["certifications"][0]["aging_out"]) == AGING_ROWS_SHOWN + 3
