"""Calendar reminders: the events (reminders.py) and the iCalendar file, parsed back with icalendar."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import icalendar
import pytest

from onepoints_cli.domain.models import Extension, Ledger, Settings
from onepoints_cli.domain.reminders import AgesOut, Deadline, Expiry, LastDayToSubmit, reminders
from tests.support.builders import activity, cert

AS_OF = dt.date(2026, 11, 24)


def ledger() -> Ledger:
    return Ledger(
        next_activity_id=7,
        certifications=(
            cert(dt.date(2027, 2, 28)),
            cert(dt.date(2027, 6, 2), id="ofcf", micro=True),
        ),
        activities=(
            activity(1, dt.date(2024, 12, 10), "1.5"),
            activity(2, dt.date(2024, 12, 10), "2"),  # same day: one event
            activity(3, dt.date(2025, 5, 13), "7.5", evidence=False),
            activity(4, dt.date(2024, 6, 1), "9"),  # aged out already
            activity(5, dt.date(2027, 1, 12), "8"),  # planned, not counting yet
            activity(6, dt.date(2025, 2, 1), "4"),  # used by an extension
        ),
        extensions=(
            Extension(1, "oca", dt.date(2025, 3, 1), dt.date(2025, 3, 31), dt.date(2027, 2, 28), (6,)),
        ),
    )


def test_deadline_and_expiry_with_alarms_and_aging_out_days():
    events = reminders(ledger(), Settings(), AS_OF)
    assert [(e.uid, e.day, e.alarm_days) for e in events] == [
        ("onepoints-ages-out-2026-12-10@onepoints", dt.date(2026, 12, 10), ()),
        ("onepoints-oca-deadline@onepoints", dt.date(2027, 1, 29), (90, 7)),
        ("onepoints-oca-expiry@onepoints", dt.date(2027, 2, 28), (90, 7)),
        ("onepoints-ages-out-2027-05-13@onepoints", dt.date(2027, 5, 13), ()),
        ("onepoints-ofcf-expiry@onepoints", dt.date(2027, 6, 2), (90, 7)),  # a micro-credential: no deadline
    ]
    books = ledger()
    # 3 (7.5 points, no evidence) still counts after 2026-12-10; 6 is used by an extension.
    assert events[0].about == AgesOut(Decimal("3.5"), Decimal("7.5"), AS_OF, books.activities[:2])
    assert events[1].about == Deadline("oca", books.certifications[0].name, dt.date(2027, 2, 28), 30)
    assert events[2].about == Expiry("oca", books.certifications[0].name, micro=False)
    assert events[4].about == Expiry("ofcf", books.certifications[1].name, micro=True)


def test_alarms_follow_warn_days_and_lead_days():
    events = reminders(ledger(), Settings(warn_days=30, lead_days=45), AS_OF)
    deadline = next(e for e in events if e.uid == "onepoints-oca-deadline@onepoints")
    assert (deadline.day, deadline.alarm_days) == (dt.date(2027, 1, 14), (30, 7))
    assert reminders(ledger(), Settings(warn_days=7), AS_OF)[1].alarm_days == (7,)


def test_the_file_parses_with_the_dates_alarms_and_stable_uids(cli, tmp_path):
    assert (
        cli(
            "cert", "add", "OneStream Certified Associate", "--expires", "2027-02-28", "--id", "oca"
        ).exit_code
        == 0
    )
    assert cli("add", "Webinar", "--date", "2024-12-10", "--kind", "webinar", "--hours", "1.5").exit_code == 0
    out = tmp_path / "onepoints.ics"
    result = cli("calendar", "--as-of", "2026-11-24", "--out", out)
    assert result.exit_code == 0 and result.stdout == "" and "Wrote 3 events" in result.stderr
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    assert str(calendar["prodid"]).startswith("-//onepoints//onepoints ")
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    assert sorted(events) == [
        "onepoints-ages-out-2026-12-10@onepoints",
        "onepoints-oca-deadline@onepoints",
        "onepoints-oca-expiry@onepoints",
    ]
    deadline = events["onepoints-oca-deadline@onepoints"]
    assert deadline["dtstart"].dt == dt.date(2027, 1, 29) and deadline["dtend"].dt == dt.date(2027, 1, 30)
    assert not isinstance(deadline["dtstart"].dt, dt.datetime)  # all day
    assert [a["trigger"].dt for a in deadline.walk("VALARM")] == [
        dt.timedelta(days=-90),
        dt.timedelta(days=-7),
    ]
    assert events["onepoints-oca-expiry@onepoints"]["dtstart"].dt == dt.date(2027, 2, 28)
    aging = events["onepoints-ages-out-2026-12-10@onepoints"]
    assert str(aging["summary"]) == "OnePoints: balance drops by 1.5 points" and not aging.walk("VALARM")

    # A newer file: the same UIDs, so a calendar updates the events; a sequence no lower.
    assert cli("add", "Talk", "--date", "2024-12-10", "--kind", "tech-talk", "--hours", "1").exit_code == 0
    again = icalendar.Calendar.from_ical(cli("calendar", "--as-of", "2026-11-24").stdout_bytes)
    newer = {str(e["uid"]): e for e in again.walk("VEVENT")}
    assert sorted(newer) == sorted(events)
    assert (
        str(newer["onepoints-ages-out-2026-12-10@onepoints"]["summary"])
        == "OnePoints: balance drops by 2.5 points"
    )
    assert all(int(newer[u]["sequence"]) >= int(events[u]["sequence"]) for u in events)


def test_no_certifications_gives_an_empty_valid_calendar(cli):
    result = cli("calendar")
    assert result.exit_code == 0
    calendar = icalendar.Calendar.from_ical(result.stdout_bytes)
    assert calendar.walk("VEVENT") == [] and str(calendar["version"]) == "2.0"


def test_decimal_points_in_descriptions_are_tidy():
    events = reminders(
        Ledger(next_activity_id=2, activities=(activity(1, dt.date(2025, 1, 31), "0.25"),)), Settings(), AS_OF
    )
    assert events[0].about.lost == Decimal("0.25")


def test_descriptions_have_real_line_breaks_and_say_what_status_says(cli):
    """icalendar reads the lines back as lines (no literal backslash-n), and the
    aging-out event names the activities and the balance that `status` gives."""
    added = cli("cert", "add", "OneStream Certified Associate", "--expires", "2027-02-28", "--id", "oca")
    assert added.exit_code == 0
    assert cli("add", "Webinar", "--date", "2024-12-10", "--kind", "webinar", "--hours", "1.5").exit_code == 0
    assert cli("add", "Talk", "--date", "2025-03-10", "--kind", "webinar", "--hours", "4").exit_code == 0
    ics = cli("calendar", "--as-of", "2026-11-24")
    assert ics.exit_code == 0 and b"\\\\n" not in ics.stdout_bytes
    events = {str(e["uid"]): e for e in icalendar.Calendar.from_ical(ics.stdout_bytes).walk("VEVENT")}
    aging = str(events["onepoints-ages-out-2026-12-10@onepoints"]["description"]).split("\n")

    before = json.loads(cli("status", "--as-of", "2026-11-24", "--json").stdout)["certifications"][0]
    on_the_day = json.loads(cli("status", "--as-of", "2026-12-10", "--json").stdout)["certifications"][0]
    leaving = [row for row in before["aging_out"] if row["ages_out"] == "2026-12-10"]
    assert aging == [
        "1.5 points age out today, 24 months after the activities:",
        *(f"- {row['id']}: Webinar (2024-12-10, {row['points']} points)" for row in leaving),
        f"Without new activities, {on_the_day['balance']} points count from today on "
        "(counted on 2026-11-24). See: onepoints status",
    ]
    deadline = str(events["onepoints-oca-deadline@onepoints"]["description"]).split("\n")
    assert deadline[0].endswith(f"it expires on {before['expires']}.")
    assert deadline[1] == "See where it stands: onepoints status --cert oca"
    assert events["onepoints-oca-deadline@onepoints"]["dtstart"].dt.isoformat() == before["deadline"]


def test_user_text_is_escaped_line_by_line(cli):
    """A control character or a line break inside a title stays visible text on its own line."""
    added = cli("cert", "add", "OneStream Certified Associate", "--expires", "2027-02-28", "--id", "oca")
    assert added.exit_code == 0
    added = cli("add", "Talk \x1b[2J\nend", "--date", "2024-12-10", "--kind", "webinar", "--hours", "1")
    assert added.exit_code == 0, added.stderr
    ics = cli("calendar", "--as-of", "2026-11-24").stdout_bytes
    assert b"\x1b" not in ics
    event = next(e for e in icalendar.Calendar.from_ical(ics).walk("VEVENT") if "ages-out" in str(e["uid"]))
    lines = str(event["description"]).split("\n")
    assert len(lines) == 3 and lines[1] == "- 1: Talk \\x1b[2J\\nend (2024-12-10, 1 point)"


def _ready_then_lost() -> Ledger:
    """Issue 18's first scenario: 40 points of 2024-03-15 (they age out 2026-03-15), expiry 2026-12-31."""
    return Ledger(
        next_activity_id=2,
        certifications=(cert(dt.date(2026, 12, 31)),),
        activities=(activity(1, dt.date(2024, 3, 15), "40"),),
    )


@pytest.mark.parametrize(
    ("as_of", "event"),
    [
        ("2026-03-14", True),  # the submit-by day itself: still the day to submit
        ("2026-03-15", False),  # the points are gone: no case to submit, no event
    ],
)
def test_the_submit_by_date_is_an_event_when_points_ageing_out_set_it(as_of, event):
    """The deadline's reminder (90 days before 2026-12-01) came after the points had aged out."""
    events = reminders(_ready_then_lost(), Settings(), dt.date.fromisoformat(as_of))
    found = [e for e in events if e.uid == "onepoints-oca-submit-by@onepoints"]
    assert bool(found) is event
    if event:
        (submit,) = found
        assert (submit.day, submit.alarm_days) == (dt.date(2026, 3, 14), (90, 7))
        deadline = dt.date(2026, 12, 1)
        assert submit.about == LastDayToSubmit(
            "oca", "OneStream Certified Associate", Decimal(40), dt.date(2026, 3, 15), deadline, None
        )


def test_no_submit_by_event_when_the_deadline_sets_the_day():
    events = reminders(ledger(), Settings(), AS_OF)  # oca's points last past its deadline
    assert not [e for e in events if "submit-by" in e.uid]


def test_the_submit_by_event_says_what_status_says(cli, evidence_file):
    assert (
        cli(
            "cert", "add", "OneStream Certified Associate", "--expires", "2026-12-31", "--id", "oca"
        ).exit_code
        == 0
    )
    added = cli(
        "add",
        "Course",
        "--date",
        "2024-03-15",
        "--kind",
        "course",
        "--points",
        "40",
        "--evidence",
        evidence_file(),
    )
    assert added.exit_code == 0
    planned = cli("add", "Planned", "--date", "2026-06-01", "--kind", "course", "--points", "40")
    assert planned.exit_code == 0
    ics = cli("calendar", "--as-of", "2026-01-15")
    assert ics.exit_code == 0 and ics.stderr == ""
    events = {str(e["uid"]): e for e in icalendar.Calendar.from_ical(ics.stdout_bytes).walk("VEVENT")}
    event = events["onepoints-oca-submit-by@onepoints"]
    oca = json.loads(cli("status", "--as-of", "2026-01-15", "--json").stdout)["certifications"][0]
    assert event["dtstart"].dt.isoformat() == oca["submit_by"] == "2026-03-14"
    lines = str(event["description"]).split("\n")
    assert lines[0].startswith(oca["submit_by_reason"]["text"] + ".")
    assert lines[1].endswith(
        f"count again from {oca['back_to_40_on']}, still in time: a case could be submitted then instead."
    )
    assert lines[1] in oca["next_step"]
    assert [str(a["trigger"].dt) for a in event.walk("VALARM")] == ["-90 days, 0:00:00", "-7 days, 0:00:00"]
