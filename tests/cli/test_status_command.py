"""`status` through the real CLI: exit code, stdout and stderr apart."""

from __future__ import annotations

import json

from tests.support.cli_steps import add, setup_cert

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


def test_status_terminal_card_shows_titles_literally(monkeypatch, capsys):
    from datetime import date

    from onepoints_cli.domain.models import Ledger, Settings
    from onepoints_cli.domain.points.standing import standings
    from onepoints_cli.render import table
    from onepoints_cli.render.status import _card, _print_cards
    from tests.support.builders import activity, cert

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
    setup_cert(cli, expires="2027-12-31")
    for day in range(1, 12):
        add(cli, f"Talk {day}", "--date", f"2025-01-{day:02d}", "--kind", "tech-talk", "--hours", "1")
    text = cli("status", "--as-of", "2026-06-01").stdout
    # The first 8 of the 11 are shown, then a count of the rest.
    assert "Talk 8 " in text and "Talk 9 " not in text
    assert "... and 3 more (onepoints list)" in text
    data = json.loads(cli("status", "--json", "--as-of", "2026-06-01").stdout)
    assert len(data["certifications"][0]["aging_out"]) == 11
