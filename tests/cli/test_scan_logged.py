"""A document about an activity the ledger already records is proposed as
`onepoints attach N FILE`; `scan --add` attaches it, and the rest of the batch
is logged as usual (issue 20: one match used to stop the whole batch)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from tests.support.scan_fixtures import ics_bytes, pdf_bytes, write

TITLE = "OneStream Tech Talk: Cube Views"


def _downloads(tmp_path: Path) -> Path:
    folder = tmp_path / "Downloads"
    folder.mkdir()
    start = dt.datetime(2025, 3, 18, 15, 0, tzinfo=dt.UTC)
    write(folder, "a-invite.ics", ics_bytes(TITLE, start, start + dt.timedelta(hours=1)))
    lines = ["OneStream Tech Talk", "Certificate of Attendance", f"Session: {TITLE}", "Date: March 18, 2025",
             "CPE credits: 1"]  # fmt: skip
    write(folder, "b-certificate.pdf", pdf_bytes(lines))
    write(folder, "c-splash.ics", ics_bytes("Splash 2025: Planning workshop", dt.datetime(2025, 5, 12, 9),
                                           dt.datetime(2025, 5, 12, 16)))  # fmt: skip
    return folder


def test_a_document_of_a_logged_activity_is_proposed_as_attach(cli, tmp_path):
    folder = _downloads(tmp_path)
    logged = cli("add", TITLE, "--date", "2025-03-18", "--kind", "tech-talk", "--hours", "1")
    assert logged.exit_code == 0, logged.stderr
    result = cli("scan", folder / "b-certificate.pdf")
    assert result.exit_code == 0, result.stderr
    assert "already logged as activity 1" in result.stdout
    assert f"onepoints attach 1 {folder / 'b-certificate.pdf'}" in result.stdout
    assert "onepoints add" not in result.stdout
    data = json.loads(cli("scan", folder / "b-certificate.pdf", "--json").stdout)
    assert data["proposals"][0]["logged"] == 1


def test_add_attaches_to_the_logged_activity_and_logs_the_rest(cli, tmp_path):
    folder = _downloads(tmp_path)
    assert cli("add", TITLE, "--date", "2025-03-18", "--kind", "tech-talk", "--hours", "1").exit_code == 0
    result = cli("scan", folder, "--add", "--json")
    assert result.exit_code == 0, result.stderr
    added = json.loads(result.stdout)["added"]
    assert [(a["id"], a["attached"]) for a in added] == [(1, True), (1, True), (2, False)]
    assert "Attached to activity 1" in result.stderr and "Logged activity 2" in result.stderr
    activities = json.loads(cli("list", "--json").stdout)["activities"]
    assert len(activities) == 2
    assert cli("scan", folder, "--verbose").stderr.count("already recorded") == 3


def test_two_documents_of_one_new_activity_make_one_activity(cli, tmp_path):
    folder = _downloads(tmp_path)
    result = cli("scan", folder, "--add", "--json")
    assert result.exit_code == 0, result.stderr
    added = json.loads(result.stdout)["added"]
    assert [(a["id"], a["attached"]) for a in added] == [(1, False), (1, True), (2, False)]
    assert len(json.loads(cli("list", "--json").stdout)["activities"]) == 2


def test_a_document_that_awards_points_is_logged_with_points(cli, tmp_path):
    lines = ["OneStream Press", "Contributor acknowledgement", "With thanks to Sam Taylor, author of the chapter",
             "Mastering Workflow", "Published 14 March 2025", "OnePoints awarded: 10"]  # fmt: skip
    path = write(tmp_path, "press.pdf", pdf_bytes(lines))
    listed = cli("scan", path)
    assert listed.exit_code == 0 and "10 pts" in listed.stdout and "--points 10" in listed.stdout
    refused = cli("add", "--from", path)
    assert refused.exit_code == 1 and "give --points 10" in refused.stderr and refused.stdout == ""
    added = json.loads(cli("scan", path, "--add", "--json").stdout)["added"]
    assert added == [{"number": 1, "id": 1, "attached": False}]
    activity = json.loads(cli("list", "--json").stdout)["activities"][0]
    assert (activity["kind"], str(activity["points"])) == ("press", "10")
