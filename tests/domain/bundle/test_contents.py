"""domain/bundle/contents.py: the zip's members and the files that explain the evidence."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest

from onepoints_cli.domain.bundle import contents
from onepoints_cli.domain.bundle.contents import SubmitDay
from onepoints_cli.domain.bundle.members import BytesMember, EvidenceOf, FileMember
from onepoints_cli.domain.bundle.selection import Selection
from onepoints_cli.domain.models import Evidence, Settings, replace
from tests.support.builders import SHA, activity, cert

EXPIRES = dt.date(2027, 3, 31)
SETTINGS = Settings(lead_days=30)  # deadline 2027-03-01
DEADLINE = dt.date(2027, 3, 1)
#: The worded documents are render's (tests/render/test_bundle_documents.py): stand-ins here.
DOCUMENTS = contents.Documents(lambda selection, settings, files: "md", lambda selection, settings: "case")


def _selection(*activities, as_of=dt.date(2026, 6, 1), expires=EXPIRES) -> Selection:
    return Selection(cert(expires=expires), as_of, tuple(activities))


def _files(selection: Selection) -> dict[int, list[str]]:
    return {a.id: [f"evidence/{a.id}/{Path(e.path).name}" for e in a.evidence] for a in selection.activities}


# --- bundle_members ---------------------------------------------------------------


def test_members_are_the_evidence_in_order_then_the_generated_files():
    first = replace(activity(1, points="30"), title="Close: Day 1")
    second = replace(
        activity(2, day=dt.date(2025, 2, 1), points="10"),
        evidence=(Evidence("/x/a.pdf", 3, SHA), Evidence("/y/a.pdf", 4, "1" * 64)),
    )
    located: list[str] = []

    def locate(path: str) -> Path:
        located.append(path)
        return Path("/disk") / Path(path).name

    members = contents.bundle_members(_selection(first, second), SETTINGS, "9.9", locate, DOCUMENTS)
    names = [m.arcname for m in members]
    assert names[3:] == ["summary.csv", "summary.md", "case.txt", "manifest.json"]
    evidence = members[:3]
    assert all(isinstance(m, FileMember) for m in evidence)
    assert names[0] == "evidence/1-2025-01-01-close-day-1/1.pdf"
    # Two files of the same name in one activity's folder must not overwrite each other.
    assert names[1].startswith("evidence/2-2025-02-01-activity-2/") and names[1] != names[2]
    assert located == ["/evidence/1.pdf", "/x/a.pdf", "/y/a.pdf"]
    assert [(m.size, m.sha256) for m in evidence] == [(10, SHA), (3, SHA), (4, "1" * 64)]
    assert evidence[1].label == EvidenceOf(2, "/x/a.pdf")
    manifest = json.loads(members[-1].data)
    assert [f["path"] for f in manifest["files"]] == names[:3]


def test_summary_html_is_added_only_when_a_renderer_is_given():
    calls = []

    def html(selection, settings, files, evidence):
        calls.append((files, [m.arcname for m in evidence]))
        return b"<html></html>"

    members = contents.bundle_members(
        _selection(activity(1)), SETTINGS, "1", Path, DOCUMENTS._replace(summary_html=html)
    )
    generated = [m for m in members if isinstance(m, BytesMember)]
    assert [m.arcname for m in generated] == [
        "summary.csv",
        "summary.md",
        "summary.html",
        "case.txt",
        "manifest.json",
    ]
    assert generated[2].data == b"<html></html>"
    assert calls == [({1: [members[0].arcname]}, [members[0].arcname])]


@pytest.mark.parametrize(
    ("recorded", "entry_name"),
    [
        ("C:\\Users\\me\\cert.pdf", "cert.pdf"),
        ("c:/Users/me/cert.pdf", "cert.pdf"),
        ("\\\\server\\share\\cert.pdf", "cert.pdf"),
        # On Linux a backslash can be part of a name: kept, made safe, not split.
        ("/home/me/odd\\name.pdf", "odd_name.pdf"),
        ("/home/me/cert.pdf", "cert.pdf"),
    ],
)
def test_the_entry_takes_the_files_own_name_from_windows_and_posix_paths(recorded, entry_name):
    a = replace(activity(1), evidence=(Evidence(recorded, 1, SHA),))
    (member, *_) = contents.bundle_members(_selection(a), SETTINGS, "1", Path, DOCUMENTS)
    assert member.arcname == f"evidence/1-2025-01-01-activity-1/{entry_name}"


# --- summary.csv ------------------------------------------------------------------


def test_summary_csv_has_a_bom_crlf_and_guards_formulas():
    risky = replace(activity(1), title="=HYPERLINK(1)", hours=Decimal("2.50"), points=Decimal("2.50"))
    plain = activity(2)
    selection = _selection(risky, plain)
    data = contents.summary_csv(selection, {1: ["-x.pdf"], 2: ["a.pdf", "b.pdf"]})
    assert data.startswith("\ufeff".encode())
    text = data.decode("utf-8-sig")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [
        ["id", "date", "kind", "title", "hours", "points", "files"],
        ["1", "2025-01-01", "course", "'=HYPERLINK(1)", "2.5", "2.5", "'-x.pdf"],
        ["2", "2025-01-01", "course", "Activity 2", "", "1", "a.pdf; b.pdf"],
    ]


# --- submit_day ---------------------------------------------------------------------


def _forty(day=dt.date(2026, 1, 1)):
    return activity(1, day=day, points="40")


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        # The deadline itself: still on time.
        (dt.date(2027, 3, 1), SubmitDay("deadline", dt.date(2027, 3, 1), DEADLINE)),
        # The first day after the deadline, and the last before the expiry: the day before it.
        (dt.date(2027, 3, 2), SubmitDay("past_deadline", dt.date(2027, 3, 30), DEADLINE)),
        (dt.date(2027, 3, 30), SubmitDay("past_deadline", dt.date(2027, 3, 30), DEADLINE)),
        # The expiry day: built with --force.
        (dt.date(2027, 3, 31), SubmitDay("expired", EXPIRES, DEADLINE)),
    ],
)
def test_submit_day_at_the_deadline_and_expiry_edges(as_of, expected):
    assert contents.submit_day(_selection(_forty(), as_of=as_of), SETTINGS) == expected


@pytest.mark.parametrize(
    ("activity_day", "expected"),
    [
        # Ages out 2027-03-02: the bundle holds 40 until 2027-03-01, the deadline itself.
        (dt.date(2025, 3, 2), SubmitDay("deadline", DEADLINE, DEADLINE)),
        # Ages out 2027-03-01: the last day it holds 40 is 2027-02-28, before the deadline.
        (dt.date(2025, 3, 1), SubmitDay("ages_out", dt.date(2027, 2, 28), DEADLINE)),
    ],
)
def test_submit_day_is_the_last_day_the_bundle_holds_40_when_earlier(activity_day, expected):
    selection = _selection(_forty(activity_day), as_of=dt.date(2026, 12, 1))
    assert contents.submit_day(selection, SETTINGS) == expected


def test_submit_day_ignores_the_holding_day_of_a_bundle_below_40():
    selection = _selection(activity(1, day=dt.date(2025, 3, 1), points="39"), as_of=dt.date(2026, 12, 1))
    assert contents.submit_day(selection, SETTINGS) == SubmitDay("deadline", DEADLINE, DEADLINE)


# --- manifest.json ------------------------------------------------------------------------


def test_manifest_keeps_whole_numbers_whole_and_fractions_as_numbers():
    a = replace(activity(1, points="2.5"), hours=Decimal("3.00"), title="Día 1")
    b = activity(2, points="10")
    selection = _selection(a, b)
    member = FileMember("evidence/x.pdf", Path("/x.pdf"), 10, SHA, EvidenceOf(1, "/x.pdf"))
    data = contents.manifest_json(selection, "1.2.3", {1: ["evidence/x.pdf"], 2: []}, [member])
    assert data.endswith(b"\n")
    manifest = json.loads(data)
    assert manifest["tool_version"] == "1.2.3"
    assert manifest["certification"] == {
        "id": "oca",
        "name": "OneStream Certified Associate",
        "expires": "2027-03-31",
    }
    assert manifest["total_points"] == 12.5
    first, second = manifest["activities"]
    assert first["hours"] == 3 and isinstance(first["hours"], int)
    assert first["points"] == 2.5 and first["title"] == "Día 1"
    assert second["hours"] is None and second["points"] == 10 and isinstance(second["points"], int)
    assert manifest["files"] == [{"path": "evidence/x.pdf", "size": 10, "sha256": SHA}]
    assert "Día".encode() in data  # not escaped to \u00ed
