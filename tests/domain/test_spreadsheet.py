"""domain/spreadsheet/: activities to CSV and back, and the all-or-nothing checks of an import."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from onepoints_cli.domain.kinds import catalogue
from onepoints_cli.domain.models import Activity, Evidence, KindSetting, Ledger, Settings
from onepoints_cli.domain.spreadsheet.export import export_csv, located
from onepoints_cli.domain.spreadsheet.importing import plan_import
from onepoints_cli.domain.spreadsheet.reading import read_table
from onepoints_cli.errors import OnePointsError
from tests.support.builders import SHA
from tests.support.worded import refused

KINDS = catalogue(
    Settings(
        kinds={
            "summit": KindSetting(name="OneStream Summit", points_per_hour=Decimal("0.5")),
            "reading": KindSetting(points_per_hour=Decimal("0.1")),
        }
    )
)
HEADER = "date,title,kind,hours,points,evidence,note\n"


def fake_inspect(files: list[str]) -> tuple[Evidence, ...]:
    """Files are 'found' unless their name says missing."""
    for f in files:
        if "missing" in f:
            raise OnePointsError(f"Evidence file not found: {f}")
    return tuple(Evidence(f, 10, SHA) for f in files)


def table(text: str, source: str = "acts.csv"):
    return read_table(text.encode("utf-8"), source)


def run(text: str, ledger: Ledger = Ledger(), keep=None, base: Path = Path("/data")):
    return plan_import(ledger, KINDS, table(text), base, fake_inspect, keep)


def failure(text: str, ledger: Ledger = Ledger()) -> str:
    with refused() as error:
        run(text, ledger)
    return error.text


# --- export ---------------------------------------------------------------------------


def test_export_is_excel_friendly_utf8_with_bom_and_crlf():
    activity = Activity(
        7,
        'Café Zürich, "Planning" day',
        date(2025, 5, 13),
        "splash",
        Decimal("7.5"),
        Decimal("7.5"),
        (Evidence("/e/a.pdf", 1, SHA), Evidence("/e/b.pdf", 1, SHA)),
        "line one\nline two",
    )
    data = export_csv(
        [(activity, "counting"), (Activity(8, "T", date(2026, 1, 2), "wave", Decimal(2)), "planned")]
    )
    assert data.startswith("\ufeff".encode())
    text = data.decode("utf-8-sig")
    assert text.startswith("date,title,kind,hours,points,evidence,note,id,state,ages_out\r\n")
    assert text.endswith("\r\n") and "\r\n2026-01-02,T,wave,,2,,,8,planned,2028-01-02\r\n" in text
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[1] == [
        "2025-05-13",
        'Café Zürich, "Planning" day',
        "splash",
        "7.5",
        "7.5",
        "/e/a.pdf;/e/b.pdf",
        "line one\nline two",
        "7",
        "counting",
        "2027-05-13",
    ]


def test_cells_that_look_like_formulas_are_neutralised_and_read_back():
    activity = Activity(1, '=HYPERLINK("x")', date(2025, 1, 1), "course", Decimal(1), note="-5 prep")
    text = export_csv([(activity, "counting")]).decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "'-5 prep" in text
    new, plan = run(text)
    assert plan.added[0].title == '=HYPERLINK("x")' and plan.added[0].note == "-5 prep"


def test_located_makes_relative_evidence_paths_absolute():
    activity = Activity(
        1, "T", date(2025, 1, 1), "course", Decimal(1), evidence=(Evidence("e/a.pdf", 1, SHA),)
    )
    assert located(activity, lambda p: "/home/x/" + p).evidence[0].path == "/home/x/e/a.pdf"


# --- reading ----------------------------------------------------------------------------


def test_header_is_case_insensitive_and_export_columns_are_ignored():
    read = table(
        "\ufeffDate,Title,KIND,Hours,Points,Evidence,Note,ID,State,Ages out\n2025-01-01,T,course,1,,,,9,counting,x\n"
    )
    assert read.rows == [
        (
            2,
            {
                "date": "2025-01-01",
                "title": "T",
                "kind": "course",
                "hours": "1",
                "points": "",
                "evidence": "",
                "note": "",
                "state": "counting",  # kept: a `used` row is never imported (issue 9)
            },
        )
    ]


def test_semicolon_separated_files_are_read():
    read = table('date;title;kind;points;evidence\n2025-01-01;"A; B";course;2,5;"x.pdf;y.pdf"\n')
    assert read.rows[0][1]["title"] == "A; B" and read.rows[0][1]["evidence"] == "x.pdf;y.pdf"


def test_blank_rows_are_left_out_and_row_numbers_are_the_spreadsheets():
    read = table(HEADER + "2025-01-01,A,course,1,,,\n,,,,,,\n\n2025-01-02,B,course,1,,,\n")
    assert [number for number, _ in read.rows] == [2, 5]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "has no header row"),
        ("date,title,kind,hours,points,colour\n", "unknown column 'colour'"),
        ("date,title,hours\n", "lacks kind"),
        ("date,title,kind,note\n", "lacks hours or points"),
        ("date,title,kind,hours,Hours\n", "the column 'hours' twice"),
    ],
)
def test_header_problems(text, message):
    with refused(message):
        table(text)


def test_a_file_that_is_not_utf8_is_read_as_windows_1252():
    read = read_table((HEADER + "2025-01-01,Caf\xe9,course,1,,,\n").encode("cp1252"), "acts.csv")
    assert read.encoding == "cp1252" and read.rows[0][1]["title"] == "Café"


def test_a_file_neither_utf8_nor_windows_1252_is_refused_with_a_hint():
    with refused("CSV UTF-8") as error:
        read_table((HEADER + "2025-01-01,Caf\x81,course,1,,,\n").encode("latin-1"), "acts.csv")
    assert "JSON of `onepoints export --format json`" in error.text


# --- importing -------------------------------------------------------------------------


def test_rows_become_activities_with_new_ids():
    ledger = Ledger(next_activity_id=5)
    new, plan = run(
        HEADER
        + "2025-01-01,Summit day,OneStream Summit,6,,a.pdf; /abs/b.pdf ,first\n"
        + "2025-02-01,Talk,TECH-TALK,,1.25,,\n",
        ledger,
    )
    first, second = plan.added
    assert (first.id, first.kind, first.hours, first.points, first.note) == (5, "summit", 6, 3, "first")
    assert [e.path for e in first.evidence] == ["/data/a.pdf", "/abs/b.pdf"]  # relative to the CSV's folder
    assert (second.id, second.kind, second.hours, second.points) == (6, "tech-talk", None, Decimal("1.25"))
    assert new.activities == (first, second) and new.next_activity_id == 7


def test_rows_identical_to_an_activity_are_skipped_and_counted():
    ledger = Ledger(
        next_activity_id=2, activities=(Activity(1, "Talk", date(2025, 2, 1), "tech-talk", Decimal(1)),)
    )
    new, plan = run(
        HEADER
        + "2025-02-01,Talk,tech-talk,,9,,\n"  # same date, title and kind: skipped
        + "2025-02-01,Talk,webinar,,1,,\n"  # another kind: new
        + "2025-02-01, Talk ,Attending a technical webinar,,1,,\n",  # same as the row above
        ledger,
    )
    assert plan.skipped == (2, 4)
    assert [(a.id, a.kind) for a in plan.added] == [(2, "webinar")]
    assert len(new.activities) == 2


def test_any_bad_row_means_nothing_is_imported_and_every_one_is_named():
    kept = []
    with refused() as error:
        run(
            HEADER
            + "2025-01-01,Good,course,1,,,\n"
            + "2025-13-01,Bad date,course,1,,,\n"
            + "2025-01-03,,nope,1,,,\n"
            + "2025-01-04,No amount,course,,,,\n"
            + "2025-01-05,Bad amounts,course,abc,-1,,\n"
            + "2025-01-06,Lost file,course,1,,here.pdf;missing.pdf,\n"
            + "2025-01-07,Too many,course,1,,,,x\n",
            keep=lambda e: kept.append(e) or e,
        )
    message = error.text
    assert message.startswith("Nothing was imported: 6 rows of acts.csv have problems (the header is row 1):")
    assert "row 2" not in message
    assert "  - row 3: date '2025-13-01' is not a valid date" in message
    assert "  - row 4: The title must not be empty. Unknown kind 'nope'." in message
    assert "  - row 5: Give the hours or the points (or both)." in message
    assert "  - row 6: hours 'abc' is not a number." in message
    assert "  - row 7: Evidence file not found: /data/missing.pdf" in message
    assert "  - row 8: 8 cells, but the header has 7 columns.\n" in message
    assert kept == []  # no evidence copied either


def test_evidence_is_kept_only_once_every_row_passed():
    kept = []
    run(
        HEADER + "2025-01-01,A,course,1,,a.pdf,\n",
        keep=lambda e: kept.append(e.path) or e._replace(path="/kept"),
    )
    assert kept == ["/data/a.pdf"]
    new, plan = run(HEADER + "2025-01-01,A,course,1,,a.pdf,\n", keep=lambda e: e._replace(path="/kept/a.pdf"))
    assert plan.added[0].evidence[0].path == "/kept/a.pdf"


def test_hours_that_round_to_zero_points_need_points():
    message = failure(HEADER + "2025-01-01,Reading,reading,0.01,,,\n")
    assert "round to 0 points" in message


def test_many_problems_are_cut_short():
    message = failure(HEADER + "x,T,course,1,,,\n" * 25)
    assert "row 21:" in message and "row 22:" not in message and "... and 5 more" in message
