"""`onepoints evidence detach/replace`: naming a record by its number or its path.

Each function runs inside ledger_store.modify and returns (new ledger, result).
"""

from __future__ import annotations

import os
from pathlib import Path

from ..domain import edits
from ..domain.lookup import find_activity
from ..domain.models import Activity, Evidence, Ledger
from ..errors import OnePointsError
from ..storage.evidence_files import evidence_location, inspect_evidence, keep_copy
from ..storage.ledger_store import Snapshot
from ..storage.path_keys import path_key


def record_number(activity: Activity, which: str) -> int:
    """The 1-based number of the record `which` names: a number, or the recorded path.

    A whole number is a number (to name a file called "2", write ./2). A path
    matches the record as written, or the same file once made absolute.
    """
    if which.isdigit():
        return int(which)
    given = {which, os.path.abspath(os.path.expanduser(which))}
    try:
        given.add(str(Path(which).expanduser().resolve()))
    except (OSError, RuntimeError, ValueError):
        pass
    wanted = {path_key(p) for p in given}  # on Windows C:\Docs\A.pdf is c:/docs/a.pdf
    for number, item in enumerate(activity.evidence, 1):
        if path_key(item.path) in wanted or path_key(str(evidence_location(item.path))) in wanted:
            return number
    raise OnePointsError(
        f"Activity {activity.id} has no evidence file {which}; "
        f"see `onepoints evidence list {activity.id}` for its files and their numbers."
    )


def detach(snapshot: Snapshot, activity_id: int, which: str) -> tuple[Ledger, tuple[int, Evidence]]:
    activity = find_activity(snapshot.ledger, activity_id)
    number = record_number(activity, which)
    ledger, gone = edits.detach_evidence(snapshot.ledger, activity_id, number)
    return ledger, (number, gone)


def replace(
    snapshot: Snapshot, activity_id: int, which: str, new_file: str, copy: bool | None, evidence_dir: Path
) -> tuple[Ledger, tuple[int, Evidence, Evidence]]:
    activity = find_activity(snapshot.ledger, activity_id)
    number = record_number(activity, which)
    edits.detach_evidence(snapshot.ledger, activity_id, number)  # refuses a used activity first
    new = inspect_evidence(new_file)
    if snapshot.settings.copy_evidence if copy is None else copy:
        new = keep_copy(new, evidence_dir)
    ledger, old = edits.replace_evidence(snapshot.ledger, activity_id, number, new)
    return ledger, (number, old, new)
