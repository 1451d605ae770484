"""`export --excel`, and `import` of what Excel saves and of the JSON export, through the CLI."""

from __future__ import annotations

import csv
import io
import json

from tests.cli.test_transfer_command import activities_json, filled, ok  # noqa: F401 (a fixture)


def test_export_excel_then_import_gives_the_same_activities(filled, tmp_path, monkeypatch):  # noqa: F811
    before = activities_json(filled)
    out = tmp_path / "für-excel.csv"
    ok(filled, "export", "--excel", "--out", out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfdate;title;kind;hours;points;evidence;note;id;state;ages_out\r\n")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    splash = next(r for r in rows if r["kind"] == "splash")
    assert splash["hours"] == "7,5" and splash["date"] == "2025-05-13"
    monkeypatch.setenv("ONEPOINTS_HOME", str(tmp_path / "empty"))
    imported = ok(filled, "import", out)
    assert imported.stdout == "1\n2\n3\n4\n" and "Read " not in imported.stderr
    assert activities_json(filled) == before


def test_export_json_then_import_gives_the_same_activities(filled, tmp_path, monkeypatch):  # noqa: F811
    before = activities_json(filled)
    out = tmp_path / "export.json"
    ok(filled, "export", "--format", "json", "--out", out)
    monkeypatch.setenv("ONEPOINTS_HOME", str(tmp_path / "empty"))
    dry = ok(filled, "import", "--dry-run", out)
    assert "Would import 4 activities from" in dry.stderr
    imported = ok(filled, "import", out)
    assert imported.stdout == "1\n2\n3\n4\n"
    assert activities_json(filled) == before
    again = ok(filled, "import", out)
    assert again.stdout == "" and "already in the ledger" in again.stderr


def test_excel_and_json_together_is_a_usage_error(cli):
    result = cli("export", "--excel", "--format", "json")
    assert result.exit_code == 2 and result.stdout == "" and "--excel writes a CSV" in result.stderr


def test_a_windows_1252_file_is_read_and_said_once(cli, tmp_path):
    ok(cli, "cert", "add", "OneStream Certified Associate", "--expires", "2027-05-31", "--id", "oca")
    german = tmp_path / "Aktivitäten.csv"
    german.write_bytes("date;title;kind;hours\r\n04.03.2026;Schulung Zürich;course;7,5\r\n".encode("cp1252"))
    result = ok(cli, "import", german)
    assert result.stdout == "1\n"
    said = result.stderr.splitlines()
    assert (
        said[0] == f"Read {german} as Windows-1252 (Excel's 'CSV (Comma delimited)'), since it is not UTF-8."
    )
    assert len([line for line in said if "Windows-1252" in line]) == 1
    shown = json.loads(ok(cli, "show", "1", "--json").stdout)
    assert (shown["title"], shown["date"], shown["hours"]) == ("Schulung Zürich", "2026-03-04", 7.5)


def test_a_workbook_is_refused_naming_the_formats(cli, tmp_path):
    import zipfile

    book = tmp_path / "activities.xlsx"
    with zipfile.ZipFile(book, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    result = cli("import", book)
    assert result.exit_code == 1 and result.stdout == ""
    assert (
        "is an Excel workbook (.xlsx)" in result.stderr and "the JSON of `onepoints export" in result.stderr
    )
