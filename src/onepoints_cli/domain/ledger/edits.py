"""Changes to the ledger, as pure functions: each takes a Ledger and returns a new one.

Every function checks its input and raises OnePointsError before anything is
changed, so a refused command leaves the ledger exactly as it was.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any, Literal, NamedTuple

from ..models import Activity, Certification, Evidence, Ledger, replace
from ..validation import check_text, clean_title, slugify_cert_id, valid_cert_id
from ..window import used_activity_ids
from .lookup import find_activity, find_cert
from .problems import (
    ActivityUsed,
    BadCertId,
    CertHasExtensions,
    CertIdTaken,
    ExpiryBeforeEarned,
    NoEvidenceNumber,
)

# --- certifications -----------------------------------------------------------


def add_cert(ledger: Ledger, cert: Certification) -> Ledger:
    """Add a certification; an empty id is made from its name."""
    name = clean_title(cert.name, "cert_name")
    cert_id = cert.id or _free_id(ledger, slugify_cert_id(name))
    if not valid_cert_id(cert_id):
        raise BadCertId(cert_id)
    if any(c.id == cert_id for c in ledger.certifications):
        raise CertIdTaken(cert_id)
    new = replace(cert, id=cert_id, name=name)
    _check_cert_dates(new)
    return replace(ledger, certifications=ledger.certifications + (new,))


def edit_cert(ledger: Ledger, cert_id: str, **changes: Any) -> Ledger:
    old = find_cert(ledger, cert_id)
    if "name" in changes:
        changes["name"] = clean_title(changes["name"], "cert_name")
    new = replace(old, **changes)
    _check_cert_dates(new)
    certs = tuple(new if c.id == cert_id else c for c in ledger.certifications)
    return replace(ledger, certifications=certs)


def remove_cert(ledger: Ledger, cert_id: str) -> Ledger:
    find_cert(ledger, cert_id)
    if any(e.cert == cert_id for e in ledger.extensions):
        raise CertHasExtensions(cert_id)
    return replace(
        ledger,
        certifications=tuple(c for c in ledger.certifications if c.id != cert_id),
        bundles=tuple(b for b in ledger.bundles if b.cert != cert_id),
    )


def _check_cert_dates(cert: Certification) -> None:
    if cert.earned and cert.expires < cert.earned:
        raise ExpiryBeforeEarned(cert.expires, cert.earned)


def _free_id(ledger: Ledger, base: str) -> str:
    taken = {c.id for c in ledger.certifications}
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


# --- activities ---------------------------------------------------------------


def add_activity(
    ledger: Ledger,
    *,
    title: str,
    day: date,
    kind: str,
    points: Decimal,
    hours: Decimal | None = None,
    evidence: tuple[Evidence, ...] = (),
    note: str | None = None,
) -> tuple[Ledger, Activity]:
    """Add an activity with the next id; ids are never reused, even after `rm`."""
    ledger, added = add_activities(ledger, [NewActivity(title, day, kind, points, hours, evidence, note)])
    return ledger, added[0]


class NewActivity(NamedTuple):
    """An activity to add, before it has an id."""

    title: str
    day: date
    kind: str
    points: Decimal
    hours: Decimal | None = None
    evidence: tuple[Evidence, ...] = ()
    note: str | None = None


def add_activities(ledger: Ledger, new: Iterable[NewActivity]) -> tuple[Ledger, tuple[Activity, ...]]:
    """Add many activities with the next ids, in one new ledger: an import of
    50,000 rows copies the activity list once, not once a row."""
    first = ledger.next_activity_id
    added = tuple(
        Activity(
            id=first + number,
            title=clean_title(item.title),
            date=item.day,
            kind=item.kind,
            points=item.points,
            hours=item.hours,
            evidence=_unique_evidence(item.evidence),
            note=check_text(item.note, "note") if item.note else None,
        )
        for number, item in enumerate(new)
    )
    updated = replace(ledger, activities=ledger.activities + added, next_activity_id=first + len(added))
    return updated, added


def edit_activity(ledger: Ledger, activity_id: int, **changes: Any) -> Ledger:
    old = find_activity(ledger, activity_id)
    _refuse_if_used(ledger, old, "edited")
    if "title" in changes:
        changes["title"] = clean_title(changes["title"])
    if "note" in changes:
        changes["note"] = check_text(changes["note"], "note") if changes["note"] else None
    return _replace_activity(ledger, replace(old, **changes))


def attach_evidence(ledger: Ledger, activity_id: int, evidence: tuple[Evidence, ...]) -> Ledger:
    """Add evidence files; a file already attached (same path) is replaced by its new version."""
    old = find_activity(ledger, activity_id)
    new_paths = {e.path for e in evidence}
    kept = tuple(e for e in old.evidence if e.path not in new_paths)
    return _replace_activity(ledger, replace(old, evidence=kept + _unique_evidence(evidence)))


def detach_evidence(ledger: Ledger, activity_id: int, number: int) -> tuple[Ledger, Evidence]:
    """Remove the evidence record `number` (1-based, as `evidence list` shows it).

    On an activity used by an extension (its file lost after the case was
    accepted) each such extension keeps the file's sha256:
    what was submitted stays on record, and doctor stops asking for the file.
    """
    old = find_activity(ledger, activity_id)
    gone = _evidence_at(old, number)
    kept = old.evidence[: number - 1] + old.evidence[number:]
    ledger = _replace_activity(ledger, replace(old, evidence=kept))
    extensions = tuple(
        replace(ext, detached_sha256=(*ext.detached_sha256, gone.sha256))
        if activity_id in ext.activities
        else ext
        for ext in ledger.extensions
    )
    return replace(ledger, extensions=extensions), gone


def replace_evidence(ledger: Ledger, activity_id: int, number: int, new: Evidence) -> tuple[Ledger, Evidence]:
    """Put `new` in the place of record `number`; a record of the same path elsewhere goes."""
    old = find_activity(ledger, activity_id)
    _refuse_if_used(ledger, old, "changed")
    gone = _evidence_at(old, number)
    files = [new if i == number - 1 else e for i, e in enumerate(old.evidence)]
    files = [e for i, e in enumerate(files) if i == number - 1 or e.path != new.path]
    return _replace_activity(ledger, replace(old, evidence=tuple(files))), gone


def relocate_evidence(ledger: Ledger, moves: dict[tuple[int, str, str], str]) -> tuple[Ledger, int]:
    """Give records found elsewhere their new path: {(activity, old path, sha256): new path}.

    Only the path changes, never the content (the sha256 is the key), so this
    is allowed on used activities too: the accepted record stays the same file.
    A record that no longer matches (changed meanwhile) is left as it is.
    """
    count = 0
    activities = []
    for activity in ledger.activities:
        files = []
        for e in activity.evidence:
            new_path = moves.get((activity.id, e.path, e.sha256))
            if new_path is not None and new_path != e.path:
                e, count = replace(e, path=new_path), count + 1
            files.append(e)
        activities.append(replace(activity, evidence=_unique_evidence(tuple(files))))
    return replace(ledger, activities=tuple(activities)), count


def _evidence_at(activity: Activity, number: int) -> Evidence:
    if not 1 <= number <= len(activity.evidence):
        raise NoEvidenceNumber(activity.id, len(activity.evidence), number)
    return activity.evidence[number - 1]


def remove_activity(ledger: Ledger, activity_id: int) -> Ledger:
    old = find_activity(ledger, activity_id)
    _refuse_if_used(ledger, old, "removed")
    return replace(ledger, activities=tuple(a for a in ledger.activities if a.id != activity_id))


def _replace_activity(ledger: Ledger, new: Activity) -> Ledger:
    return replace(ledger, activities=tuple(new if a.id == new.id else a for a in ledger.activities))


def _refuse_if_used(
    ledger: Ledger, activity: Activity, change: Literal["edited", "changed", "removed"]
) -> None:
    if activity.id in used_activity_ids(ledger):
        raise ActivityUsed(activity.id, change)


def _unique_evidence(evidence: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
    """The same file given twice is recorded once."""
    seen: dict[str, Evidence] = {}
    for item in evidence:
        seen[item.path] = item
    return tuple(seen.values())
