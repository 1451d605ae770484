"""domain/spreadsheet/json_table.py: the JSON export's activities as the cells of CSV rows."""

from __future__ import annotations

import json

import pytest

from onepoints_cli.domain.spreadsheet.json_table import read_json
from onepoints_cli.errors import OnePointsError


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
        ([1, 2], "not an object with the keys of an activity"),
        ({"colour": "red"}, "unknown key 'colour'"),
        ({"a": 1, "b": 2}, "unknown keys 'a', 'b'"),
        ({"points": True}, "points is true, not a text or a number"),
        ({"title": ["x"]}, 'title is ["x"], not a text or a number'),
        ({"evidence": "/a.pdf"}, "evidence is not a list"),
        ({"evidence": [{"size": 1}]}, "an evidence entry has no path"),
        ({"evidence": [3]}, "an evidence entry has no path"),
    ],
)
def test_a_bad_activity_is_a_problem_of_its_row_and_the_others_are_read(item, problem):
    table = read_json(_doc({"title": "ok"}, item), "x.json")
    assert table.problems == [(2, problem)]
    assert [n for n, _ in table.rows] == [1]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "starts like JSON but is not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "nested too deep"),
        ("[]", "without a list of activities"),
        ('{"activities": {}}', "without a list of activities"),
    ],
)
def test_a_document_that_is_not_an_export_is_refused(text, message):
    with pytest.raises(OnePointsError, match=message):
        read_json(text, "x.json")
