"""domain/spreadsheet/json_table.py: the JSON export's activities as the cells of CSV rows."""

from __future__ import annotations

import json

import pytest

from onepoints_cli.domain.spreadsheet.json_table import read_json
from onepoints_cli.domain.spreadsheet.problems import (
    BadEvidenceList,
    InvalidJson,
    JsonTooDeep,
    NoActivityList,
    NotAnActivity,
    NotTextOrNumber,
    UnknownKeys,
)


def _doc(*activities) -> str:
    return json.dumps({"as_of": "2026-01-01", "activities": list(activities)})


def test_activities_become_cells_numbered_from_one():
    item = {
        "id": 4,
        "date": "2026-01-05",
        "title": "T",
        "kind": "course",
        "hours": 2.5,
        "points": 3,
        "note": None,
        "state": "used",
        "ages_out": "2028-01-05",
        "evidence": [{"path": "/a.pdf", "size": 1}, "/b.pdf"],
    }
    table = read_json(_doc(item), "x.json")
    assert table.is_json and table.delimiter == ""
    assert table.rows == [
        (
            1,
            {
                "date": "2026-01-05",
                "title": "T",
                "kind": "course",
                "hours": "2.5",
                "points": "3",
                "note": "",
                "state": "used",
            },
        )
    ]
    assert table.evidence == {1: ("/a.pdf", "/b.pdf")}
    assert table.problems == []


def test_a_decimal_amount_keeps_its_exact_digits():
    ((_, cells),) = read_json('{"activities": [{"points": 0.10, "hours": 1.005}]}', "x.json").rows
    assert cells["points"] == "0.10" and cells["hours"] == "1.005"


@pytest.mark.parametrize(
    ("item", "problem"),
    [
        ([1, 2], NotAnActivity()),
        ({"colour": "red"}, UnknownKeys(("colour",))),
        ({"a": 1, "b": 2}, UnknownKeys(("a", "b"))),
        ({"points": True}, NotTextOrNumber("points", "true")),
        ({"title": ["x"]}, NotTextOrNumber("title", '["x"]')),
        ({"evidence": "/a.pdf"}, BadEvidenceList("not_a_list")),
        ({"evidence": [{"size": 1}]}, BadEvidenceList("no_path")),
        ({"evidence": [3]}, BadEvidenceList("no_path")),
    ],
)
def test_a_bad_activity_is_a_problem_of_its_row_and_the_others_are_read(item, problem):
    table = read_json(_doc({"title": "ok"}, item), "x.json")
    assert table.problems == [(2, problem)]
    assert [n for n, _ in table.rows] == [1]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "{not json",
            InvalidJson(
                "x.json", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"
            ),
        ),
        ("[" * 100_000 + "]" * 100_000, JsonTooDeep("x.json")),
        ("[]", NoActivityList("x.json")),
        ('{"activities": {}}', NoActivityList("x.json")),
    ],
)
def test_a_document_that_is_not_an_export_is_refused(text, problem):
    with pytest.raises(type(problem)) as refused:
        read_json(text, "x.json")
    assert refused.value == problem
