"""Excel both ways (issue 21) and the JSON export read back (issue 18, point 10).

The files are written by Python's csv module in the dialects Excel saves:
"CSV (Comma delimited)" (cp1252), "CSV UTF-8" (BOM), a European Excel's `;` with
decimal commas and day-first dates, a `sep=` first line, and "Unicode Text"
(UTF-16 with a BOM, tab separated)."""

from __future__ import annotations

import codecs
import csv
import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onepoints_cli.domain.kinds import catalogue
from onepoints_cli.domain.models import Activity, Evidence, Ledger, Settings
from onepoints_cli.domain.spreadsheet.cells import amount_text, cell_date
from onepoints_cli.domain.spreadsheet.export import export_csv
from onepoints_cli.domain.spreadsheet.importing import plan_import
from onepoints_cli.domain.spreadsheet.reading import read_table
from onepoints_cli.render.transfer import export_json
from tests.support.builders import SHA
from tests.support.worded import refused

KINDS = catalogue(Settings())
HEADER = ["date", "title", "kind", "hours", "points", "evidence", "note"]


class European(csv.excel):
    """Excel on a German, French or Italian locale: its list separator is `;`."""

    delimiter = ";"


def found(files: list[str]) -> tuple[Evidence, ...]:
    return tuple(Evidence(f, 10, SHA) for f in files)


def imported(data: bytes, source: str = "acts.csv") -> list[tuple]:
    table = read_table(data, source)
    _, plan = plan_import(Ledger(), KINDS, table, Path("/data"), found)
    return [
        (a.date, a.title, a.kind, a.hours, a.points, [e.path for e in a.evidence], a.note) for a in plan.added
    ]


def excel_file(
    rows: list[list[str]], dialect: type[csv.Dialect], encoding: str, *, sep: bool = False
) -> bytes:
    out = io.StringIO()
    if sep:
        out.write(f"sep={dialect.delimiter}\r\n")
    csv.writer(out, dialect=dialect).writerows([HEADER, *rows])
    return out.getvalue().encode(encoding)


EXPECTED = [
    (
        date(2026, 3, 4),
        "Café Zürich: Planning",
        "splash",
        Decimal("7.5"),
        Decimal("7.5"),
        ["/data/a.pdf", "/data/b.pdf"],
        "Raum 4; zweiter Tag",
    ),
    (date(2026, 3, 5), "Tech Talk", "tech-talk", None, Decimal("0.25"), [], None),
]


@pytest.mark.parametrize(
    ("dialect", "encoding", "sep", "day", "hours", "points"),
    [
        (csv.excel, "utf-8-sig", False, "{y}-{m:02}-{d:02}", "7.5", "0.25"),  # CSV UTF-8 (Comma delimited)
        (csv.excel, "utf-8", False, "{y}-{m:02}-{d:02}", "7.5", "0.25"),  # no byte order mark
        (
            csv.excel,
            "cp1252",
            False,
            "{y}-{m:02}-{d:02}",
            "7.5",
            "0.25",
        ),  # CSV (Comma delimited), Western Europe
        (
            European,
            "cp1252",
            False,
            "{d:02}.{m:02}.{y}",
            "7,5",
            "0,25",
        ),  # German Excel, CSV (Trennzeichen-getrennt)
        (European, "utf-8-sig", False, "{d:02}/{m:02}/{y}", "7,5", "0,25"),  # French Excel, CSV UTF-8
        (European, "cp1252", True, "{d}.{m}.{y}", "7,5", "0,25"),  # with Excel's sep= line
        (csv.excel, "utf-8", True, "{y}-{m:02}-{d:02}", "7.5", "0.25"),
        (csv.excel_tab, "utf-16", False, "{d:02}.{m:02}.{y}", "7,5", "0,25"),  # Unicode Text: BOM, tabs
        (csv.excel_tab, "utf-16", True, "{y}-{m:02}-{d:02}", "7.5", "0.25"),
    ],
)
def test_what_excel_saves_is_read(dialect, encoding, sep, day, hours, points) -> None:
    rows = [
        [
            day.format(y=2026, m=3, d=4),
            "Café Zürich: Planning",
            "splash",
            hours,
            "",
            "a.pdf;b.pdf",
            "Raum 4; zweiter Tag",
        ],
        [
            day.format(y=2026, m=3, d=5),
            "Tech Talk",
            "tech-talk",
            "",
            points,
            "",
            "",
        ],
    ]
    assert imported(excel_file(rows, dialect, encoding, sep=sep)) == EXPECTED


def test_the_encoding_read_in_is_reported() -> None:
    rows = [["2026-03-04", "Café", "splash", "1", "", "", ""]]
    assert read_table(excel_file(rows, csv.excel, "cp1252"), "a.csv").encoding == "cp1252"
    assert read_table(excel_file(rows, csv.excel, "utf-8-sig"), "a.csv").encoding == "utf-8"
    assert read_table(excel_file(rows, csv.excel_tab, "utf-16"), "a.csv").encoding == "utf-16"
    table = read_table(excel_file(rows, csv.excel, "cp1252"), "a.csv")
    _, plan = plan_import(Ledger(), KINDS, table, Path("/data"), found)
    assert plan.encoding == "cp1252"


def test_the_sep_line_is_not_a_row() -> None:
    rows = [["2026-03-04", "Bad", "splash", "x", "", "", ""]]
    with refused(r"the header is row 1\):\n  - row 2: hours 'x'"):
        imported(excel_file(rows, European, "utf-8", sep=True))


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        ("7,5", "7.5"),
        ("0,25", "0.25"),
        (" 12,5 ", " 12.5 "),
        (",5", ".5"),
        ("7.5", "7.5"),
        ("1,000", "1,000"),
        ("1.234,5", "1.234,5"),
        ("", ""),
    ],
)
def test_a_decimal_comma_has_one_or_two_digits_after_it(cell: str, text: str) -> None:
    assert amount_text(cell) == text


def test_a_thousands_comma_is_not_taken_for_a_decimal_one() -> None:
    rows = [["2026-03-04", "Big", "splash", "1,000", "", "", ""]]
    with refused("hours '1,000' is not a number"):
        imported(excel_file(rows, csv.excel, "utf-8"))


@pytest.mark.parametrize(
    ("cell", "day_first", "expected"),
    [
        ("2026-03-04", False, date(2026, 3, 4)),
        ("04.03.2026", False, date(2026, 3, 4)),  # dotted: day first in every locale
        ("4.3.2026", False, date(2026, 3, 4)),
        ("31.12.2026", False, date(2026, 12, 31)),
        ("04/03/2026", True, date(2026, 3, 4)),  # a ;-separated file: a European locale, day first
        ("04-03-2026", True, date(2026, 3, 4)),  # Dutch
        ("29.02.2028", False, date(2028, 2, 29)),
    ],
)
def test_day_first_dates(cell: str, day_first: bool, expected: date) -> None:
    assert cell_date(cell, day_first_slashes=day_first) == expected


@pytest.mark.parametrize(
    ("cell", "day_first", "message"),
    [
        (
            "04/03/2026",
            False,
            "day first on some locales and month first on others",
        ),  # US Excel writes 03/04/2026 for March 4
        ("29.02.2026", False, "not a valid date .read as day 29, month 2"),
        ("13/13/2026", True, "not a valid date"),
        ("04.03.26", False, "not a valid date: use YYYY-MM-DD"),
        ("31.12.1899", False, "out of range"),
    ],
)
def test_dates_that_are_refused(cell: str, day_first: bool, message: str) -> None:
    with refused(message):
        cell_date(cell, day_first_slashes=day_first)


# --- export for Excel on a European locale, and back ------------------------------------

ACTIVITY = Activity(
    7, 'Café "Planning"; day', date(2025, 5, 13), "splash", points=Decimal("3.75"), hours=Decimal("7.5"),
    evidence=(Evidence("/e/a.pdf", 1, SHA),), note="=1+1",
)  # fmt: skip


def test_the_european_export_is_what_excel_on_a_european_locale_saves() -> None:
    data = export_csv([(ACTIVITY, "counting")], european=True)
    assert data.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), dialect=European))
    assert rows[0][:5] == HEADER[:5]
    assert rows[1][:5] == ["2025-05-13", 'Café "Planning"; day', "splash", "7,5", "3,75"]
    assert rows[1][6] == "'=1+1"  # still guarded


amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(999), places=2)
titles = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Zl", "Zp")), min_size=1).filter(
    lambda t: t.strip() == t and t
)


@given(title=titles, hours=amounts, points=amounts, european=st.booleans())
def test_every_export_imports_to_the_same_activity(
    title: str, hours: Decimal, points: Decimal, european: bool
) -> None:
    activity = Activity(
        1,
        title,
        date(2025, 5, 13),
        "splash",
        points=points,
        hours=hours,
        evidence=(Evidence("/e/a.pdf", 1, SHA),),
    )
    (back,) = imported(export_csv([(activity, "counting")], european=european))
    assert back == (activity.date, title, "splash", hours.normalize(), points.normalize(), ["/e/a.pdf"], None)


# --- the JSON export read back (issue 18, point 10) -------------------------------------


def json_export(*activities: tuple[Activity, str]) -> bytes:
    return export_json(list(activities), date(2026, 6, 1))


def test_the_json_export_imports() -> None:
    planned = Activity(8, "日本語 ✓", date(2027, 1, 2), "course", Decimal(8))
    got = imported(json_export((ACTIVITY, "counting"), (planned, "planned")), "export.json")
    assert got == [
        (ACTIVITY.date, ACTIVITY.title, "splash", Decimal("7.5"), Decimal("3.75"), ["/e/a.pdf"], "=1+1"),
        (planned.date, "日本語 ✓", "course", None, Decimal(8), [], None),
    ]


def test_a_json_path_with_a_semicolon_stays_one_path() -> None:
    activity = Activity(
        1, "T", date(2025, 5, 13), "course", None, Decimal(1), (Evidence("/e/a;b.pdf", 1, SHA),)
    )
    assert imported(json_export((activity, "counting")), "x.json")[0][5] == ["/e/a;b.pdf"]


def test_used_activities_in_the_json_are_never_imported() -> None:
    table = read_table(json_export((ACTIVITY, "used")), "x.json")
    _, plan = plan_import(Ledger(), KINDS, table, Path("/data"), found)
    assert plan.added == () and plan.used == (1,)


def test_a_json_export_with_bad_activities_imports_nothing_and_names_each() -> None:
    document = json.loads(json_export((ACTIVITY, "counting")))
    good = document["activities"][0]
    document["activities"] = [
        good,
        {**good, "titel": "typo"},
        {**good, "hours": True},
        {**good, "date": "2026-02-30"},
        "not an activity",
    ]
    with refused() as error:
        imported(json.dumps(document).encode(), "x.json")
    message = error.text
    assert message.startswith(
        "Nothing was imported: 4 activities of x.json have problems (counted from 1 in its list of activities):"
    )
    assert "  - activity 2: unknown key 'titel'." in message
    assert "  - activity 3: hours is true, not a text or a number." in message
    assert "  - activity 4: date '2026-02-30' is not a valid date" in message
    assert "  - activity 5: not an object" in message


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04\x14\x00", r"is an Excel workbook \(.xlsx\)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1", "old Excel workbook"),
        (b"%PDF-1.7\n", "is a PDF"),
        (b"date,title\x00\x01", "not a text file"),
        (b'{"as_of": "2026-06-01", "activities": [', "starts like JSON but is not valid JSON"),
        (b'{"rows": []}', "JSON without a list of activities"),
        (b'{"activities": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested too deep"),
        (b"", "has no header row"),
    ],
)
def test_anything_else_is_refused_naming_the_formats(data: bytes, message: str) -> None:
    with refused(message) as error:
        read_table(data, "x")
    assert "the JSON of `onepoints export --format json`" in error.text
