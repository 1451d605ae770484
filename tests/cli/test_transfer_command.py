"""`onepoints export` and `onepoints import` through the real CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest


def ok(cli, *args):
    result = cli(*args)
    assert result.exit_code == 0, result.stderr
    return result


def activities_json(cli) -> list[dict]:
    """Every activity as `list --json` shows it, without the id (an import gives new ids)."""
    data = json.loads(ok(cli, "list", "--json", "--as-of", "2026-11-24").stdout)["activities"]
    return [{k: v for k, v in a.items() if k != "id"} for a in data]


@pytest.fixture
def filled(cli, evidence_file):
    """A ledger with the awkward cases: several files, quotes, commas, newlines, accents, formulas."""
    ok(cli, "cert", "add", "OneStream Certified Associate", "--expires", "2027-05-31", "--id", "oca")
    cert, agenda = evidence_file("certificate.pdf"), evidence_file("agenda.pdf", b"%PDF agenda")
    ok(cli, "add", "WAVE 2026", "--date", "2026-06-16", "--kind", "wave", "--hours", "12")
    ok(cli, "add", 'Splash 2025: "Planning", Zürich', "--date", "2025-05-13", "--kind", "splash",
       "--hours", "7.5", "--evidence", cert, "--evidence", agenda, "--note", "Room 4,\nsecond day")  # fmt: skip
    ok(cli, "add", "=1+1 webinar", "--date", "2025-11-18", "--kind", "webinar-host", "--hours", "2",
       "--points", "3", "--evidence", evidence_file("host.eml", b"From: x"))  # fmt: skip
    ok(cli, "add", "Booked course", "--date", "2027-01-12", "--kind", "course", "--points", "8")
    return cli


def test_export_then_import_into_an_empty_ledger_gives_the_same_activities(
    filled, tmp_path, monkeypatch, onepoints_home
):
    before = activities_json(filled)
    out = tmp_path / "activities.csv"
    result = ok(filled, "export", "--out", out)
    assert result.stdout == "" and f"Wrote 4 activities to {out}" in result.stderr
    monkeypatch.setenv("ONEPOINTS_HOME", str(tmp_path / "empty"))
    imported = ok(filled, "import", out)
    assert imported.stdout == "1\n2\n3\n4\n"
    assert "Imported 4 activities (ids 1-4)" in imported.stderr
    assert activities_json(filled) == before
    again = ok(filled, "import", out)  # nothing twice
    assert again.stdout == "" and "all 4 rows are already in the ledger" in again.stderr
    assert activities_json(filled) == before


def test_export_csv_on_stdout_opens_in_a_spreadsheet(filled):
    data = ok(filled, "export", "--as-of", "2026-11-24").stdout_bytes
    assert data.startswith(b"\xef\xbb\xbfdate,title,kind,hours,points,evidence,note,id,state,ages_out\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"").replace(b"Room 4,\nsecond", b"")  # CRLF ends only
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [r["title"] for r in rows] == [
        'Splash 2025: "Planning", Zürich',
        "'=1+1 webinar",
        "WAVE 2026",
        "Booked course",
    ]
    splash = rows[0]
    assert (splash["state"], splash["ages_out"], splash["points"], splash["note"]) == (
        "counting",
        "2027-05-13",
        "7.5",
        "Room 4,\nsecond day",
    )
    assert [Path(p).name for p in splash["evidence"].split(";")] == ["certificate.pdf", "agenda.pdf"]
    assert rows[3]["state"] == "planned" and rows[3]["hours"] == ""


def test_export_json_is_the_list_document(filled, tmp_path):
    out = tmp_path / "a.json"
    ok(filled, "export", "--format", "JSON", "--as-of", "2026-11-24", "--out", out)
    listed = json.loads(ok(filled, "list", "--json", "--as-of", "2026-11-24").stdout)
    assert json.loads(out.read_text("utf-8")) == listed
    assert listed["activities"][0]["evidence"][1]["path"].endswith("agenda.pdf")


def test_export_refusals(cli, tmp_path, onepoints_home):
    bad = cli("export", "--format", "xlsx")
    assert bad.exit_code == 2 and "csv or json" in bad.stderr
    folder = cli("export", "--out", tmp_path)
    assert folder.exit_code == 1 and "is a folder" in folder.stderr
    onepoints_home.mkdir()
    own = cli("export", "--out", onepoints_home / "ledger.toml")
    assert own.exit_code == 1 and "onepoints' own file" in own.stderr


def test_a_bad_row_imports_nothing_and_says_which_and_why(cli, tmp_path, onepoints_home):
    csv_file = tmp_path / "in.csv"
    csv_file.write_text(
        "date,title,kind,hours\n2025-01-01,Good,course,1\n2025-02-30,Bad,course,1\n2025-03-01,Worse,nope,1\n",
        encoding="utf-8",
    )
    result = cli("import", csv_file)
    assert result.exit_code == 1 and result.stdout == ""
    assert "Nothing was imported: 2 rows" in result.stderr
    assert "row 3: date '2025-02-30' is not a valid date" in result.stderr
    assert "row 4: Unknown kind 'nope'" in result.stderr
    assert not (onepoints_home / "ledger.toml").exists()


def test_dry_run_checks_and_shows_but_writes_nothing(cli, tmp_path, onepoints_home):
    (tmp_path / "cert.pdf").write_bytes(b"%PDF")
    csv_file = tmp_path / "in.csv"
    csv_file.write_bytes(
        "\ufeffDate,Title,Kind,Points,Evidence\r\n2025-01-01,Tech Talk,onestream TECH talk,1,cert.pdf\r\n".encode()
    )
    result = ok(cli, "import", "--dry-run", csv_file)
    assert result.stdout.splitlines()[1].split() == ["1", "2025-01-01", "tech-talk", "1", "1", "Tech", "Talk"]
    assert "Would import 1 activity" in result.stderr and "Nothing was written" in result.stderr
    assert not onepoints_home.exists()
    ok(cli, "import", csv_file)
    shown = json.loads(ok(cli, "show", "1", "--json").stdout)
    assert shown["evidence"][0]["path"] == str((tmp_path / "cert.pdf").resolve())  # relative to the CSV


def test_duplicates_are_skipped_and_counted(cli, tmp_path):
    ok(cli, "add", "Tech Talk", "--date", "2025-01-01", "--kind", "tech-talk", "--hours", "1")
    csv_file = tmp_path / "in.csv"
    csv_file.write_text(
        "date,title,kind,hours\n2025-01-01,Tech Talk,Tech-Talk,1\n2025-01-02,Tech Talk,tech-talk,1\n"
    )
    result = ok(cli, "import", csv_file)
    assert result.stdout == "2\n"
    assert "Imported 1 activity (id 2)" in result.stderr
    assert "skipped 1 row already in the ledger (row 2)" in result.stderr


def test_copy_evidence_config_copies_on_import_but_not_on_a_dry_run(cli, tmp_path, onepoints_home):
    onepoints_home.mkdir()
    (onepoints_home / "config.toml").write_text("copy_evidence = true\n")
    (tmp_path / "cert.pdf").write_bytes(b"%PDF certificate")
    csv_file = tmp_path / "in.csv"
    csv_file.write_text("date,title,kind,hours,evidence\n2025-01-01,T,course,1,cert.pdf\n")
    ok(cli, "import", "--dry-run", csv_file)
    assert not (onepoints_home / "evidence").exists()
    ok(cli, "import", csv_file)
    path = Path(json.loads(ok(cli, "show", "1", "--json").stdout)["evidence"][0]["path"])
    assert path.parent.parent == onepoints_home / "evidence" and path.read_bytes() == b"%PDF certificate"


def test_import_of_a_missing_file_is_a_message(cli, tmp_path):
    result = cli("import", tmp_path / "nope.csv")
    assert result.exit_code == 1 and "nope.csv" in result.stderr and "Traceback" not in result.stderr
