"""The evidence bundle: which activities go in, and the ledger's record of it.

Pure: no clock, no file I/O. What the zip holds (the evidence entries and the
files that explain them) is in bundle_contents.py; app/bundle_build.py
checks and streams the files through storage/zip_writer.py.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import NamedTuple

from ..errors import OnePointsError
from .lookup import find_cert
from .models import Activity, Bundle, Certification, Ledger
from .rules import POINTS_REQUIRED
from .validation import points_text, points_with_noun
from .window import in_window, used_activity_ids


class Selection(NamedTuple):
    cert: Certification
    as_of: date
    activities: tuple[Activity, ...]

    @property
    def total(self) -> Decimal:
        return sum((a.points for a in self.activities), Decimal(0))


def pick_cert(ledger: Ledger, cert_id: str | None) -> Certification:
    """--cert may be left out when only one certification is tracked."""
    if cert_id is not None:
        return find_cert(ledger, cert_id)
    if len(ledger.certifications) == 1:
        return ledger.certifications[0]
    if not ledger.certifications:
        raise OnePointsError("No certification is tracked yet: add one with `onepoints cert add`.")
    ids = ", ".join(c.id for c in ledger.certifications)
    raise OnePointsError(f"Several certifications are tracked; choose one with --cert ({ids}).")


def select_activities(ledger: Ledger, cert: Certification, as_of: date, take_all: bool = False) -> Selection:
    """The counting, unused activities with evidence, oldest first (they age out first),
    until 40 points are reached; all of them with take_all. Fewer than 40: refused."""
    if cert.micro:
        raise OnePointsError(f"{cert.name} is a micro-credential: OnePoints extend certifications only.")
    used = used_activity_ids(ledger)
    counting = sorted(
        (a for a in ledger.activities if a.id not in used and in_window(a.date, as_of)),
        key=lambda a: (a.date, a.id),
    )
    candidates = [a for a in counting if a.evidence]
    available = sum((a.points for a in candidates), Decimal(0))
    if available < POINTS_REQUIRED:
        raise OnePointsError(_not_enough(available, [a for a in counting if not a.evidence], as_of))
    if take_all:
        return Selection(cert, as_of, tuple(candidates))
    chosen, total = [], Decimal(0)
    for activity in candidates:
        chosen.append(activity)
        total += activity.points
        if total >= POINTS_REQUIRED:
            break
    return Selection(cert, as_of, tuple(chosen))


def _not_enough(available: Decimal, lacking: list[Activity], as_of: date) -> str:
    missing = POINTS_REQUIRED - available
    message = (
        f"Not enough points to bundle on {as_of}: {points_with_noun(available, 'counting point')} "
        f"{'has' if available == 1 else 'have'} evidence, {points_with_noun(missing)} "
        f"{'is' if missing == 1 else 'are'} missing. The Certification team only accepts complete "
        f"submissions of {points_text(POINTS_REQUIRED)} points. No file was written."
    )
    if lacking:
        listed = "\n".join(f"  - {a.id}: {a.title} ({a.date}, {points_with_noun(a.points)})" for a in lacking)
        these = (
            "These counting activities only lack" if len(lacking) > 1 else "This counting activity only lacks"
        )
        message += f"\n{these} evidence (`onepoints attach ID FILE`):\n{listed}"
    return message


def activities_text(count: int) -> str:
    """'1 activity', '3 activities'."""
    return f"{count} activit{'y' if count == 1 else 'ies'}"


def default_file_name(cert: Certification, as_of: date) -> str:
    return f"onepoints-{cert.id}-{as_of}.zip"


# --- the ledger's record of it -------------------------------------------------------


def record_bundle(
    ledger: Ledger, selection: Selection, created: date, path: str, sha256: str
) -> tuple[Ledger, Bundle]:
    bundle = Bundle(
        id=max((b.id for b in ledger.bundles), default=0) + 1,
        cert=selection.cert.id,
        created=created,
        as_of=selection.as_of,
        activities=tuple(a.id for a in selection.activities),
        points=selection.total,
        path=path,
        sha256=sha256,
    )
    return ledger._replace(bundles=ledger.bundles + (bundle,)), bundle


_MOVED = ("bundle_members", "summary_csv", "summary_md", "case_text", "manifest_json")


def __getattr__(name: str):
    """What the zip holds moved to bundle_contents.py; its names stay importable from here."""
    if name in _MOVED:
        from . import bundle_contents

        return getattr(bundle_contents, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
