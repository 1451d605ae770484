"""Calendar reminders: the dates that matter, as all-day events with alarms.

Pure: no clock, no file I/O; render/reminders.py words them, render/calendar.py
writes them as iCalendar.
Every event has a UID made only from what it is about (a certification and
which date, or the day activities age out), so importing a newer file
updates the events of an older one instead of adding them twice.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import NamedTuple, TypeAlias

from .models import Activity, Ledger, Settings
from .points.standing import standings, submission_deadline
from .rules import LAST_CALL_DAYS
from .window import activity_state, ages_out, used_activity_ids

UID_DOMAIN = "onepoints"


class Deadline(NamedTuple):
    """The last day to open the case that extends `name` (expiring on `expires`):
    `lead_days` before the expiry."""

    cert_id: str
    name: str
    expires: date
    lead_days: int


class Expiry(NamedTuple):
    """`name` expires on the event's day; a `micro` credential is not extended by OnePoints."""

    cert_id: str
    name: str
    micro: bool


class LastDayToSubmit(NamedTuple):
    """Points ageing out make the last day to submit (the event's day) earlier than the
    `deadline`: `points` age out on `ages_out`. `back_to_40_on`: the day planned
    activities bring the balance back to 40, still in time (None if they do not)."""

    cert_id: str
    name: str
    points: Decimal
    ages_out: date
    deadline: date
    back_to_40_on: date | None


class AgesOut(NamedTuple):
    """On the event's day `leaving` (activities counting on `as_of`) age out: `lost`
    points; `left` points count from that day on without new activities."""

    lost: Decimal
    left: Decimal
    as_of: date
    leaving: tuple[Activity, ...]


#: What an event is about: render/reminders.py words its summary and description.
About: TypeAlias = Deadline | Expiry | LastDayToSubmit | AgesOut


class Reminder(NamedTuple):
    uid: str
    day: date
    about: About
    #: Alarms, in days before the day (largest first); none for an event that only informs.
    alarm_days: tuple[int, ...]


def reminders(ledger: Ledger, settings: Settings, as_of: date) -> list[Reminder]:
    """Each certification's submission deadline and expiry, and each day counting activities age out."""
    alarms = tuple(sorted({settings.warn_days, LAST_CALL_DAYS}, reverse=True))
    events = []
    for cert in ledger.certifications:
        if not cert.micro:
            deadline = submission_deadline(cert, settings)
            events.append(
                Reminder(
                    uid=f"onepoints-{cert.id}-deadline@{UID_DOMAIN}",
                    day=deadline,
                    about=Deadline(cert.id, cert.name, cert.expires, settings.lead_days),
                    alarm_days=alarms,
                )
            )
        events.append(
            Reminder(
                uid=f"onepoints-{cert.id}-expiry@{UID_DOMAIN}",
                day=cert.expires,
                about=Expiry(cert.id, cert.name, cert.micro),
                alarm_days=alarms,
            )
        )
    events += _submit_by(ledger, settings, as_of, alarms)
    return sorted(events + _aging_out(ledger, as_of), key=lambda r: (r.day, r.uid))


def _submit_by(ledger: Ledger, settings: Settings, as_of: date, alarms: tuple[int, ...]) -> list[Reminder]:
    """The last day to submit, when points ageing out make it earlier than the deadline
    (docs/rules.md, "The submit-by date"): the deadline's own reminder would come too late."""
    events = []
    for s in standings(ledger, settings, as_of):
        reason = s.submit_by_reason
        if s.submit_by is None or reason is None or reason.kind != "ageing_out":
            continue
        if reason.points is None or reason.ages_out is None:  # an "ageing_out" reason has both
            continue
        events.append(
            Reminder(
                uid=f"onepoints-{s.cert.id}-submit-by@{UID_DOMAIN}",
                day=s.submit_by,
                about=LastDayToSubmit(
                    s.cert.id, s.cert.name, reason.points, reason.ages_out, s.deadline, s.back_to_40_on
                ),
                alarm_days=alarms,
            )
        )
    return events


def _aging_out(ledger: Ledger, as_of: date) -> list[Reminder]:
    """One event per day on which activities counting on `as_of` stop counting."""
    used = used_activity_ids(ledger)
    counting = [a for a in ledger.activities if activity_state(a, as_of, used) == "counting"]
    by_day: dict[date, list[Activity]] = {}
    for activity in counting:
        by_day.setdefault(ages_out(activity.date), []).append(activity)
    events = []
    for day, leaving in sorted(by_day.items()):
        lost = sum((a.points for a in leaving), Decimal(0))
        left = sum((a.points for a in counting if ages_out(a.date) > day), Decimal(0))
        listed = tuple(sorted(leaving, key=lambda a: (a.date, a.id)))
        events.append(
            Reminder(
                uid=f"onepoints-ages-out-{day.isoformat()}@{UID_DOMAIN}",
                day=day,
                about=AgesOut(lost, left, as_of, listed),
                alarm_days=(),
            )
        )
    return events
