"""Where each certification stands on a given day, and what to do next."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Literal, NamedTuple

from .lookup import find_cert
from .models import Activity, Bundle, Certification, Ledger, Settings
from .rules import IDS_LISTED_IN_ADVICE, POINTS_REQUIRED
from .validation import points_text as _pts
from .validation import points_with_noun as _points
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
    next_step: str
    warnings: tuple[str, ...]
    #: The newest bundle of this certification that no extension used yet.
    open_bundle: Bundle | None = None
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
    return [cert_standing(c, unused, settings, today, _open_bundle(ledger, c.id)) for c in certs]


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
        "",
        (),
        open_bundle,
        _needs_attention(state, deadline, settings, today),
    )
    return _with_advice(standing)


def _sum(activities) -> Decimal:
    return sum((a.points for a in activities), Decimal(0))


def _state(cert, deadline, balance, with_evidence, settings, today) -> State:
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


def _next_step(s: Standing) -> str:
    cid, deadline, expires = s.cert.id, s.deadline, s.cert.expires
    if s.state == "micro":
        return "A micro-credential: OnePoints extend certifications only, so there is nothing to do here."
    if s.state == "lapsed":
        return (
            f"The certification expired on {expires}; OnePoints can no longer extend it. "
            "Open a ServiceNow case (category Credentialing) to ask about your options, or sit the current exam."
        )
    if s.state in ("late", "ready") and s.open_bundle and s.balance_with_evidence >= POINTS_REQUIRED:
        return (
            f"Bundle {s.open_bundle.id} is built ({s.open_bundle.path}): attach it to a ServiceNow case "
            f"(category Credentialing) {_by_when(s)}; once the case "
            f"is accepted, run `onepoints extend --cert {cid} --case NUMBER`."
        )
    if s.state == "late":
        if s.balance_with_evidence >= POINTS_REQUIRED:
            return (
                f"The submission deadline ({deadline}) has passed, but you have {_pts(s.balance_with_evidence)} "
                f"points with evidence: run `onepoints bundle --cert {cid}` and open the Credentialing case "
                + (
                    f"today, before the expiry on {expires}."
                    if s.days_to_expiry
                    else "today: it expires today."
                )
            )
        return (
            f"The submission deadline ({deadline}) has passed and {_points(s.needed)} are missing; "
            f"the certification expires on {expires}. Sitting the updated exam is the other way to extend it."
        )
    if s.state == "ready":
        return (
            f"You have {_pts(s.balance_with_evidence)} points with evidence: run `onepoints bundle --cert {cid}` "
            f"and open a ServiceNow case (category Credentialing) before {deadline}."
        )
    if s.state == "needs_evidence":
        ids = _ids_text([a.id for a in s.lacking_evidence])
        return (
            f"You have {_pts(s.balance)} points but only {_pts(s.balance_with_evidence)} with evidence: "
            f"attach certificates to activities {ids} (`onepoints attach ID FILE`)."
        )
    step = f"Earn {_points(s.needed, 'more point')} by {deadline} ({s.days_to_deadline} days)" + (
        f"; {_pts(s.planned)} are planned." if s.planned else "."
    )
    if s.state == "at_risk":
        step += " Sitting the updated exam is the other way to extend."
    return step


def _by_when(s: Standing) -> str:
    if s.state == "ready":
        return f"before {s.deadline}"
    return f"before {s.cert.expires}" if s.days_to_expiry else "today: it expires today"


def _ids_text(ids: list[int]) -> str:
    shown = ", ".join(str(i) for i in ids[:IDS_LISTED_IN_ADVICE])
    more = len(ids) - IDS_LISTED_IN_ADVICE
    return f"{shown} and {more} more (`onepoints list`)" if more > 0 else shown


def _warnings(s: Standing) -> list[str]:
    out = []
    if s.aging_out:
        lost = _sum(x.activity for x in s.aging_out)
        first = s.aging_out[0].ages_out
        out.append(f"{_points(lost)} age out before the deadline, the first on {first}.")
    if s.lacking_evidence and s.state not in ("micro", "lapsed"):
        out.append(f"{_points(_sum(s.lacking_evidence), 'counting point')} without evidence yet.")
    if s.planned and s.projected is not None and s.projected < POINTS_REQUIRED:
        out.append(f"Even with the planned activities, only {_points(s.projected)} count on the deadline.")
    return out if s.state != "micro" else []
