"""The words of the calendar's events: each reminder's summary and description.

domain/reminders.py says what each event is about (values); render/calendar.py
writes the events as iCalendar with these words.
"""

from __future__ import annotations

from decimal import Decimal

from ..domain.reminders import AgesOut, Deadline, Expiry, LastDayToSubmit, Reminder
from ..domain.rules import POINTS_REQUIRED, WINDOW_MONTHS
from ..domain.validation import points_text
from .counts import points_with_noun


def _verb(amount: Decimal, verb: str) -> str:
    """'1 point ages', '2 points age'."""
    return verb + "s" if amount == 1 else verb


def summary(reminder: Reminder) -> str:
    """The event's title, as a calendar shows it."""
    match reminder.about:
        case Deadline(name=name):
            return f"OnePoints deadline: {name}"
        case Expiry(name=name):
            return f"{name} expires"
        case LastDayToSubmit(name=name):
            return f"OnePoints: last day to submit {name}"
        case AgesOut(lost=lost):
            return f"OnePoints: balance drops by {points_with_noun(lost)}"


def description_lines(reminder: Reminder) -> tuple[str, ...]:
    """The event's description, one string per line (user text not yet escaped)."""
    about = reminder.about
    match about:
        case Deadline():
            return (
                f"Last day to open the Credentialing case that extends {about.name} with "
                f"{points_text(POINTS_REQUIRED)} OnePoints: at least {about.lead_days} days before "
                f"it expires on {about.expires}.",
            )
        case Expiry():
            how = (
                "expires today. A micro-credential: OnePoints do not extend it."
                if about.micro
                else "expires today, unless it has been extended."
            )
            return (f"{about.name} ({about.cert_id}) {how}",)
        case LastDayToSubmit():
            again = (
                ()
                if about.back_to_40_on is None
                else (
                    f"With the planned activities (and their evidence), 40 points count again from "
                    f"{about.back_to_40_on}, still in time: a case could be submitted then instead.",
                )
            )
            return (
                f"{points_with_noun(about.points)} {_verb(about.points, 'age')} out on {about.ages_out}: "
                f"submit by {reminder.day}. Last day to open the Credentialing case that extends {about.name} "
                f"while {points_text(POINTS_REQUIRED)} points with evidence still count, before the "
                f"deadline ({about.deadline}).",
                *again,
            )
        case AgesOut():
            return (
                f"{points_with_noun(about.lost)} {_verb(about.lost, 'age')} out today, {WINDOW_MONTHS} months "
                "after the activities:",
                *(f"- {a.id}: {a.title} ({a.date}, {points_with_noun(a.points)})" for a in about.leaving),
                f"Without new activities, {points_with_noun(about.left)} "
                f"{_verb(about.left, 'count')} from today on (counted on {about.as_of}).",
            )


def status_of(reminder: Reminder) -> str | None:
    """The certification whose standing the event sends the reader to (`status --cert`)."""
    about = reminder.about
    return about.cert_id if isinstance(about, Deadline | LastDayToSubmit) else None


def status_all(reminder: Reminder) -> bool:
    """Does the event's last line send the reader to the standing of all (`status`)?"""
    return isinstance(reminder.about, AgesOut)
