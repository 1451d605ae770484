"""The evidence bundle: which activities go in, and the ledger's record of it.

Pure: no clock, no file I/O. What the zip holds (the evidence entries and the
files that explain them) is in bundle/contents.py; app/bundle_build.py
checks and streams the files through storage/bundle_zip/writer.py.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import NamedTuple

from ..ledger.lookup import find_cert
from ..models import Activity, Bundle, Certification, Ledger
from ..points.bundle_check import open_bundles, out_of_date_ids
from ..rules import POINTS_REQUIRED
from ..window import in_window, used_activity_ids
from .problems import MicroCredential, NotEnoughPoints, NothingToExtend, PastExpiry, SeveralCerts


class Selection(NamedTuple):
    cert: Certification
    as_of: date
    activities: tuple[Activity, ...]
    #: Left out: in another certification's open bundle (not extended yet), without --share.
    held: tuple[tuple[Activity, Bundle], ...] = ()
    #: With --share: the certifications whose open bundles this one shares activities with.
    shared_with: tuple[str, ...] = ()
    #: Taken although the plan gives them to another certification (id).
    from_plan_of_others: tuple[tuple[Activity, str], ...] = ()

    @property
    def total(self) -> Decimal:
        return sum((a.points for a in self.activities), Decimal(0))


def pick_cert(ledger: Ledger, cert_id: str | None) -> Certification:
    """--cert may be left out when only one certification can be bundled
    (micro-credentials cannot: OnePoints do not extend them)."""
    if cert_id is not None:
        return find_cert(ledger, cert_id)
    candidates = [c for c in ledger.certifications if not c.micro]
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise NothingToExtend(micro_only=bool(ledger.certifications))
    raise SeveralCerts(tuple(c.id for c in candidates))


def refuse_after_expiry(cert: Certification, as_of: date) -> None:
    """A case must be submitted before the expiry date ([OP]): from the expiry day on,
    a bundle can no longer extend the certification."""
    if as_of >= cert.expires:
        raise PastExpiry(cert.name, cert.expires, as_of)


def select_activities(
    ledger: Ledger,
    cert: Certification,
    as_of: date,
    take_all: bool = False,
    *,
    share: bool = False,
    owners: dict[int, str] | None = None,
) -> Selection:
    """The counting, unused activities with evidence, until 40 points are reached
    (all of them with take_all); fewer than 40: refused.

    One activity, one extension (docs/rules.md): those in another certification's
    open bundle are left out unless `share`. `owners` is the plan (activity id ->
    certification): this certification's and unplanned activities are taken
    first, oldest first (they age out first), then, only if needed, those the
    plan keeps for another."""
    if cert.micro:
        raise MicroCredential(cert.name)
    used = used_activity_ids(ledger)
    counting = sorted(
        (a for a in ledger.activities if a.id not in used and in_window(a.date, as_of)),
        key=lambda a: (a.date, a.id),
    )
    in_open = _in_open_bundles_of_others(ledger, cert.id, as_of)
    with_evidence = [a for a in counting if a.evidence]
    held = tuple((a, in_open[a.id]) for a in with_evidence if a.id in in_open)
    candidates = with_evidence if share else [a for a in with_evidence if a.id not in in_open]
    available = sum((a.points for a in candidates), Decimal(0))
    if available < POINTS_REQUIRED:
        lacking = tuple(a for a in counting if not a.evidence)
        raise NotEnoughPoints(as_of, available, lacking, () if share else held)
    owners = owners or {}

    def planned_elsewhere(a: Activity) -> bool:
        return owners.get(a.id, cert.id) != cert.id

    if take_all:
        chosen = candidates
    else:
        chosen, total = [], Decimal(0)
        for activity in sorted(candidates, key=lambda a: (planned_elsewhere(a), a.date, a.id)):
            chosen.append(activity)
            total += activity.points
            if total >= POINTS_REQUIRED:
                break
        chosen.sort(key=lambda a: (a.date, a.id))
    return Selection(
        cert,
        as_of,
        tuple(chosen),
        held=() if share else held,
        shared_with=tuple(sorted({in_open[a.id].cert for a in chosen if a.id in in_open})),
        from_plan_of_others=tuple((a, owners[a.id]) for a in chosen if planned_elsewhere(a)),
    )


def _in_open_bundles_of_others(ledger: Ledger, cert_id: str, as_of: date) -> dict[int, Bundle]:
    """Activity id -> the newest open (not extended) bundle of another certification
    holding it. A bundle out of date on `as_of` (below 40: it can no longer be
    submitted) holds nothing: its activities are free again."""
    stale = out_of_date_ids(ledger, as_of)
    held: dict[int, Bundle] = {}
    for bundle in sorted(open_bundles(ledger), key=lambda b: b.id):
        if bundle.cert != cert_id and bundle.id not in stale:
            held.update(dict.fromkeys(bundle.activities, bundle))
    return held


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
        shared_with=selection.shared_with,
    )
    return ledger._replace(bundles=ledger.bundles + (bundle,)), bundle
