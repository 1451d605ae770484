"""The next step and the warnings of a certification's standing, in words."""

from __future__ import annotations

from decimal import Decimal

from ..domain.rules import IDS_LISTED_IN_ADVICE
from ..domain.standing import Alert, Standing
from ..domain.validation import points_text as _pts
from ..domain.validation import points_with_noun as _points


def next_step_text(s: Standing) -> str:
    step, cid, deadline, expires = s.next_step, s.cert.id, s.deadline, s.cert.expires
    if step is None:  # only while domain/standing.py builds a standing; never one it returns
        raise ValueError(f"The standing of {cid} has no next step.")
    action = step.action
    points = step.points if step.points is not None else Decimal(0)  # set for every action that words it
    if action == "nothing":
        return "A micro-credential: OnePoints extend certifications only, so there is nothing to do here."
    if action == "ask_credentialing":
        return (
            f"The certification expired on {expires}; OnePoints can no longer extend it. "
            "Open a ServiceNow case (category Credentialing) to ask about your options, or sit the current exam."
        )
    if action == "send_bundle" and s.open_bundle is not None:
        return (
            f"Bundle {s.open_bundle.id} is built ({s.open_bundle.path}): attach it to a ServiceNow case "
            f"(category Credentialing) {_by_when(s)}; once the case "
            f"is accepted, run `onepoints extend --cert {cid} --case NUMBER`."
        )
    if action == "bundle_before_expiry":
        return (
            f"The submission deadline ({deadline}) has passed, but you have {_pts(points)} "
            f"points with evidence: run `onepoints bundle --cert {cid}` and open the Credentialing case "
            + (f"today, before the expiry on {expires}." if s.days_to_expiry else "today: it expires today.")
        )
    if action == "sit_exam":
        return (
            f"The submission deadline ({deadline}) has passed and {_points(points)} are missing; "
            f"the certification expires on {expires}. Sitting the updated exam is the other way to extend it."
        )
    if action == "bundle":
        return (
            f"You have {_pts(points)} points with evidence: run `onepoints bundle --cert {cid}` "
            f"and open a ServiceNow case (category Credentialing) before {step.by}."
        )
    if action == "attach_evidence":
        ids = _ids_text(list(step.activities))
        return (
            f"You have {_pts(points)} points but only {_pts(s.balance_with_evidence)} with evidence: "
            f"attach certificates to activities {ids} with `onepoints attach ID FILE`."
        )
    text = f"Earn {_points(points, 'more point')} by {step.by} ({s.days_to_deadline} days)" + (
        f"; {_pts(s.planned)} are planned." if s.planned else "."
    )
    if s.state == "at_risk":
        text += " Sitting the updated exam is the other way to extend."
    return text


def _by_when(s: Standing) -> str:
    """Never "before the expiry" on the expiry day itself."""
    if s.state == "ready":
        return f"before {s.deadline}"
    return f"before {s.cert.expires}" if s.days_to_expiry else "today: it expires today"


def _ids_text(ids: list[int]) -> str:
    """At most IDS_LISTED_IN_ADVICE ids: the sentence stays a sentence at 10,000 activities."""
    shown = ", ".join(str(i) for i in ids[:IDS_LISTED_IN_ADVICE])
    more = len(ids) - IDS_LISTED_IN_ADVICE
    return f"{shown} and {more} more (`onepoints list` shows them)" if more > 0 else shown


def warning_text(alert: Alert) -> str:
    if alert.kind == "aging_out":
        return f"{_points(alert.points)} age out before the deadline, the first on {alert.day}."
    if alert.kind == "lacking_evidence":
        return f"{_points(alert.points, 'counting point')} without evidence yet."
    return f"Even with the planned activities, only {_points(alert.points)} count on the deadline."


def warning_texts(s: Standing) -> list[str]:
    return [warning_text(a) for a in s.warnings]
