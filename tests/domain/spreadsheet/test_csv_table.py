"""domain/spreadsheet/csv_table.py: a CSV's rows, in every dialect Excel saves."""

from __future__ import annotations

import pytest

from onepoints_cli.domain.spreadsheet.csv_table import read_csv
from onepoints_cli.domain.spreadsheet.problems import (
    DoubledColumn,
    MissingColumns,
    NoHeaderRow,
    TooManyCells,
    UnknownColumns,
    UnreadableCsv,
)


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("date,title,kind,points\r\n2026-01-05,A;B,course,2\r\n", ","),
        ("date;title;kind;points\n2026-01-05;A,B;course;2\n", ";"),
        ("date\ttitle\tkind\tpoints\n2026-01-05\tA,B\tcourse\t2\n", "\t"),
    ],
)
def test_the_separator_is_the_one_the_header_has_most_of(text, delimiter):
    table = read_csv(text, "a.csv")
    assert table.delimiter == delimiter
    ((number, cells),) = table.rows
    assert number == 2
    assert cells["title"] in ("A;B", "A,B")
    assert cells["points"] == "2"


def test_a_sep_line_names_the_separator_and_is_not_a_row():
    table = read_csv("sep=;\r\ndate;title;kind;points\r\n2026-01-05;T, with comma;course;1,5\r\n", "a.csv")
    assert table.delimiter == ";"
    assert table.rows == [
        (2, {"date": "2026-01-05", "title": "T, with comma", "kind": "course", "points": "1,5"})
    ]


def test_header_names_are_normalised_and_export_only_columns_dropped_but_state():
    text = "ID, Date ,Title,KIND,Hours,State,Ages-Out\n3,2026-01-05,T,course,2,used,2028-01-05\n"
    ((_, cells),) = read_csv(text, "a.csv").rows
    assert cells == {"date": "2026-01-05", "title": "T", "kind": "course", "hours": "2", "state": "used"}


def test_blank_rows_are_skipped_and_numbering_keeps_the_file_lines():
    text = "date,title,kind,points\n\n , , , \n2026-01-05,T,course,1\n"
    assert [n for n, _ in read_csv(text, "a.csv").rows] == [4]


def test_a_row_with_extra_filled_cells_is_a_problem_but_empty_extra_cells_are_not():
    text = "date,title,kind,points\n2026-01-05,T,course,1,surplus\n2026-01-06,U,course,1,,\n"
    table = read_csv(text, "a.csv")
    assert table.problems == [(2, TooManyCells(5, 4))]
    assert [n for n, _ in table.rows] == [3]


def test_a_short_row_gives_only_the_cells_it_has():
    ((_, cells),) = read_csv("date,title,kind,points\n2026-01-05,T\n", "a.csv").rows
    assert cells == {"date": "2026-01-05", "title": "T"}


def test_a_guarded_formula_cell_is_unguarded_but_a_plain_apostrophe_kept():
    ((_, cells),) = read_csv(
        "date,title,kind,points,note\n2026-01-05,'=SUM(1),course,1,'quoted\n", "a.csv"
    ).rows
    assert cells["title"] == "=SUM(1)"
    assert cells["note"] == "'quoted"


def test_the_encoding_is_recorded():
    assert read_csv("date,title,kind,points\n", "a.csv", encoding="cp1252").encoding == "cp1252"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", NoHeaderRow("a.csv")),
        (" , \n1,2\n", NoHeaderRow("a.csv")),
        ("date,title,kind,points,colour\n", UnknownColumns("a.csv", ("colour",))),
        ("date,title,kind,points,colour,size\n", UnknownColumns("a.csv", ("colour", "size"))),
        ("date,title,kind,points,Points\n", DoubledColumn("a.csv", "points")),
        ("title,kind,points\n", MissingColumns("a.csv", ("date",), False)),
        ("date,title,kind\n", MissingColumns("a.csv", (), True)),
        ("date,kind,hours\n", MissingColumns("a.csv", ("title",), False)),
    ],
)
def test_a_header_that_cannot_be_read_is_refused(text, problem):
    with pytest.raises(type(problem)) as refused:
        read_csv(text, "a.csv")
    assert refused.value == problem


def test_a_csv_the_reader_cannot_parse_is_refused():
    with pytest.raises(UnreadableCsv, match="field larger than field limit"):
        # A cell beyond the csv module's field limit (131072 characters) is no spreadsheet's.
        read_csv("date,title,kind,points\n2026-01-05," + "x" * 200_000 + ",course,1\n", "a.csv")
