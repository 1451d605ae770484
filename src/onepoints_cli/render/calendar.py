"""Reminders as an iCalendar file (RFC 5545), written with the icalendar library.

Each reminder is an all-day, free (transparent) event with display alarms
before it. DTSTAMP is when the file was made; SEQUENCE grows with it (minutes
since 1970), so a calendar that only accepts an update with a higher
sequence takes a newer file's version of an event.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from ..domain.reminders import Reminder
from . import reminders
from .messages import printable

PRODUCT_ID = "-//onepoints//onepoints {version}//EN"
CALENDAR_NAME = "OnePoints"


def to_ical(events: list[Reminder], made: datetime, version: str) -> bytes:
    """The calendar as bytes (UTF-8, CRLF line ends as RFC 5545 wants); `made` is timezone-aware."""
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID.format(version=version))
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    sequence = int(made.timestamp()) // 60
    for reminder in events:
        event = Event()
        event.add("uid", reminder.uid)
        event.add("dtstamp", made)
        event.add("sequence", sequence)
        event.add("dtstart", reminder.day)
        event.add("dtend", reminder.day + timedelta(days=1))
        # Calendar apps show these in notifications, some on a terminal (calcurse, khal).
        title = reminders.summary(reminder)
        event.add("summary", printable(title))
        event.add("description", description(reminder))
        event.add("transp", "TRANSPARENT")
        for days in reminder.alarm_days:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", printable(f"{title}: in {days} days ({reminder.day})"))
            alarm.add("trigger", timedelta(days=-days))
            event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()


def description(reminder: Reminder) -> str:
    """The event's text with real line breaks (icalendar writes them as RFC 5545's `\\n`),
    each line escaped on its own, so a control character in a title stays visible text."""
    lines = [printable(line) for line in reminders.description_lines(reminder)]
    if reminders.status_all(reminder) and lines:
        lines[-1] += " See: onepoints status"
    if cert_id := reminders.status_of(reminder):
        lines.append(printable(f"See where it stands: onepoints status --cert {cert_id}"))
    return "\n".join(lines)
