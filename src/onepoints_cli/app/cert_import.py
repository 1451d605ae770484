"""A certification from a downloaded badge file: read it, then record it under the lock."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..domain.badges.certification import import_badge
from ..domain.badges.notes import Note
from ..domain.models import Certification
from ..storage.badge_files import read_badge
from ..storage.ledger import store as ledger_store
from ..storage.paths import Paths


def import_certification(
    paths: Paths,
    file: str,
    *,
    cert_id: str | None,
    name: str | None,
    expires: date | None,
    earned: date | None,
) -> tuple[Certification, bool, list[Note], bool]:
    """(the certification, whether it is new, notes to show, whether the ledger already had it as is)."""
    info = read_badge(Path(file).expanduser())  # read before the lock: the file is the user's
    options = {"cert_id": cert_id, "name": name, "expires": expires, "earned": earned}

    def change(snapshot):
        ledger, cert, created, notes = import_badge(snapshot.ledger, info, **options)
        return ledger, (cert, created, notes, cert in snapshot.ledger.certifications)

    return ledger_store.modify(paths, change)
