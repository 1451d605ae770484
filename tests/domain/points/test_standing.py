"""Balances and states of a certification on a day."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onepoints_cli.domain.models import Extension, Ledger, Settings
from onepoints_cli.domain.points.standing import standings, submission_deadline
from tests.support.builders import activity, cert
from tests.support.oracles import counts_on

EXPIRES = date(2027, 3, 31)
DEADLINE = date(2027, 3, 1)  # 30 days before


def standing_on(day, activities, expires=EXPIRES, settings=Settings(), extensions=()):
    ledger = Ledger(
        next_activity_id=100,
        certifications=(cert(expires),),
        activities=tuple(activities),
        extensions=tuple(extensions),
    )
    return standings(ledger, settings, day)[0]


def test_deadline_is_lead_days_before_expiry():
    assert submission_deadline(cert(EXPIRES), Settings()) == DEADLINE
    assert submission_deadline(cert(EXPIRES), Settings(lead_days=45)) == date(2027, 2, 14)


FORTY_WITH_EVIDENCE = [activity(1, date(2026, 1, 10), "40")]
FORTY_WITHOUT = [activity(1, date(2026, 1, 10), "30"), activity(2, date(2026, 1, 11), "10", evidence=False)]
FEW = [activity(1, date(2026, 1, 10), "10")]


@pytest.mark.parametrize(
    ("day", "activities", "state"),
    [
        (EXPIRES + timedelta(days=1), FORTY_WITH_EVIDENCE, "lapsed"),  # the first day after expiry
        (EXPIRES, FORTY_WITH_EVIDENCE, "late"),  # valid through its expiry date
        (DEADLINE + timedelta(days=1), FORTY_WITH_EVIDENCE, "late"),
        (DEADLINE, FORTY_WITH_EVIDENCE, "ready"),  # the deadline day is still in time
        (DEADLINE, FORTY_WITHOUT, "needs_evidence"),
        (DEADLINE, FEW, "at_risk"),
        (DEADLINE - timedelta(days=90), FEW, "at_risk"),  # warn_days away exactly
        (DEADLINE - timedelta(days=91), FEW, "on_track"),  # one day more
        (date(2026, 1, 9), FORTY_WITH_EVIDENCE, "on_track"),  # the activity is still planned
    ],
)
def test_state_edges(day, activities, state):
    assert standing_on(day, activities).state == state


def test_micro_credentials_have_no_points_state():
    ledger = Ledger(
        next_activity_id=2, certifications=(cert(micro=True),), activities=(activity(1, points="50"),)
    )
    s = standings(ledger, Settings(), date(2025, 6, 1))[0]
    assert s.state == "micro"
    assert s.warnings == ()


def test_balances_are_exact_decimals():
    acts = [activity(i, date(2025, 6, 1), "0.1") for i in range(1, 4)] + [
        activity(4, date(2025, 6, 1), "0.2")
    ]
    s = standing_on(date(2025, 6, 1), acts)
    assert s.balance == Decimal("0.5")
    assert standing_on(
        date(2025, 6, 1), [activity(1, points="0.1"), activity(2, points="0.2")]
    ).balance == Decimal("0.3")


def test_aging_out_before_the_deadline_and_balance_at_deadline():
    acts = [
        activity(1, date(2025, 2, 28), "5"),  # ages out 2027-02-28, before the deadline
        activity(2, date(2025, 3, 1), "7"),  # ages out 2027-03-01: not counting on the deadline day
        activity(3, date(2025, 3, 2), "11"),  # still counts on 2027-03-01
        activity(4, date(2027, 1, 5), "3", evidence=False),  # planned
    ]
    s = standing_on(date(2026, 12, 1), acts)
    assert s.balance == 23
    assert [(x.activity.id, x.ages_out) for x in s.aging_out] == [
        (1, date(2027, 2, 28)),
        (2, date(2027, 3, 1)),
    ]
    assert s.balance_at_deadline == 11
    assert s.planned == 3
    assert s.projected == 14
    assert s.needed == 17


def test_balance_with_evidence_and_lacking():
    s = standing_on(date(2026, 6, 1), FORTY_WITHOUT)
    assert (s.balance, s.balance_with_evidence) == (40, 30)
    assert [a.id for a in s.lacking_evidence] == [2]
    assert s.next_step.action == "attach_evidence" and s.next_step.activities == (2,)


def test_used_activities_never_count_again():
    ext = Extension(1, "oca", date(2026, 2, 1), date(2025, 3, 31), EXPIRES, (1,))
    s = standing_on(date(2026, 6, 1), FORTY_WITH_EVIDENCE + FEW[:0], extensions=[ext])
    assert s.balance == 0


def test_activities_count_for_every_certification():
    ledger = Ledger(
        next_activity_id=3,
        certifications=(cert(EXPIRES, "a"), cert(date(2028, 1, 1), "b")),
        activities=(activity(1, points="12"),),
    )
    assert [s.balance for s in standings(ledger, Settings(), date(2025, 6, 1))] == [12, 12]


def test_after_the_deadline_there_is_no_balance_at_deadline():
    s = standing_on(DEADLINE + timedelta(days=1), FEW)
    assert s.balance_at_deadline is None and s.aging_out == () and s.projected is None


amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("50"), places=2)
days = st.dates(min_value=date(2021, 6, 1), max_value=date(2029, 12, 31))


@given(st.lists(st.tuples(days, amounts), max_size=25), days)
def test_balance_is_the_sum_of_what_counts(items, day):
    acts = [activity(i, d, str(p)) for i, (d, p) in enumerate(items, 1)]
    s = standing_on(day, acts, expires=date(2031, 1, 1))
    expected = sum((a.points for a in acts if counts_on(a.date, day)), Decimal(0))
    assert s.balance == expected
    assert s.balance >= 0 and s.needed >= 0
    assert s.balance_with_evidence <= s.balance
    if s.balance_at_deadline is not None:
        assert 0 <= s.balance_at_deadline <= s.balance
