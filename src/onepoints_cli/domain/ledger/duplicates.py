"""What counts as logging the same thing twice, and the refusals that follow.

An activity is the same as another when it has the same date, the same kind
and the same title, the title compared without regard to case or to spaces
around and between words ("Splash  2025 " is "splash 2025"). A certification
is the same as another when its name is, compared the same way. A file is
the same as another when its content is (sha256), whatever its name.

The commands refuse a duplicate (the usual cause is running a command twice,
or importing the same export again) and say what exists; `--duplicate`
records it anyway, for the real second session of a course with the same name.
Attaching a file whose content is evidence for another activity is allowed,
with a warning: one certificate can cover two activities, but more often the
wrong file was picked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from ..models import Activity, Certification, Evidence, Ledger
from ..path_keys import path_key
from .problems import DuplicateActivity, DuplicateCert, DuplicateEvidence


def title_key(title: str) -> str:
    """A title as compared: case-folded, words separated by single spaces."""
    return " ".join(title.split()).casefold()


def activity_key(day: date, title: str, kind: str) -> tuple[date, str, str]:
    return day, title_key(title), kind


def same_activity(ledger: Ledger, day: date, title: str, kind: str) -> Activity | None:
    key = activity_key(day, title, kind)
    return next((a for a in ledger.activities if activity_key(a.date, a.title, a.kind) == key), None)


def refuse_duplicate_activity(ledger: Ledger, day: date, title: str, kind: str) -> None:
    if existing := same_activity(ledger, day, title, kind):
        raise DuplicateActivity(existing.id, existing.title, existing.date, existing.kind)


def refuse_duplicate_cert(ledger: Ledger, name: str) -> None:
    key = title_key(name)
    existing: Certification | None = next(
        (c for c in ledger.certifications if title_key(c.name) == key), None
    )
    if existing:
        raise DuplicateCert(existing.id, existing.name, existing.expires)


def refuse_evidence_already_on(
    activity: Activity,
    evidence: tuple[Evidence, ...],
    intact: Callable[[Evidence], bool] = lambda _: True,
    *,
    windows: bool = False,
) -> None:
    """A file whose content the activity already records, in a file that is
    still `intact`: attaching the content of a missing or damaged one again
    is a repair (what `doctor` suggests), not a duplicate. `windows`: paths
    compared as Windows does, without regard to case (domain/path_keys.py)."""
    recorded = {e.sha256: e for e in activity.evidence}
    for item in evidence:
        if (old := recorded.get(item.sha256)) and intact(old):
            same = path_key(old.path, windows=windows) == path_key(item.path, windows=windows)
            raise DuplicateEvidence(activity.id, item.path, None if same else old.path, item.sha256)


class EvidenceElsewhere(NamedTuple):
    """A file attached to `activity_id` whose content is evidence for `others` too
    ((id, title) of each, in ledger order). render/confirmations.py words the warning."""

    path: str
    activity_id: int
    others: tuple[tuple[int, str], ...]


def evidence_elsewhere(
    ledger: Ledger, activity_id: int, evidence: tuple[Evidence, ...]
) -> list[EvidenceElsewhere]:
    """The files whose content is evidence for another activity (a warning each)."""
    found = []
    for item in evidence:
        others = tuple(
            (a.id, a.title)
            for a in ledger.activities
            if a.id != activity_id and any(e.sha256 == item.sha256 for e in a.evidence)
        )
        if others:
            found.append(EvidenceElsewhere(item.path, activity_id, others))
    return found
