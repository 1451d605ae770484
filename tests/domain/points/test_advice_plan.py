"""domain/points/advice_plan.py: standings refined by the allocation plan across certifications."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from onepoints_cli.domain.models import Bundle, Ledger, Settings
from onepoints_cli.domain.points.standing import standings
from tests.support.builders import SHA, activity, cert

SETTINGS = Settings(lead_days=30, warn_days=90)
OCA = cert(expires=dt.date(2027, 3, 31))  # deadline 2027-03-01
OCP = cert(id="ocp", expires=dt.date(2027, 6, 30))  # deadline 2027-05-31
ACTS = (activity(1, day=dt.date(2025, 9, 1), points="25"), activity(2, day=dt.date(2025, 10, 1), points="20"))


def _both(day: dt.date, **fields):
    ledger = Ledger(certifications=(OCA, OCP), activities=ACTS, next_activity_id=3, **fields)
    return {s.cert.id: s for s in standings(ledger, SETTINGS, day)}


def test_the_earlier_deadline_takes_the_points_and_the_other_is_short_by_the_plan():
    found = _both(dt.date(2026, 6, 1))
    oca, ocp = found["oca"], found["ocp"]
    assert (oca.state, oca.plan_needed, oca.submit_by) == ("ready", None, dt.date(2027, 3, 1))
    # 45 points would make ocp ready alone; the plan gives them to oca, leaving ocp 40 short.
    assert ocp.plan_needed == Decimal(40)
    assert ocp.submit_by is None and ocp.submit_by_reason is None and ocp.back_to_40_on is None
    assert ocp.shared == (("oca", Decimal(45)),)
    assert oca.shared == ()
    assert ocp.next_step is not None and ocp.next_step.action == "earn"
    assert (ocp.next_step.by, ocp.next_step.points) == (dt.date(2027, 5, 31), Decimal(40))


@pytest.mark.parametrize(
    ("day", "state"),
    [
        (dt.date(2027, 3, 1), "on_track"),  # 91 days before ocp's deadline
        (dt.date(2027, 3, 2), "at_risk"),  # 90: within warn_days
    ],
)
def test_a_certification_short_by_the_plan_is_at_risk_within_warn_days_of_its_deadline(day, state):
    ocp = _both(day)["ocp"]
    assert ocp.state == state
    assert ocp.needs_attention is (state == "at_risk")


def test_a_single_certification_is_never_refined():
    ledger = Ledger(certifications=(OCP, cert(id="wfe", micro=True)), activities=ACTS, next_activity_id=3)
    ocp, micro = standings(ledger, SETTINGS, dt.date(2026, 6, 1))
    assert (ocp.state, ocp.plan_needed, ocp.shared) == ("ready", None, ())
    assert micro.state == "micro"


def test_points_in_anothers_complete_built_bundle_are_shared_with_it():
    bundle = Bundle(1, "ocp", dt.date(2026, 5, 1), dt.date(2026, 5, 1), (1, 2), Decimal(45), "/b.zip", SHA)
    oca = _both(dt.date(2026, 6, 1), bundles=(bundle,))["oca"]
    assert oca.shared == (("ocp", Decimal(45)),)
