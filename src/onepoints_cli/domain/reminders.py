"""Calendar reminders: the dates that matter, as all-day events with alarms.

Pure: no clock, no file I/O; render/calendar.py writes them as iCalendar.
Every event has a UID made only from what it is about (a certification and
which date, or the day activities age out), so importing a newer file
updates the events of an older one instead of adding them twice.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import NamedTuple

from .models import Activity, Ledger, Settings
from .points.standing import standings, submission_deadline
from .rules import LAST_CALL_DAYS, POINTS_REQUIRED, WINDOW_MONTHS
from .validation import points_text, points_with_noun
from .window import activity_state, ages_out, used_activity_ids

UID_DOMAIN = "onepoints"


class Reminder(NamedTuple):
    uid: str
    day: date
    summary: str
    #: The description, one string per line: the calendar escapes each line, and a line
    #: break inside one (from a title) stays escaped text, not a new line.
    description_lines: tuple[str, ...]
    #: Alarms, in days before the day (largest first); none for an event that only informs.
    alarm_days: tuple[int, ...]
    #: The certification whose standing the event sends the reader to, on a line of its own,
    #: and whether the last line sends them to the standing of all (render words the command).
    status_of: str | None = None
    status_all: bool = False


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
                    summary=f"OnePoints deadline: {cert.name}",
                    description_lines=(
                        f"Last day to open the Credentialing case that extends {cert.name} with "
                        f"{points_text(POINTS_REQUIRED)} OnePoints: at least {settings.lead_days} days before "
                        f"it expires on {cert.expires}.",
                    ),
                    alarm_days=alarms,
                    status_of=cert.id,
                )
            )
        how = (
            "expires today. A micro-credential: OnePoints do not extend it."
            if cert.micro
            else "expires today, unless it has been extended."
        )
        events.append(
            Reminder(
                uid=f"onepoints-{cert.id}-expiry@{UID_DOMAIN}",
                day=cert.expires,
                summary=f"{cert.name} expires",
                description_lines=(f"{cert.name} ({cert.id}) {how}",),
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
        if s.submit_by is None or reason is None or reason.kind != "ageing_out" or reason.points is None:
            continue
        name = s.cert.name
        events.append(
            Reminder(
                uid=f"onepoints-{s.cert.id}-submit-by@{UID_DOMAIN}",
                day=s.submit_by,
                summary=f"OnePoints: last day to submit {name}",
                description_lines=(
                    f"{points_with_noun(reason.points)} {_verb(reason.points, 'age')} out on {reason.ages_out}: "
                    f"submit by {s.submit_by}. Last day to open the Credentialing case that extends {name} "
                    f"while {points_text(POINTS_REQUIRED)} points with evidence still count, before the "
                    f"deadline ({s.deadline}).",
                    *(
                        (
                            f"With the planned activities (and their evidence), 40 points count again from "
                            f"{s.back_to_40_on}, still in time: a case could be submitted then instead.",
                        )
                        if s.back_to_40_on is not None
                        else ()
                    ),
                ),
                alarm_days=alarms,
                status_of=s.cert.id,
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
        listed = tuple(
            f"- {a.id}: {a.title} ({a.date}, {points_with_noun(a.points)})"
            for a in sorted(leaving, key=lambda a: (a.date, a.id))
        )
        events.append(
            Reminder(
                uid=f"onepoints-ages-out-{day.isoformat()}@{UID_DOMAIN}",
                day=day,
                summary=f"OnePoints: balance drops by {points_with_noun(lost)}",
                description_lines=(
                    f"{points_with_noun(lost)} {_verb(lost, 'age')} out today, {WINDOW_MONTHS} months after "
                    "the activities:",
                    *listed,
                    f"Without new activities, {points_with_noun(left)} "
                    f"{_verb(left, 'count')} from today on (counted on {as_of}).",
                ),
                alarm_days=(),
                status_all=True,
            )
        )
    return events


def _verb(amount: Decimal, verb: str) -> str:
    """'1 point ages', '2 points age'."""
    return verb + "s" if amount == 1 else verb
