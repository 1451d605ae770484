"""The sentences a command writes on stderr once it has done its work.

Wording only: the commands (cli/) say what happened, these functions say it
to the user, with the plurals and the next command to run.
"""

from __future__ import annotations

import shlex
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.ledger.duplicates import EvidenceElsewhere
from ..domain.ledger.notices import AddWarning, BeforeProgram, LinkFollowed, NoEvidenceYet, Planned
from ..domain.models import Activity, Certification
from ..domain.rules import PROGRAM_START
from .counts import points_with_noun

if TYPE_CHECKING:  # only for the annotation: `add` need not import the exam rules
    from ..domain.exams.schedule import ExamOutlook


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def activity_logged(activity: Activity) -> str:
    return f"Logged activity {activity.id}: {activity.title} ({points_with_noun(activity.points)})."


def evidence_elsewhere(found: EvidenceElsewhere) -> str:
    """The warning for a file whose content is evidence for other activities too."""
    listed = ", ".join(f"{number} ({title!r})" for number, title in found.others[:3])
    more = f" and {len(found.others) - 3} more" if len(found.others) > 3 else ""
    return (
        f"The content of {found.path!r} is already evidence for "
        f"{'activity' if len(found.others) == 1 else 'activities'} {listed}{more}; "
        f"attached to activity {found.activity_id} too."
    )


def warning_text(warning: AddWarning) -> str:
    """A warning of `add` or `attach`."""
    match warning:
        case BeforeProgram(day):
            return f"{day} is before {PROGRAM_START}, when the program starts: it will never count."
        case Planned(day):
            return f"{day} is in the future: the activity is planned and counts from that day on."
        case NoEvidenceYet(activity_id):
            return f"No evidence yet: attach it later with `onepoints attach {activity_id} FILE`."
    return evidence_elsewhere(warning)


def link_followed(link: LinkFollowed) -> str:
    """The note for an evidence file given as a link."""
    return f"{link.link} is a link: recorded the file it points to, {link.target}."


def files_attached(count: int, activity_id: int) -> str:
    return f"Attached {_count(count, 'file', 'files')} to activity {activity_id}."


def activity_updated(activity_id: int, changed: bool = True) -> str:
    if not changed:
        return f"Activity {activity_id} already has these values: nothing was changed."
    return f"Updated activity {activity_id}."


def activity_removed(activity_id: int) -> str:
    return f"Removed activity {activity_id}. `onepoints undo` brings it back."


def cert_added(cert: Certification) -> str:
    return f"Added certification {cert.name!r}, expiring {cert.expires}."


def cert_updated(cert_id: str, changed: bool = True) -> str:
    if not changed:
        return f"Certification {cert_id!r} already has these values: nothing was changed."
    return f"Updated certification {cert_id!r}."


def cert_removed(cert_id: str) -> str:
    return f"Removed certification {cert_id!r}. `onepoints undo` brings it back."


def cert_imported(cert: Certification, created: bool, unchanged: bool) -> list[str]:
    kind = "micro-credential" if cert.micro else "certification"
    done = "Imported" if created else "Already up to date:" if unchanged else "Updated"
    lines = [f"{done} {kind} {cert.id!r}: {cert.name}, expiring {cert.expires}."]
    if cert.micro:
        lines.append("A micro-credential: listed, but OnePoints do not extend it.")
    return lines


def attempt_in_future(day: date) -> str:
    return f"{day} is after today: check the date (`onepoints undo` removes the attempt)."


def attempt_logged(exam: str, day: date, outcome: str, beta: bool) -> str:
    return f"Logged the {exam} attempt on {day}: {outcome}{' (beta)' if beta else ''}."


def result_recorded(outlook: ExamOutlook, day: date, result: str) -> list[str]:
    when = "today" if outlook.allowed else f"from {outlook.earliest} at the soonest"
    return [
        f"Recorded the result of the {outlook.exam} attempt on {day}: {result}.",
        f"The next attempt may be taken {when}: onepoints exam next {shlex.quote(outlook.exam)}",
    ]


def events_written(count: int, path: Path) -> str:
    return f"Wrote {_count(count, 'event', 'events')} to {path}."


def activities_written(count: int, path: Path) -> str:
    return f"Wrote {_count(count, 'activity', 'activities')} to {path}."


def report_written(path: Path) -> str:
    return f"Wrote the report to {path}."


def looks_micro(cert: Certification) -> str:
    """`cert add` of a name with neither word of a certification's title."""
    return (
        f"{cert.name!r} has neither 'Certified' nor 'Certification' in its name, as every OneStream "
        "certification has: it looks like a micro-credential, which OnePoints do not extend. "
        f"It was added as a certification; if it is a micro-credential, mark it: "
        f"`onepoints cert edit {cert.id} --micro` (next time: `cert add ... --micro`)."
    )
