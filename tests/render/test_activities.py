"""render/activities.py: the `list` table, the `show` card, and their JSON."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from onepoints_cli.domain.kinds import catalogue
from onepoints_cli.domain.models import Evidence, Settings
from onepoints_cli.render import activities as r
from tests.support.builders import SHA, activity

AS_OF = dt.date(2026, 6, 1)


@pytest.fixture(autouse=True)
def _plain(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")


@pytest.mark.parametrize(
    ("day", "ages_out"),
    [
        (dt.date(2024, 2, 29), "2026-02-28"),  # the month end clamps
        (dt.date(2024, 6, 1), "2026-06-01"),
    ],
)
def test_activity_json_has_the_first_day_it_no_longer_counts(capsys, day, ages_out):
    a = activity(1, day=day, points="2.5")._replace(hours=Decimal(3), note="n")
    r.emit_show_json(a, "counting")
    assert json.loads(capsys.readouterr().out) == {
        "id": 1,
        "title": "Activity 1",
        "kind": "course",
        "date": str(day),
        "hours": 3,
        "points": 2.5,
        "state": "counting",
        "ages_out": ages_out,
        "evidence": [{"path": "/evidence/1.pdf", "size": 10, "sha256": SHA}],
        "note": "n",
    }


def test_list_json_wraps_the_rows_with_the_day(capsys):
    r.emit_list_json([(activity(1), "aged_out"), (activity(2), "used")], AS_OF)
    data = json.loads(capsys.readouterr().out)
    assert data["as_of"] == "2026-06-01"
    assert [(a["id"], a["state"]) for a in data["activities"]] == [(1, "aged_out"), (2, "used")]


def test_an_empty_list_says_how_to_log_one(capsys):
    r.print_list([], AS_OF)
    assert capsys.readouterr().out.startswith("No activities yet. Log one: onepoints add")


def test_the_list_shows_states_in_words_and_activities_without_files(capsys):
    rows = [(activity(1), "before_program"), (activity(2, evidence=False, points="1.50"), "aged_out")]
    r.print_list(rows, AS_OF)
    out = capsys.readouterr().out
    assert "Activities as of 2026-06-01" in out
    first = next(line for line in out.splitlines() if "Activity 1" in line)
    second = next(line for line in out.splitlines() if "Activity 2" in line)
    assert "before the program" in first and first.rstrip().endswith("1")
    assert "aged out" in second and "1.5" in second and second.rstrip().endswith("none")


def test_show_lists_every_field_with_aligned_labels(capsys):
    a = activity(3)._replace(
        hours=Decimal("1.50"),
        note="Remember\x1b[2J",
        evidence=(Evidence("/a.pdf", 10, SHA), Evidence("/b.pdf", 20, "1" * 64)),
    )
    r.print_show(a, "counting", catalogue(Settings()))
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Activity    3: Activity 3"
    assert lines[2] == "Kind        course (Instructor-led OneStream training)"
    assert lines[3] == "Hours       1.5"
    assert "Note        Remember\\x1b[2J" in lines
    assert lines[-4:] == [
        "Evidence 1  /a.pdf",
        f"            10 bytes, sha256 {SHA}",
        "Evidence 2  /b.pdf",
        f"            20 bytes, sha256 {'1' * 64}",
    ]


def test_show_of_an_activity_without_evidence_says_how_to_attach(capsys):
    r.print_show(activity(3, evidence=False, kind="gone"), "planned", catalogue(Settings()))
    lines = capsys.readouterr().out.splitlines()
    assert "Kind      gone" in lines  # an unknown kind is shown as its id
    assert not any(line.startswith("Hours") for line in lines)
    assert lines[-1] == "Evidence  none yet (onepoints attach 3 FILE)"


def test_every_state_has_a_label_and_a_colour():
    states = ("counting", "planned", "aged_out", "before_program", "used")
    assert set(r.STATE_LABEL) == set(states)
    assert all(r.state_colour(s) for s in states)
