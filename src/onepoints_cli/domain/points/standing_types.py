"""The values of a certification's standing: its state, next step and warnings.

Apart from points/standing.py (which computes them) so that the modules that refine
a standing (points/advice_plan.py: the allocation plan, built bundles, extensions)
need not import the computation, nor it them in a cycle.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal, NamedTuple

from ..models import Activity, Bundle, Certification
from ..rules import POINTS_REQUIRED
from .bundle_check import BundleCheck
from .submit_by import SubmitByReason

State = Literal["lapsed", "late", "ready", "needs_evidence", "at_risk", "on_track", "micro"]

#: States that need the holder's attention (`status --check` exits 1 on them).
#: "ready" and "needs_evidence" only within warn_days of the submit-by date.
ATTENTION_STATES = frozenset({"lapsed", "late", "ready", "needs_evidence", "at_risk"})


# NamedTuples rather than dataclasses: these are made fresh on every `status`,
# and a NamedTuple class costs a quarter of a frozen dataclass to define.


class AgingOut(NamedTuple):
    activity: Activity
    ages_out: date


Action = Literal[
    "nothing",  # a micro-credential
    "ask_credentialing",  # lapsed: OnePoints cannot help any more
    "send_bundle",  # the open bundle goes to a case by `by`
    "rebuild_bundle",  # the open bundle no longer holds 40: build a new one by `by`
    "bundle_before_expiry",  # late, but enough evidence: bundle today
    "sit_exam",  # late and short of points
    "bundle",  # ready: build the bundle and submit by `by`
    "wait",  # extended, and enough for the next case: nothing to do before `by` - warn_days
    "attach_evidence",  # enough points, not enough evidence: attach by `by`
    "earn",  # short of points: earn `points` more by `by`
]


class NextStep(NamedTuple):
    """What the holder should do now; render/advice.py words it."""

    action: Action
    cert: str
    by: date | None = None
    points: Decimal | None = None
    activities: tuple[int, ...] = ()


class Alert(NamedTuple):
    """Something the holder should know; render/advice.py words it."""

    kind: Literal[
        "aging_out",
        "lacking_evidence",
        "short_even_if_planned",
        "planned_after_deadline",
        "bundle_out_of_date",  # points: what the open bundle still holds; day: when it stopped holding 40
    ]
    points: Decimal
    day: date | None = None


class Standing(NamedTuple):
    cert: Certification
    as_of: date
    deadline: date
    balance: Decimal
    balance_with_evidence: Decimal
    #: None once the deadline has passed: there is no deadline left to count towards.
    balance_at_deadline: Decimal | None
    #: The planned activities dated up to the deadline (the last day on time once it passed).
    planned: Decimal
    #: What would count on the deadline if every planned activity happens.
    projected: Decimal | None
    aging_out: tuple[AgingOut, ...]
    lacking_evidence: tuple[Activity, ...]
    state: State
    next_step: NextStep | None
    warnings: tuple[Alert, ...]
    #: The newest bundle of this certification that no extension used yet.
    open_bundle: Bundle | None = None
    #: Counting points given to other certifications: (cert id, points), by the
    #: plan or held in their built bundles.
    shared: tuple[tuple[str, Decimal], ...] = ()
    #: Whether `status --check` reports it: something to do now.
    needs_attention: bool = False
    #: The last day a complete case can be submitted (points/submit_by.py); None when
    #: fewer than 40 points count today, or no day on time is left.
    submit_by: date | None = None
    submit_by_reason: SubmitByReason | None = None
    #: When points age out first: the day planned activities bring 40 back, if any.
    back_to_40_on: date | None = None
    #: Planned activities dated after the last day on time (they cannot help this case).
    planned_later: Decimal = Decimal(0)
    #: The open bundle checked on `as_of`.
    bundle_check: BundleCheck | None = None
    #: The allocation plan gives this certification's points to others: what it still needs.
    plan_needed: Decimal | None = None

    @property
    def needed(self) -> Decimal:
        missing: Decimal = POINTS_REQUIRED - self.balance
        return max(Decimal(0), missing)

    @property
    def days_to_deadline(self) -> int:
        return (self.deadline - self.as_of).days

    @property
    def days_to_expiry(self) -> int:
        return (self.cert.expires - self.as_of).days
