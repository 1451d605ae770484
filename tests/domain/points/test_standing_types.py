"""domain/points/standing_types.py: the values of a standing and the numbers derived from them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from onepoints_cli.domain.points.standing_types import ATTENTION_STATES, Standing
from tests.support.builders import cert

AS_OF = dt.date(2026, 6, 1)


def _standing(balance: str = "0", as_of: dt.date = AS_OF) -> Standing:
    return Standing(
        cert=cert(expires=dt.date(2027, 3, 31)), as_of=as_of, deadline=dt.date(2027, 3, 1),
        balance=Decimal(balance), balance_with_evidence=Decimal(balance), balance_at_deadline=None,
        planned=Decimal(0), projected=None, aging_out=(), lacking_evidence=(), state="at_risk",
        next_step=None, warnings=(),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("balance", "needed"),
    [("0", "40"), ("39.99", "0.01"), ("40", "0"), ("55.5", "0")],  # never below 0
)
def test_needed(balance, needed):
    assert _standing(balance).needed == Decimal(needed)


@pytest.mark.parametrize(
    ("as_of", "to_deadline", "to_expiry"),
    [
        (dt.date(2027, 3, 1), 0, 30),  # the deadline day
        (dt.date(2027, 3, 2), -1, 29),  # the day after: negative
        (dt.date(2027, 3, 31), -30, 0),  # the expiry day
    ],
)
def test_days_to_deadline_and_expiry(as_of, to_deadline, to_expiry):
    s = _standing(as_of=as_of)
    assert (s.days_to_deadline, s.days_to_expiry) == (to_deadline, to_expiry)


def test_only_on_track_and_micro_never_need_attention_by_state():
    states = {"lapsed", "late", "ready", "needs_evidence", "at_risk", "on_track", "micro"}
    assert states - ATTENTION_STATES == {"on_track", "micro"}
