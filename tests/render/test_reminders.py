"""render/reminders.py: the exact words of each calendar event."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from onepoints_cli.domain.reminders import AgesOut, Deadline, Expiry, LastDayToSubmit, Reminder
from onepoints_cli.render import reminders as words
from onepoints_cli.render.calendar import description
from tests.support.builders import activity

D = dt.date.fromisoformat


def _event(about, day="2027-01-29") -> Reminder:
    return Reminder("uid@onepoints", D(day), about, ())


@pytest.mark.parametrize(
    ("about", "summary", "lines"),
    [
        (
            Deadline("oca", "Associate", D("2027-02-28"), 30),
            "OnePoints deadline: Associate",
            (
                "Last day to open the Credentialing case that extends Associate with 40 OnePoints: "
                "at least 30 days before it expires on 2027-02-28.",
            ),
        ),
        (
            Expiry("oca", "Associate", micro=False),
            "Associate expires",
            ("Associate (oca) expires today, unless it has been extended.",),
        ),
        (
            Expiry("ofcf", "Foundations", micro=True),
            "Foundations expires",
            ("Foundations (ofcf) expires today. A micro-credential: OnePoints do not extend it.",),
        ),
        (
            LastDayToSubmit("oca", "Associate", Decimal(40), D("2027-01-30"), D("2027-02-10"), None),
            "OnePoints: last day to submit Associate",
            (
                "40 points age out on 2027-01-30: submit by 2027-01-29. Last day to open the Credentialing "
                "case that extends Associate while 40 points with evidence still count, before the deadline "
                "(2027-02-10).",
            ),
        ),
        (
            LastDayToSubmit(
                "oca", "Associate", Decimal(1), D("2027-01-30"), D("2027-02-10"), D("2027-02-01")
            ),
            "OnePoints: last day to submit Associate",
            (
                "1 point ages out on 2027-01-30: submit by 2027-01-29. Last day to open the Credentialing "
                "case that extends Associate while 40 points with evidence still count, before the deadline "
                "(2027-02-10).",
                "With the planned activities (and their evidence), 40 points count again from 2027-02-01, "
                "still in time: a case could be submitted then instead.",
            ),
        ),
        (
            AgesOut(
                Decimal("3.5"),
                Decimal(1),
                D("2026-11-24"),
                (activity(1, D("2024-12-10"), "1.5"), activity(2, D("2024-12-10"), "2")),
            ),
            "OnePoints: balance drops by 3.5 points",
            (
                "3.5 points age out today, 24 months after the activities:",
                "- 1: Activity 1 (2024-12-10, 1.5 points)",
                "- 2: Activity 2 (2024-12-10, 2 points)",
                "Without new activities, 1 point counts from today on (counted on 2026-11-24).",
            ),
        ),
    ],
    ids=lambda value: type(value).__name__ if not isinstance(value, str | tuple) else "",
)
def test_each_event_in_words(about, summary, lines):
    event = _event(about)
    assert words.summary(event) == summary
    assert words.description_lines(event) == lines


def test_the_events_send_the_reader_to_status():
    deadline = _event(Deadline("oca", "Associate", D("2027-02-28"), 30))
    assert description(deadline).endswith("\nSee where it stands: onepoints status --cert oca")
    ages_out = _event(AgesOut(Decimal(1), Decimal(0), D("2026-11-24"), (activity(1),)))
    assert description(ages_out).endswith("(counted on 2026-11-24). See: onepoints status")
    expiry = _event(Expiry("oca", "Associate", micro=False))
    assert "onepoints status" not in description(expiry)
