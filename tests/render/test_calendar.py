"""render/calendar.py: reminders as an iCalendar file, read back with the icalendar library."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from onepoints_cli.domain.reminders import Deadline, Expiry, Reminder
from onepoints_cli.render.calendar import description, to_ical

MADE = dt.datetime(2026, 6, 1, 12, 30, tzinfo=dt.UTC)


def _reminder(**changes) -> Reminder:
    fields = dict(
        uid="deadline-oca@onepoints",
        day=dt.date(2027, 3, 1),
        about=Deadline("oca", "Associate", dt.date(2027, 3, 31), 30),
        alarm_days=(90, 7),
    )
    fields.update(changes)
    return Reminder(**fields)


def test_each_reminder_is_a_free_all_day_event_with_its_alarms():
    data = to_ical([_reminder()], MADE, "1.2.3")
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    calendar = Calendar.from_ical(data)
    assert str(calendar["prodid"]) == "-//onepoints//onepoints 1.2.3//EN"
    assert str(calendar["version"]) == "2.0"
    (event,) = calendar.walk("VEVENT")
    assert str(event["uid"]) == "deadline-oca@onepoints"
    assert event.decoded("dtstart") == dt.date(2027, 3, 1)
    assert event.decoded("dtend") == dt.date(2027, 3, 2)  # an all-day event ends the next day
    assert str(event["transp"]) == "TRANSPARENT"
    assert event.decoded("dtstamp") == MADE
    assert int(event["sequence"]) == int(MADE.timestamp()) // 60
    assert str(event["description"]) == (
        "Last day to open the Credentialing case that extends Associate with 40 OnePoints: "
        "at least 30 days before it expires on 2027-03-31.\n"
        "See where it stands: onepoints status --cert oca"
    )
    alarms = event.walk("VALARM")
    assert [a.decoded("trigger") for a in alarms] == [dt.timedelta(days=-90), dt.timedelta(days=-7)]
    assert str(alarms[1]["description"]) == "OnePoints deadline: Associate: in 7 days (2027-03-01)"


def test_an_event_that_only_informs_has_no_alarm():
    (event,) = Calendar.from_ical(to_ical([_reminder(alarm_days=())], MADE, "1")).walk("VEVENT")
    assert event.walk("VALARM") == []


def test_a_newer_file_has_a_higher_sequence():
    older = Calendar.from_ical(to_ical([_reminder()], MADE, "1")).walk("VEVENT")[0]
    newer = Calendar.from_ical(to_ical([_reminder()], MADE + dt.timedelta(minutes=1), "1")).walk("VEVENT")[0]
    assert int(newer["sequence"]) == int(older["sequence"]) + 1


def test_control_characters_in_titles_stay_visible_text():
    reminder = _reminder(about=Expiry("x", "Course\x1b[2J", micro=False))
    (event,) = Calendar.from_ical(to_ical([reminder], MADE, "1")).walk("VEVENT")
    assert str(event["summary"]) == "Course\\x1b[2J expires"
    assert description(reminder) == "Course\\x1b[2J (x) expires today, unless it has been extended."


def test_no_reminder_is_an_empty_calendar():
    calendar = Calendar.from_ical(to_ical([], MADE, "1"))
    assert calendar.walk("VEVENT") == []
    assert str(calendar["x-wr-calname"]) == "OnePoints"
