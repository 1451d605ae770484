"""Where each certification stands on a given day, and what to do next."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal, NamedTuple

from .lookup import find_cert
from .models import Activity, Bundle, Certification, Ledger, Settings
from .rules import POINTS_REQUIRED
from .window import ages_out, in_window, used_activity_ids

State = Literal["lapsed", "late", "ready", "needs_evidence", "at_risk", "on_track", "micro"]

#: States that need the holder's attention (`status --check` exits 1 on them).
#: "ready" only within warn_days of the deadline (see `_needs_attention`).
ATTENTION_STATES = frozenset({"lapsed", "late", "ready", "needs_evidence", "at_risk"})


# NamedTuples rather than dataclasses: these are made fresh on every `status`,
# and a NamedTuple class costs a quarter of a frozen dataclass to define.


class AgingOut(NamedTuple):
    activity: Activity
    ages_out: date


class NextStep(NamedTuple):
    """What the holder should do now; render/advice.py words it."""

    action: Literal[
        "nothing",  # a micro-credential
        "ask_credentialing",  # lapsed: OnePoints cannot help any more
        "send_bundle",  # the open bundle goes to a case before `by`
        "bundle_before_expiry",  # late, but enough evidence: bundle today
        "sit_exam",  # late and short of points
        "bundle",  # ready: build the bundle before `by`
        "attach_evidence",  # enough points, not enough evidence
        "earn",  # short of points: earn `points` more by `by`
    ]
    cert: str
    by: date | None = None
    points: Decimal | None = None
    activities: tuple[int, ...] = ()


class Alert(NamedTuple):
    """Something the holder should know; render/advice.py words it."""

    kind: Literal["aging_out", "lacking_evidence", "short_even_if_planned"]
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
    #: Counting points the allocation plan gives to other certifications: (cert id, points).
    shared: tuple[tuple[str, Decimal], ...] = ()
    #: Whether `status --check` reports it: something to do now.
    needs_attention: bool = False

    @property
    def needed(self) -> Decimal:
        return max(Decimal(0), POINTS_REQUIRED - self.balance)

    @property
    def days_to_deadline(self) -> int:
        return (self.deadline - self.as_of).days

    @property
    def days_to_expiry(self) -> int:
        return (self.cert.expires - self.as_of).days


def submission_deadline(cert: Certification, settings: Settings) -> date:
    return cert.expires - timedelta(days=settings.lead_days)


def standings(ledger: Ledger, settings: Settings, today: date, only: str | None = None) -> list[Standing]:
    """Every certification's standing, or only the one with id `only`."""
    certs = ledger.certifications if only is None else (find_cert(ledger, only),)
    used = used_activity_ids(ledger)
    unused = [a for a in ledger.activities if a.id not in used]
    result = [cert_standing(c, unused, settings, today, _open_bundle(ledger, c.id)) for c in certs]
    if sum(1 for c in ledger.certifications if not c.micro) < 2:
        return result
    from .allocation import make_plan

    owners = make_plan(ledger, settings, today).owners()
    return [s if s.cert.micro else _with_shared(s, unused, owners, today) for s in result]


def _with_shared(s: Standing, unused: list[Activity], owners: dict[int, str], today: date) -> Standing:
    """Which of the balance's points the plan gives to another certification's submission."""
    shares: dict[str, Decimal] = {}
    for a in unused:
        owner = owners.get(a.id)
        if owner not in (None, s.cert.id) and in_window(a.date, today):
            shares[owner] = shares.get(owner, Decimal(0)) + a.points
    return s._replace(shared=tuple(sorted(shares.items())))


def _open_bundle(ledger: Ledger, cert_id: str) -> Bundle | None:
    extended = {e.bundle for e in ledger.extensions}
    waiting = [b for b in ledger.bundles if b.cert == cert_id and b.id not in extended]
    return max(waiting, key=lambda b: b.id, default=None)


def cert_standing(
    cert: Certification,
    unused: list[Activity],
    settings: Settings,
    today: date,
    open_bundle: Bundle | None = None,
) -> Standing:
    """The standing of one certification; `unused` are the activities no extension used."""
    deadline = submission_deadline(cert, settings)
    counting = [a for a in unused if in_window(a.date, today)]
    balance = _sum(counting)
    with_evidence = _sum(a for a in counting if a.evidence)
    before_deadline = today <= deadline
    aging = [
        AgingOut(a, ages_out(a.date)) for a in counting if before_deadline and not in_window(a.date, deadline)
    ]
    at_deadline = balance - _sum(x.activity for x in aging) if before_deadline else None
    planned = _sum(a for a in unused if a.date > today)
    projected = _sum(a for a in unused if in_window(a.date, deadline)) if before_deadline else None
    lacking = tuple(a for a in counting if not a.evidence)
    state = _state(cert, deadline, balance, with_evidence, settings, today)
    standing = Standing(
        cert,
        today,
        deadline,
        balance,
        with_evidence,
        at_deadline,
        planned,
        projected,
        tuple(sorted(aging, key=lambda x: (x.ages_out, x.activity.id))),
        lacking,
        state,
        None,
        (),
        open_bundle,
        needs_attention=_needs_attention(state, deadline, settings, today),
    )
    return _with_advice(standing)


def _sum(activities: Iterable[Activity]) -> Decimal:
    return sum((a.points for a in activities), Decimal(0))


def _state(
    cert: Certification,
    deadline: date,
    balance: Decimal,
    with_evidence: Decimal,
    settings: Settings,
    today: date,
) -> State:
    if cert.micro:
        return "micro"
    if today > cert.expires:
        return "lapsed"
    if today > deadline:
        return "late"
    if with_evidence >= POINTS_REQUIRED:
        return "ready"
    if balance >= POINTS_REQUIRED:
        return "needs_evidence"
    if (deadline - today).days <= settings.warn_days:
        return "at_risk"
    return "on_track"


def _needs_attention(state: State, deadline: date, settings: Settings, today: date) -> bool:
    # Enough evidence two years ahead is good news, not a weekly cron mail:
    # "ready" asks for the case to be opened only once the deadline nears.
    if state == "ready":
        return (deadline - today).days <= settings.warn_days
    return state in ATTENTION_STATES


def _with_advice(s: Standing) -> Standing:
    return s._replace(next_step=_next_step(s), warnings=tuple(_warnings(s)))


def _next_step(s: Standing) -> NextStep:
    cid, deadline, expires = s.cert.id, s.deadline, s.cert.expires
    if s.state == "micro":
        return NextStep("nothing", cid)
    if s.state == "lapsed":
        return NextStep("ask_credentialing", cid, expires)
    if s.state in ("late", "ready") and s.open_bundle and s.balance_with_evidence >= POINTS_REQUIRED:
        return NextStep("send_bundle", cid, deadline if s.state == "ready" else expires)
    if s.state == "late":
        if s.balance_with_evidence >= POINTS_REQUIRED:
            return NextStep("bundle_before_expiry", cid, expires, s.balance_with_evidence)
        return NextStep("sit_exam", cid, expires, s.needed)
    if s.state == "ready":
        return NextStep("bundle", cid, deadline, s.balance_with_evidence)
    if s.state == "needs_evidence":
        return NextStep("attach_evidence", cid, None, s.balance, tuple(a.id for a in s.lacking_evidence))
    return NextStep("earn", cid, deadline, s.needed)


def _warnings(s: Standing) -> list[Alert]:
    if s.state == "micro":
        return []
    out = []
    if s.aging_out:
        out.append(Alert("aging_out", _sum(x.activity for x in s.aging_out), s.aging_out[0].ages_out))
    if s.lacking_evidence and s.state != "lapsed":
        out.append(Alert("lacking_evidence", _sum(s.lacking_evidence)))
    if s.planned and s.projected is not None and s.projected < POINTS_REQUIRED:
        out.append(Alert("short_even_if_planned", s.projected))
    return out
