"""domain/spreadsheet/export.py: the CSV `onepoints export` writes, plain or for a European Excel."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onepoints_cli.domain.models import Evidence, replace
from onepoints_cli.domain.spreadsheet.csv_table import read_csv
from onepoints_cli.domain.spreadsheet.export import export_csv, located
from tests.support.builders import SHA, activity

HEADER = ["date", "title", "kind", "hours", "points", "evidence", "note", "id", "state", "ages_out"]


def _rows(data: bytes, delimiter: str = ",") -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "\n" not in text.replace("\r\n", "")  # CRLF line ends only
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def test_plain_export_has_a_header_and_one_row_per_activity():
    a = replace(
        activity(7, day=dt.date(2024, 2, 29), points="2.50"),
        hours=Decimal("2.50"),
        evidence=(Evidence("/a.pdf", 1, SHA), Evidence("/b.pdf", 1, SHA)),
        note="n",
    )
    b = activity(8, evidence=False)
    rows = _rows(export_csv([(a, "counting"), (b, "used")]))
    assert rows[0] == HEADER
    # 2024-02-29 + 24 months clamps to 2026-02-28: the first day it no longer counts.
    assert rows[1] == [
        "2024-02-29",
        "Activity 7",
        "course",
        "2.5",
        "2.5",
        "/a.pdf;/b.pdf",
        "n",
        "7",
        "counting",
        "2026-02-28",
    ]
    assert rows[2] == ["2025-01-01", "Activity 8", "course", "", "1", "", "", "8", "used", "2027-01-01"]


def test_european_export_uses_semicolons_and_decimal_commas():
    a = replace(activity(1, points="7.5"), hours=Decimal("10.25"), title="Close; day 1.5")
    rows = _rows(export_csv([(a, "counting")], european=True), delimiter=";")
    assert rows[1][1] == "Close; day 1.5"  # text keeps its points; the cell is quoted
    assert rows[1][3:5] == ["10,25", "7,5"]


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t"])
def test_cells_that_could_run_as_formulas_are_guarded(start):
    a = replace(
        activity(1), title=f"{start}SUM(A1)", note=f"{start}x", evidence=(Evidence(f"{start}f.pdf", 1, SHA),)
    )
    row = _rows(export_csv([(a, "counting")]))[1]
    assert row[1] == f"'{start}SUM(A1)"
    assert row[5] == f"'{start}f.pdf"
    assert row[6] == f"'{start}x"


def test_located_changes_only_the_evidence_paths():
    a = replace(activity(1), evidence=(Evidence("rel/a.pdf", 3, SHA), Evidence("/abs.pdf", 4, SHA)))
    moved = located(a, lambda p: p if p.startswith("/") else "/home/me/" + p)
    assert moved.evidence == (Evidence("/home/me/rel/a.pdf", 3, SHA), Evidence("/abs.pdf", 4, SHA))
    assert moved._replace(evidence=a.evidence) == a


_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20).filter(str.strip)


@given(title=_text, note=_text, european=st.booleans(), cents=st.integers(1, 99999))
def test_import_reads_back_what_export_wrote(title, note, european, cents):
    points = Decimal(cents).scaleb(-2)
    a = replace(activity(1, points=str(points)), title=title, note=note)
    data = export_csv([(a, "counting")], european=european)
    table = read_csv(data.decode("utf-8-sig"), "export.csv")
    assert table.delimiter == (";" if european else ",")
    ((number, cells),) = table.rows
    assert number == 2
    assert cells["title"] == title and cells["note"] == note
    assert Decimal(cells["points"].replace(",", ".")) == points
    assert cells["state"] == "counting"


@pytest.mark.parametrize(
    "title", ["'=not a formula", "'-5 day plan", "'@home", "''=two apostrophes", "'plain"]
)
def test_a_title_starting_with_an_apostrophe_and_a_formula_character_survives_the_round_trip(title):
    data = export_csv([(replace(activity(1), title=title), "counting")])
    ((_, cells),) = read_csv(data.decode("utf-8-sig"), "export.csv").rows
    assert cells["title"] == title
