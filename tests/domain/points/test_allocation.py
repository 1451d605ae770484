"""The allocation plan against an independent brute force, and its promises."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onepoints_cli.domain.models import Certification, Extension, Ledger, Settings
from onepoints_cli.domain.points.allocation import make_plan
from onepoints_cli.domain.rules import POINTS_REQUIRED, PROGRAM_START
from onepoints_cli.domain.window import in_window
from tests.support.builders import activity

AS_OF = date(2025, 1, 1)
LEAD = Settings().lead_days


def ledger_of(points_and_days, expiries) -> Ledger:
    activities = tuple(activity(i + 1, day, str(p)) for i, (p, day) in enumerate(points_and_days))
    certs = tuple(Certification(f"c{j}", f"Cert {j}", e) for j, e in enumerate(expiries))
    return Ledger(certifications=certs, activities=activities)


def last_day(cert: Certification) -> date:
    deadline = cert.expires - timedelta(days=LEAD)
    return deadline if AS_OF <= deadline else cert.expires - timedelta(days=1)  # submit BEFORE the expiry


def can_submit(group, cert: Certification) -> bool:
    """Some day from AS_OF to the last day on which every activity of the group counts, 40 in all.

    Only AS_OF and the activities' dates need checking: if any day T works, so does
    the latest of AS_OF and the group's dates, which is on or before T."""
    if sum((a.points for a in group), Decimal(0)) < POINTS_REQUIRED:
        return False
    days = {AS_OF} | {a.date for a in group}
    return any(AS_OF <= d <= last_day(cert) and all(in_window(a.date, d) for a in group) for d in days)


def brute_force(ledger: Ledger) -> int:
    certs = [c for c in ledger.certifications if AS_OF < c.expires]
    best = 0
    for owners in itertools.product(range(-1, len(certs)), repeat=len(ledger.activities)):
        served = 0
        for j, cert in enumerate(certs):
            group = [a for a, o in zip(ledger.activities, owners, strict=True) if o == j]
            served += bool(group) and can_submit(group, cert)
        best = max(best, served)
    return best


days = st.integers(min_value=-40, max_value=30).map(lambda m: date(2025, 1, 1) + timedelta(days=30 * m))
points = st.sampled_from([5, 10, 15, 20, 25, 30, 40, 12.5])
#: Contested cases, where taking the oldest first is not enough: near-equal
#: splits of one pool that every certification can use.
close_days = st.integers(min_value=-20, max_value=6).map(lambda m: date(2025, 1, 1) + timedelta(days=30 * m))
close_points = st.sampled_from([10, 15, 20, 25])
expiries = st.integers(min_value=1, max_value=36).map(lambda m: AS_OF + timedelta(days=30 * m + 15))


def check_plan(ledger: Ledger):
    plan = make_plan(ledger, Settings(), AS_OF)
    seen: set[int] = set()
    for allot in plan.allotments:
        ids = {a.id for a in allot.activities}
        if allot.state == "served":
            assert not ids & seen, "an activity given to two certifications"
            seen |= ids
            day = allot.submit_on
            assert AS_OF <= day <= allot.last_day
            assert all(in_window(a.date, day) and a.date >= PROGRAM_START for a in allot.activities)
            assert allot.points >= POINTS_REQUIRED
        elif allot.state == "short":
            assert allot.needed == max(Decimal(0), POINTS_REQUIRED - allot.points) > 0
    return plan


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(points, days), max_size=5), st.lists(expiries, min_size=1, max_size=3))
def test_the_plan_serves_as_many_certifications_as_the_brute_force(activities, cert_expiries):
    ledger = ledger_of(activities, cert_expiries)
    plan = check_plan(ledger)
    assert plan.proven_optimal
    assert plan.served == brute_force(ledger)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(close_points, close_days), min_size=3, max_size=6),
    st.lists(expiries, min_size=2, max_size=2),
)
def test_contested_pools_match_the_brute_force(activities, cert_expiries):
    ledger = ledger_of(activities, cert_expiries)
    plan = check_plan(ledger)
    assert plan.proven_optimal
    assert plan.served == brute_force(ledger)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(points, days), max_size=30), st.lists(expiries, min_size=1, max_size=4))
def test_larger_plans_keep_their_promises(activities, cert_expiries):
    check_plan(ledger_of(activities, cert_expiries))


def test_one_pool_is_split_between_two_certifications():
    ledger = ledger_of(
        [(30, date(2024, 1, 1)), (10, date(2024, 2, 1)), (20, date(2024, 3, 1)), (20, date(2024, 4, 1))],
        [date(2025, 6, 30), date(2025, 7, 31)],
    )
    plan = check_plan(ledger)
    assert plan.served == 2


def test_partition_needs_the_search():
    # Oldest first gives 25 + 20 = 45 to c0 and leaves 15 + 20 = 35 for c1; only
    # 25 + 15 and 20 + 20 serve both.
    ledger = ledger_of(
        [(25, date(2024, 1, 1)), (20, date(2024, 1, 2)), (15, date(2024, 1, 3)), (20, date(2024, 1, 4))],
        [date(2025, 6, 30), date(2025, 7, 31)],
    )
    plan = check_plan(ledger)
    assert plan.served == 2 == brute_force(ledger) and plan.proven_optimal
    assert {a.id for a in plan.allotments[0].activities} in ({1, 3}, {2, 4})


def test_micro_lapsed_and_used_activities_are_left_out():
    ledger = ledger_of([(40, date(2024, 6, 1)), (40, date(2024, 7, 1))], [date(2025, 6, 30)])
    ledger = ledger._replace(
        certifications=ledger.certifications
        + (
            Certification("m", "Micro", date(2026, 1, 1), micro=True),
            Certification("old", "Old", date(2024, 12, 31)),
        ),
        extensions=(Extension(1, "x", AS_OF, AS_OF, AS_OF, (1,)),),
    )
    plan = check_plan(ledger)
    states = {x.cert.id: x.state for x in plan.allotments}
    assert states == {"c0": "served", "m": "micro", "old": "lapsed"}
    assert [a.id for a in plan.allotments[0].activities] == [2]


def test_a_short_certification_says_what_it_needs_and_by_when():
    ledger = ledger_of([(15, date(2024, 6, 1)), (10, date(2025, 3, 1))], [date(2025, 6, 30)])
    (allot,) = check_plan(ledger).allotments
    assert (allot.state, allot.needed, allot.last_day) == ("short", Decimal(15), date(2025, 5, 31))


def test_a_search_stopped_by_its_budget_says_the_plan_is_not_proven(monkeypatch):
    from onepoints_cli.domain.points import allocation

    monkeypatch.setattr(allocation, "SEARCH_BUDGET", 1)
    ledger = ledger_of(
        [(25, date(2024, 1, 1)), (20, date(2024, 1, 2)), (15, date(2024, 1, 3)), (20, date(2024, 1, 4))],
        [date(2025, 6, 30), date(2025, 7, 31)],
    )
    plan = check_plan(ledger)
    assert (plan.proven_optimal, plan.served) == (False, 1)  # the greedy's plan, still valid


@pytest.mark.parametrize(
    ("expires", "state", "last"),
    [
        (AS_OF + timedelta(days=LEAD), "served", AS_OF),  # the deadline day itself
        (
            AS_OF + timedelta(days=LEAD - 1),
            "served",
            AS_OF + timedelta(days=LEAD - 2),
        ),  # late: day before expiry
        (AS_OF + timedelta(days=1), "served", AS_OF),  # the last day before the expiry
        (AS_OF, "lapsed", None),  # the expiry day: no day before it is left
    ],
)
def test_past_the_deadline_the_last_day_is_the_day_before_the_expiry(expires, state, last):
    ledger = ledger_of([(40, AS_OF - timedelta(days=10))], [expires])
    (allot,) = make_plan(ledger, Settings(), AS_OF).allotments
    assert (allot.state, allot.last_day) == (state, last)
