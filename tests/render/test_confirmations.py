"""render/confirmations.py: what a command says on stderr once its work is done."""

from __future__ import annotations

import datetime as dt
import shlex
from pathlib import Path

import pytest

from onepoints_cli.domain.exams.schedule import ExamOutlook
from onepoints_cli.domain.ledger.duplicates import EvidenceElsewhere
from onepoints_cli.domain.ledger.notices import BeforeProgram, LinkFollowed, NoEvidenceYet, Planned
from onepoints_cli.domain.models import replace
from onepoints_cli.render import confirmations as c
from tests.support.builders import activity, cert

DAY = dt.date(2026, 3, 2)


@pytest.mark.parametrize(("points", "noun"), [("1", "1 point"), ("2.50", "2.5 points"), ("40", "40 points")])
def test_activity_logged_says_the_points_in_words(points, noun):
    assert c.activity_logged(activity(7, points=points)) == f"Logged activity 7: Activity 7 ({noun})."


@pytest.mark.parametrize(
    ("function", "count", "text"),
    [
        (lambda n: c.files_attached(n, 3), 1, "Attached 1 file to activity 3."),
        (lambda n: c.files_attached(n, 3), 2, "Attached 2 files to activity 3."),
        (lambda n: c.events_written(n, Path("/x.ics")), 1, "Wrote 1 event to /x.ics."),
        (lambda n: c.events_written(n, Path("/x.ics")), 0, "Wrote 0 events to /x.ics."),
        (lambda n: c.activities_written(n, Path("/x.csv")), 1, "Wrote 1 activity to /x.csv."),
        (lambda n: c.activities_written(n, Path("/x.csv")), 12, "Wrote 12 activities to /x.csv."),
    ],
)
def test_counts_take_the_singular_only_for_one(function, count, text):
    assert function(count) == text


def test_an_unchanged_update_says_nothing_changed():
    assert c.activity_updated(4) == "Updated activity 4."
    assert c.activity_updated(4, changed=False) == "Activity 4 already has these values: nothing was changed."
    assert (
        c.cert_updated("oca", changed=False)
        == "Certification 'oca' already has these values: nothing was changed."
    )
    assert c.cert_updated("oca") == "Updated certification 'oca'."


def test_removals_name_undo():
    assert c.activity_removed(4).endswith("`onepoints undo` brings it back.")
    assert c.cert_removed("oca") == "Removed certification 'oca'. `onepoints undo` brings it back."


@pytest.mark.parametrize(
    ("created", "unchanged", "first"),
    [
        (True, False, "Imported certification 'oca'"),
        (False, True, "Already up to date: certification 'oca'"),
        (False, False, "Updated certification 'oca'"),
    ],
)
def test_cert_imported(created, unchanged, first):
    lines = c.cert_imported(cert(), created, unchanged)
    assert lines == [f"{first}: OneStream Certified Associate, expiring 2027-03-31."]


def test_a_micro_credential_import_says_it_is_not_extended():
    lines = c.cert_imported(cert(micro=True), True, False)
    assert lines[0].startswith("Imported micro-credential 'oca'")
    assert lines[1] == "A micro-credential: listed, but OnePoints do not extend it."


def test_attempt_logged_marks_a_beta():
    assert (
        c.attempt_logged("OS-201", DAY, "pass", beta=True)
        == "Logged the OS-201 attempt on 2026-03-02: pass (beta)."
    )
    assert (
        c.attempt_logged("OS-201", DAY, "fail", beta=False)
        == "Logged the OS-201 attempt on 2026-03-02: fail."
    )


def _outlook(exam: str, allowed: bool, earliest: dt.date) -> ExamOutlook:
    return ExamOutlook(exam, DAY, allowed, earliest, (), 1, 300, ())


def test_result_recorded_names_the_next_day_and_a_command_the_shell_reads_back():
    lines = c.result_recorded(_outlook("OS 201 'Beta'", False, DAY + dt.timedelta(days=3)), DAY, "fail")
    assert lines[0] == "Recorded the result of the OS 201 'Beta' attempt on 2026-03-02: fail."
    assert lines[1].startswith(
        "The next attempt may be taken from 2026-03-05 at the soonest: onepoints exam next "
    )
    command = lines[1].split(": ", 1)[1]
    assert shlex.split(command) == ["onepoints", "exam", "next", "OS 201 'Beta'"]
    assert "may be taken today:" in c.result_recorded(_outlook("OS-201", True, DAY), DAY, "pass")[1]


def test_looks_micro_names_the_command_to_mark_it():
    text = c.looks_micro(replace(cert(id="wfe"), name="Workflow Essentials"))
    assert text.startswith("'Workflow Essentials' has neither 'Certified' nor 'Certification'")
    assert "`onepoints cert edit wfe --micro`" in text


def test_other_lines():
    assert c.cert_added(cert()) == "Added certification 'OneStream Certified Associate', expiring 2027-03-31."
    assert c.report_written(Path("/r.html")) == "Wrote the report to /r.html."
    assert c.attempt_in_future(DAY).startswith("2026-03-02 is after today")


@pytest.mark.parametrize(
    ("others", "listed"),
    [
        (((1, "Splash"),), "activity 1 ('Splash')"),
        (((1, "A"), (2, "B"), (3, "C")), "activities 1 ('A'), 2 ('B'), 3 ('C')"),
        (
            ((1, "A"), (2, "B"), (3, "C"), (5, "E"), (6, "F")),
            "activities 1 ('A'), 2 ('B'), 3 ('C') and 2 more",
        ),
    ],
)
def test_evidence_elsewhere_names_at_most_three_activities(others, listed):
    found = EvidenceElsewhere("/x.pdf", 4, others)
    text = f"The content of '/x.pdf' is already evidence for {listed}; attached to activity 4 too."
    assert c.evidence_elsewhere(found) == text
    assert c.warning_text(found) == text


@pytest.mark.parametrize(
    ("warning", "text"),
    [
        (
            BeforeProgram(dt.date(2021, 12, 31)),
            "2021-12-31 is before 2022-01-01, when the program starts: it will never count.",
        ),
        (
            Planned(dt.date(2026, 6, 2)),
            "2026-06-02 is in the future: the activity is planned and counts from that day on.",
        ),
        (NoEvidenceYet(2), "No evidence yet: attach it later with `onepoints attach 2 FILE`."),
    ],
)
def test_each_warning_of_add_in_words(warning, text):
    assert c.warning_text(warning) == text


def test_a_followed_link_in_words():
    assert c.link_followed(LinkFollowed("/d/link.pdf", "/d/real.pdf")) == (
        "/d/link.pdf is a link: recorded the file it points to, /d/real.pdf."
    )
