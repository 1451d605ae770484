"""What building a bundle or recording an extension can run into, as values
(render/problems/bundle.py words them)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal, NamedTuple

from ..models import Activity, Bundle
from ..problems import Problem, UsageProblem
from .members import EvidenceOf


class NothingToExtend(Problem):
    """No certification a bundle could extend: none tracked, or only micro-credentials."""

    micro_only: bool


class SeveralCerts(UsageProblem):
    """--cert left out while several certifications could be bundled (exit 2)."""

    ids: tuple[str, ...]


class PastExpiry(Problem):
    """From the expiry day on, a case can no longer be submitted."""

    name: str
    expires: date
    as_of: date


class MicroCredential(Problem):
    """OnePoints do not extend a micro-credential."""

    name: str


class NotEnoughPoints(Problem):
    """Fewer than POINTS_REQUIRED points with evidence on `as_of`. `lacking`: counting
    activities without evidence; `held`: activities left out as they are in another
    certification's open bundle (empty with --share)."""

    as_of: date
    available: Decimal
    lacking: tuple[Activity, ...]
    held: tuple[tuple[Activity, Bundle], ...]


class NoSuchBundle(Problem):
    """Bundle `bundle_id`, of certification `cert_id` when one was named."""

    bundle_id: int
    cert_id: str | None


class NoBundleYet(Problem):
    cert_id: str


class BundleActivitiesGone(Problem):
    """Activities a bundle names that were removed since it was built."""

    bundle_id: int
    activity_ids: tuple[int, ...]


class ExpiryNotLater(Problem):
    new_expiry: date
    expires: date


class UsedTwice(Problem):
    """Activities of the bundle an accepted extension of the same certification used."""

    bundle_id: int
    cert_id: str
    activity_ids: tuple[int, ...]


class UsedByOthers(Problem):
    """Activities of the bundle that extensions of `others` used, without --share."""

    bundle_id: int
    cert_id: str
    activity_ids: tuple[int, ...]
    others: tuple[str, ...]


MemberFault = Literal[
    "folder",
    "not_regular",
    "link_loop",
    "missing",
    "dangling_link",
    "unreadable",
    "size_changed",
    "grown",
    "content_changed",
]


class MemberState(NamedTuple):
    """What is wrong with an evidence file a bundle takes: `reason` what the system said
    (unreadable); `recorded` and `now` the sizes (size_changed; grown: `now` at least)."""

    fault: MemberFault
    reason: str | None = None
    recorded: int = 0
    now: int = 0


class EvidenceNotAsRecorded(Problem):
    """Evidence files that are not as the ledger records them: (which file, what is wrong).
    `built`: found while writing the zip (nothing written), else by the checks before it."""

    files: tuple[tuple[EvidenceOf, MemberState], ...]
    built: bool
