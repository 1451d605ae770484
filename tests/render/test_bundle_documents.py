"""render/bundle_documents.py: the exact words of summary.md, case.txt and the day to submit by."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from onepoints_cli.domain.bundle.selection import Selection
from onepoints_cli.domain.models import Settings, replace
from onepoints_cli.render import bundle_documents as contents
from tests.support.builders import activity, cert

EXPIRES = dt.date(2027, 3, 31)
SETTINGS = Settings(lead_days=30)  # deadline 2027-03-01


def _selection(*activities, as_of=dt.date(2026, 6, 1), expires=EXPIRES) -> Selection:
    return Selection(cert(expires=expires), as_of, tuple(activities))


def _files(selection: Selection) -> dict[int, list[str]]:
    return {a.id: [f"evidence/{a.id}/{Path(e.path).name}" for e in a.evidence] for a in selection.activities}


# --- summary.md -------------------------------------------------------------------


def test_summary_md_escapes_markup_in_user_text():
    sneaky = replace(activity(1), title="[click](http://evil.example) *x* <b>|")
    md = contents.summary_md(_selection(sneaky), Settings(holder_name="A_B"), {1: ["f.pdf"]})
    row = next(line for line in md.splitlines() if line.startswith("| 1 |"))
    assert "[click](" not in row and "<b>" not in row
    assert r"\[click\]\(http\://evil.example\) \*x\* \<b\>\|" in row
    assert "- Holder: A\\_B" in md.splitlines()


def test_summary_md_states_the_window_total_and_holder_lines_only_when_set():
    selection = _selection(activity(1, points="25"), activity(2, points="15"), as_of=dt.date(2026, 6, 1))
    md = contents.summary_md(selection, Settings(), _files(selection))
    lines = md.splitlines()
    assert lines[0] == "# OnePoints evidence: OneStream Certified Associate"
    assert not any(line.startswith(("- Holder", "- Email")) for line in lines)
    assert "- Window: activities dated 2024-06-02 to 2026-06-01 (the last 24 months)" in lines
    assert "- Total: 40 OnePoints in 2 activities" in lines


# --- submit_line ----------------------------------------------------------------------


def _forty(day=dt.date(2026, 1, 1)):
    return activity(1, day=day, points="40")


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (
            dt.date(2027, 3, 1),  # the deadline itself: still on time
            "Submit by 2027-03-01 (at least 30 days before the expiry on 2027-03-31).",
        ),
        (
            dt.date(2027, 3, 2),  # the first day after the deadline
            "Submit by 2027-03-30 (the submission deadline 2027-03-01 has passed: submit at once, "
            "before the expiry on 2027-03-31).",
        ),
        (
            dt.date(2027, 3, 30),  # the last day before expiry
            "Submit by 2027-03-30 (the submission deadline 2027-03-01 has passed: submit at once, "
            "before the expiry on 2027-03-31).",
        ),
        (
            dt.date(2027, 3, 31),  # the expiry day
            "Submit at once: the certification expired on 2027-03-31 (built with --force).",
        ),
    ],
)
def test_submit_line_at_the_deadline_and_expiry_edges(as_of, expected):
    assert contents.submit_line(_selection(_forty(), as_of=as_of), SETTINGS) == expected


@pytest.mark.parametrize(
    ("activity_day", "expected"),
    [
        # Ages out 2027-03-02: the bundle holds 40 until 2027-03-01, the deadline itself.
        (dt.date(2025, 3, 2), "Submit by 2027-03-01 (at least 30 days before the expiry on 2027-03-31)."),
        # Ages out 2027-03-01: the last day it holds 40 is 2027-02-28, before the deadline.
        (
            dt.date(2025, 3, 1),
            "Submit by 2027-02-28: the day after, some of these activities age out and the bundle is below 40 points.",
        ),
    ],
)
def test_submit_line_is_the_last_day_the_bundle_holds_40_when_earlier(activity_day, expected):
    selection = _selection(_forty(activity_day), as_of=dt.date(2026, 12, 1))
    assert contents.submit_line(selection, SETTINGS) == expected


def test_submit_line_ignores_the_holding_day_of_a_bundle_below_40():
    selection = _selection(activity(1, day=dt.date(2025, 3, 1), points="39"), as_of=dt.date(2026, 12, 1))
    assert contents.submit_line(selection, SETTINGS).startswith("Submit by 2027-03-01 (")


# --- case.txt -----------------------------------------------------------


def test_case_text_names_one_day_or_a_span_and_signs_when_known():
    one = contents.case_text(_selection(activity(1)), Settings())
    assert "1 activity completed on 2025-01-01;" in one
    assert one.splitlines()[1] == "OnePoints certification extension: OneStream Certified Associate"
    assert one.endswith("summary.md lists each activity and its files.\n")
    span = _selection(activity(1), activity(2, day=dt.date(2025, 5, 6)))
    signed = contents.case_text(span, Settings(holder_name="Ann", holder_email="ann@example.com"))
    assert "2 OnePoints from 2 activities completed between 2025-01-01 and 2025-05-06;" in signed
    assert "by 24 months" in signed
    assert signed.splitlines()[-1] == "Ann, ann@example.com"
    email_only = contents.case_text(span, Settings(holder_email="ann@example.com"))
    assert email_only.splitlines()[-1] == "ann@example.com"
