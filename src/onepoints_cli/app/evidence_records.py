"""`onepoints evidence detach/replace`: naming a record by its number or its path.

Each function runs inside ledger_store.modify and returns (new ledger, result).
"""

from __future__ import annotations

import os
from pathlib import Path

from ..domain.ledger import edits
from ..domain.ledger.lookup import find_activity
from ..domain.ledger.problems import EvidenceNumberTooLong, NoEvidenceFile
from ..domain.models import Activity, Evidence, Ledger
from ..storage.evidence_files import evidence_location, inspect_evidence, keep_copy
from ..storage.ledger.store import Snapshot
from ..storage.path_keys import path_key


def record_number(activity: Activity, which: str) -> int:
    """The 1-based number of the record `which` names: a number, or the recorded path.

    A whole number is a number (to name a file called "2", write ./2). A path
    matches the record as written, or the same file once made absolute.
    """
    if which.isascii() and which.isdigit():
        return _whole_number(activity, which)
    given = {which, os.path.abspath(os.path.expanduser(which))}
    try:
        given.add(str(Path(which).expanduser().resolve()))
    except (OSError, RuntimeError, ValueError):
        pass
    wanted = {path_key(p) for p in given}  # on Windows C:\Docs\A.pdf is c:/docs/a.pdf
    for number, item in enumerate(activity.evidence, 1):
        if path_key(item.path) in wanted or path_key(str(evidence_location(item.path))) in wanted:
            return number
    raise NoEvidenceFile(activity.id, which)


#: More digits than any count of files: the text is not converted (Python refuses
#: to convert over 4,300 digits, and no activity has a billion files).
_MAX_DIGITS = 9


def _whole_number(activity: Activity, digits: str) -> int:
    """The number `digits` writes; one too long to be a file's number is refused in words."""
    significant = digits.lstrip("0") or "0"
    if len(significant) <= _MAX_DIGITS:
        return int(significant)
    raise EvidenceNumberTooLong(activity.id, len(activity.evidence), significant)


def detach(
    snapshot: Snapshot, activity_id: int, which: str
) -> tuple[Ledger, tuple[int, Evidence, tuple[int, ...]]]:
    """The change for modify; the result names the extensions that now keep the record."""
    activity = find_activity(snapshot.ledger, activity_id)
    number = record_number(activity, which)
    ledger, gone = edits.detach_evidence(snapshot.ledger, activity_id, number)
    keeping = tuple(ext.id for ext in ledger.extensions if activity_id in ext.activities)
    return ledger, (number, gone, keeping)


def replace(
    snapshot: Snapshot, activity_id: int, which: str, new_file: str, copy: bool | None, evidence_dir: Path
) -> tuple[Ledger, tuple[int, Evidence, Evidence]]:
    activity = find_activity(snapshot.ledger, activity_id)
    number = record_number(activity, which)
    # Refuses a used activity or a wrong number before the new file is read.
    edits.replace_evidence(snapshot.ledger, activity_id, number, Evidence("", 0, ""))
    new = inspect_evidence(new_file)
    if snapshot.settings.copy_evidence if copy is None else copy:
        new = keep_copy(new, evidence_dir)
    ledger, old = edits.replace_evidence(snapshot.ledger, activity_id, number, new)
    return ledger, (number, old, new)
