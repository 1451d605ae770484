"""`onepoints scan` and `add --from` on a Downloads folder of real files."""

from __future__ import annotations

import datetime as dt
import json
import os
import shlex
from pathlib import Path

import pytest

from tests.support.scan_fixtures import encrypted_pdf_bytes, ics_bytes, pdf_bytes, tech_talk_email, write


@pytest.fixture
def downloads(tmp_path: Path) -> Path:
    """What a holder's Downloads folder holds after a few weeks."""
    folder = tmp_path / "Downloads"
    folder.mkdir()
    write(folder, "certificate.pdf", pdf_bytes())
    write(folder, "techtalk.eml", tech_talk_email(invitation=ics_bytes()))
    splash = ics_bytes(
        "Splash 2025: Planning workshop", dt.datetime(2025, 5, 12, 9), dt.datetime(2025, 5, 12, 16)
    )
    write(folder, "splash.ics", splash)
    write(folder, "wave.ics", ics_bytes("OneStream WAVE 2025", dt.date(2025, 6, 2), None, "WAVE"))
    write(
        folder,
        "webinar.pdf",
        pdf_bytes(["OneStream webinar: Hybrid planning", "Date: 04/03/2025", "Duration: 1.5 hours"]),
    )
    write(folder, "invoice.pdf", pdf_bytes(["Invoice 42", "Date: March 4, 2025", "2 hours"]))
    write(folder, "locked.pdf", encrypted_pdf_bytes())
    write(folder, "scan.pdf", pdf_bytes(text=False))
    write(folder, "holiday.jpg", b"\xff\xd8\xff")
    os.mkfifo(folder / "pipe.ics")
    return folder


def scan_json(cli, *args):
    result = cli("scan", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_the_table_the_add_lines_and_the_report(cli, downloads):
    result = cli("scan", downloads)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["#", "date", "hours", "kind", "title", "file"]
    assert lines[1].split()[:4] == ["1", "2025-03-04", "8", "course"]
    cert_line = f"onepoints add 'OneStream Navigator: Finance Rules and Calculations' --date 2025-03-04 --kind course --hours 8 --evidence {shlex.quote(str(downloads / 'certificate.pdf'))}"
    assert cert_line in lines
    assert any(line.startswith("# 5  date ambiguous: 04/03/2025 may be") for line in lines)
    assert "--date YYYY-MM-DD" in result.stdout and "--hours HOURS" in result.stdout
    assert "encrypted PDF" in result.stderr and "no text" in result.stderr and "FIFO" in result.stderr
    assert "invoice.pdf" not in result.stderr  # a file that is not evidence: only --verbose says why
    assert "5 proposals (3 complete); 2 files skipped (--verbose says why)." in result.stderr
    assert not (Path(os.environ["ONEPOINTS_HOME"])).exists()  # read-only: nothing created


def test_verbose_says_why_each_file_was_skipped(cli, downloads):
    stderr = cli("scan", downloads, "--verbose").stderr
    assert f"Skipped {downloads / 'invoice.pdf'}: no sign of OneStream in it" in stderr
    assert f"Skipped {downloads / 'holiday.jpg'}: not a .pdf, .eml, .ics, .msg, .txt or .html file" in stderr


def test_json_gives_every_field_with_its_confidence(cli, downloads):
    data = scan_json(cli, downloads)
    by_file = {Path(p["file"]).name: p for p in data["proposals"]}
    talk = by_file["techtalk.eml"]
    assert {k: talk[k]["value"] for k in ("title", "date", "hours", "kind")} == {
        "title": "OneStream Tech Talk: Cube Views", "date": "2025-03-18", "hours": 1, "kind": "tech-talk"}  # fmt: skip
    assert talk["date"]["confidence"] == "found" and talk["complete"] is True
    assert by_file["webinar.pdf"]["date"] == {
        "value": None, "confidence": "ambiguous", "note": "04/03/2025 may be 2025-03-04 or 2025-04-03: give --date"}  # fmt: skip
    assert by_file["wave.ics"]["hours"]["confidence"] == "missing" and not by_file["wave.ics"]["complete"]
    skipped = {Path(s["file"]).name: s for s in data["skipped"]}
    assert skipped["locked.pdf"]["problem"] and not skipped["invoice.pdf"]["problem"]


def test_each_add_line_logs_what_was_proposed(cli, downloads):
    proposals = [p for p in scan_json(cli, downloads)["proposals"] if p["complete"]]
    for proposal in proposals:
        words = shlex.split(proposal["add"])
        assert words[0] == "onepoints"
        assert cli(*words[1:]).exit_code == 0
    logged = json.loads(cli("list", "--json").stdout)["activities"]
    assert sorted((a["title"], a["date"], a["kind"], a["hours"]) for a in logged) == sorted(
        (p["title"]["value"], p["date"]["value"], p["kind"]["value"], p["hours"]["value"]) for p in proposals
    )


def test_add_logs_the_complete_proposals_in_one_undoable_write(cli, downloads):
    cli("cert", "add", "OneStream Certified Associate", "--expires", "2027-03-31")
    result = cli("scan", downloads, "--add", "--copy")
    assert result.exit_code == 0, result.stderr
    logged = json.loads(cli("list", "--json").stdout)["activities"]
    assert sorted(a["title"] for a in logged) == [
        "OneStream Navigator: Finance Rules and Calculations", "OneStream Tech Talk: Cube Views",
        "Splash 2025: Planning workshop"]  # fmt: skip
    assert all("/evidence/" in a["evidence"][0]["path"] for a in logged)  # --copy as add has
    again = scan_json(cli, downloads)
    assert len(again["proposals"]) == 2  # the recorded files are skipped
    assert any("already recorded" in s["reason"] for s in again["skipped"])
    assert cli("undo").exit_code == 0
    assert json.loads(cli("list", "--json").stdout)["activities"] == []


def test_only_chooses_and_an_incomplete_choice_adds_nothing(cli, downloads):
    refused = cli("scan", downloads, "--add", "--only", "1,5")
    assert (
        refused.exit_code == 1
        and "Proposal 5" in refused.stderr
        and "has no date: not added" in refused.stderr
    )
    assert refused.stdout == ""
    assert not Path(os.environ["ONEPOINTS_HOME"]).exists()
    added = cli("scan", downloads, "--add", "--only", "2", "--json")
    assert json.loads(added.stdout)["added"] == [{"number": 2, "id": 1, "attached": False}]
    assert cli("scan", downloads, "--only", "9").exit_code == 1
    assert cli("scan", downloads, "--only", "two").exit_code == 2


def test_add_from_a_file_fills_the_fields_the_options_do_not_give(cli, downloads):
    result = cli("add", "--from", downloads / "certificate.pdf", "--hours", "7.5")
    assert result.exit_code == 0, result.stderr
    shown = json.loads(cli("show", "1", "--json").stdout)
    assert (shown["title"], shown["date"], shown["kind"], shown["hours"]) == (
        "OneStream Navigator: Finance Rules and Calculations", "2025-03-04", "course", 7.5)  # fmt: skip
    assert shown["evidence"][0]["path"] == str(downloads / "certificate.pdf")
    given = cli("add", "My title", "--from", downloads / "webinar.pdf", "--date", "2025-04-03")
    assert given.exit_code == 0 and json.loads(cli("show", "2", "--json").stdout)["title"] == "My title"


@pytest.mark.parametrize(
    ("name", "message"),
    [("webinar.pdf", "04/03/2025 may be 2025-03-04 or 2025-04-03: give --date."),
     ("wave.ics", "no duration, hours or CPE credits in the file. Give --hours."),
     ("locked.pdf", "an encrypted PDF"), ("holiday.jpg", "not that of a PDF")],
)  # fmt: skip
def test_add_from_a_file_that_does_not_say_enough_is_refused(cli, downloads, name, message):
    result = cli("add", "--from", downloads / name)
    assert result.exit_code == 1 and message in result.stderr and result.stdout == ""
    assert not Path(os.environ["ONEPOINTS_HOME"]).exists()


def test_add_without_from_still_needs_its_fields(cli):
    result = cli("add", "--date", "2025-03-04", "--kind", "course", "--hours", "1")
    assert result.exit_code == 2 and "TITLE" in result.stderr


def test_add_with_nothing_complete_writes_nothing_and_says_so(cli, downloads):
    result = cli("scan", downloads / "wave.ics", "--add")
    assert result.exit_code == 0 and "Nothing added" in result.stderr
    assert not Path(os.environ["ONEPOINTS_HOME"]).exists()
