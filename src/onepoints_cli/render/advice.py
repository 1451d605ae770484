"""The next step and the warnings of a certification's standing, in words."""

from __future__ import annotations

from decimal import Decimal

from ..domain.points.standing import Alert, Standing
from ..domain.rules import IDS_LISTED_IN_ADVICE
from ..domain.validation import points_text as _pts
from .counts import points_with_noun as _points

_CASE = "a ServiceNow case (category Credentialing)"


def submit_by_text(s: Standing) -> str | None:
    """Why the submit-by date is that day: "2.5 points age out on 2026-03-15: submit by 2026-03-14"."""
    reason = s.submit_by_reason
    if reason is None or s.submit_by is None:
        return None
    if reason.kind == "ageing_out" and reason.points is not None:
        are = "ages" if reason.points == 1 else "age"
        return f"{_points(reason.points)} {are} out on {reason.ages_out}: submit by {s.submit_by}"
    if reason.kind == "deadline":
        return f"submit by {s.submit_by}, the submission deadline"
    return f"submit by {s.submit_by}, the day before the expiry"


def _back_to_40_text(s: Standing) -> str:
    if s.back_to_40_on is None:
        return ""
    return (
        f" With the planned activities (and their evidence), 40 points count again from {s.back_to_40_on}, "
        f"still in time: a case could be submitted then instead."
    )


def _due(s: Standing) -> str:
    """Points ageing out as a sentence opening; nothing when the deadline sets the day
    (the sentence names that day anyway)."""
    reason = s.submit_by_reason
    text = submit_by_text(s)
    if text is None or reason is None or reason.kind != "ageing_out":
        return ""
    return f"{text[0].upper()}{text[1:]}. "


def next_step_text(s: Standing) -> str:
    step, cid, deadline, expires = s.next_step, s.cert.id, s.deadline, s.cert.expires
    if step is None:  # only while domain/points/standing.py builds a standing; never one it returns
        raise ValueError(f"The standing of {cid} has no next step.")
    action = step.action
    points = step.points if step.points is not None else Decimal(0)  # set for every action that words it
    if action == "nothing":
        return "A micro-credential: OnePoints extend certifications only, so there is nothing to do here."
    if action == "ask_credentialing" and s.days_to_expiry == 0:
        return (
            "The certification expires today, and a OnePoints case must be submitted before the expiry date: "
            "a bundle can no longer extend it. Open a ServiceNow case (category Credentialing) today to ask "
            "about your options, or sit the current exam."
        )
    if action == "ask_credentialing":
        return (
            f"The certification expired on {expires}; OnePoints can no longer extend it. "
            "Open a ServiceNow case (category Credentialing) to ask about your options, or sit the current exam."
        )
    if action == "send_bundle":
        bundle = s.open_bundle
        assert bundle is not None
        return (
            f"Bundle {bundle.id} is built ({bundle.path}): attach it to {_CASE} {_by_when(s)}; once the case "
            f"is accepted, run `onepoints extend --cert {cid} --case NUMBER`."
        )
    if action == "rebuild_bundle":
        check = s.bundle_check
        assert check is not None
        return (
            f"Bundle {check.bundle.id} is out of date: only {_points(check.counting)} of it still count, so do "
            f"not submit it. {_due(s)}Build a new one with `onepoints bundle --cert {cid}` "
            f"(it may take the old one's activities) and open {_CASE} {_by_when(s)}."
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
            f"{_due(s)}You have {_pts(points)} points with evidence: run `onepoints bundle --cert {cid}` "
            f"and open {_CASE} by {step.by}.{_back_to_40_text(s)}"
        )
    if action == "wait":
        return (
            f"You have {_pts(points)} points with evidence, enough for the next extension; no case is due "
            f"yet. {_due(s)}`onepoints status --check` reports it once the day nears."
        )
    if action == "attach_evidence":
        ids = _ids_text(list(step.activities))
        return (
            f"{_due(s)}You have {_pts(points)} points but only {_pts(s.balance_with_evidence)} with evidence: "
            f"attach certificates to activities {ids} with `onepoints attach ID FILE` by {step.by}."
            f"{_back_to_40_text(s)}"
        )
    if s.plan_needed is not None:
        others = ", ".join(cert_id for cert_id, _ in s.shared) or "another certification"
        text = (
            f"The plan (`onepoints plan`) gives points of this balance to {others}, whose case comes first: "
            f"earn {_points(points, 'more point')} by {step.by} for this one."
        )
    else:
        text = f"Earn {_points(points, 'more point')} by {step.by} ({s.days_to_deadline} days)" + (
            f"; {_pts(s.planned)} are planned." if s.planned else "."
        )
    if s.state == "at_risk":
        text += " Sitting the updated exam is the other way to extend."
    return text


def _by_when(s: Standing) -> str:
    """Never "before the expiry" on the expiry day itself."""
    if s.days_to_expiry == 0 and s.state == "late":
        return "today: it expires today"
    step = s.next_step
    return f"by {step.by}" if step is not None and step.by is not None else "at once"


def _ids_text(ids: list[int]) -> str:
    """At most IDS_LISTED_IN_ADVICE ids: the sentence stays a sentence at 10,000 activities."""
    shown = ", ".join(str(i) for i in ids[:IDS_LISTED_IN_ADVICE])
    more = len(ids) - IDS_LISTED_IN_ADVICE
    return f"{shown} and {more} more (`onepoints list` shows them)" if more > 0 else shown


def warning_text(alert: Alert) -> str:
    if alert.kind == "aging_out":
        ages = "ages" if alert.points == 1 else "age"
        return f"{_points(alert.points)} {ages} out before the deadline, the first on {alert.day}."
    if alert.kind == "lacking_evidence":
        return f"{_points(alert.points, 'counting point')} without evidence yet."
    if alert.kind == "planned_after_deadline":
        does = "does" if alert.points == 1 else "do"
        return f"{_points(alert.points, 'planned point')} dated after the last day to submit {does} not count for this case."
    if alert.kind == "bundle_out_of_date":
        since = f" since {alert.day}" if alert.day is not None else ""
        return f"The built bundle no longer holds 40 points{since}: {_pts(alert.points)} of its points count today."
    return f"Even with the planned activities, only {_points(alert.points)} count on the deadline."


def warning_texts(s: Standing) -> list[str]:
    return [warning_text(a) for a in s.warnings]
