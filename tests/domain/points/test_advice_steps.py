"""domain/points/advice_steps.py: a standing's next step, warnings and attention flag."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from onepoints_cli.domain.models import Bundle, Settings
from onepoints_cli.domain.points.advice_steps import needs_attention, with_advice
from onepoints_cli.domain.points.bundle_check import BundleCheck
from onepoints_cli.domain.points.standing_types import AgingOut, Alert, NextStep, Standing
from tests.support.builders import SHA, activity, cert

EXPIRES = dt.date(2027, 3, 31)
DEADLINE = dt.date(2027, 3, 1)
AS_OF = dt.date(2026, 6, 1)
SETTINGS = Settings(lead_days=30, warn_days=90)


def _standing(**changes) -> Standing:
    fields = dict(
        cert=cert(expires=EXPIRES), as_of=AS_OF, deadline=DEADLINE, balance=Decimal(20),
        balance_with_evidence=Decimal(20), balance_at_deadline=Decimal(20), planned=Decimal(0),
        projected=Decimal(20), aging_out=(), lacking_evidence=(), state="at_risk", next_step=None,
        warnings=(),
    )  # fmt: skip
    fields.update(changes)
    return Standing(**fields)


def _check(counting: str, complete_until: dt.date | None, day: dt.date = AS_OF) -> BundleCheck:
    bundle = Bundle(1, "oca", AS_OF, AS_OF, (1,), Decimal(40), "/b.zip", SHA)
    return BundleCheck(bundle, day, Decimal(counting), complete_until)


# --- needs_attention ------------------------------------------------------------------------


@pytest.mark.parametrize("state", ["ready", "needs_evidence"])
@pytest.mark.parametrize(
    ("days_ahead", "attention"),
    [(90, True), (91, False)],  # warn_days before the submit-by day: the first day it asks for action
)
def test_ready_asks_for_action_only_within_warn_days(state, days_ahead, attention):
    s = _standing(state=state, submit_by=AS_OF + dt.timedelta(days=days_ahead))
    assert needs_attention(s, SETTINGS) is attention


def test_ready_without_a_submit_by_day_needs_no_attention():
    assert needs_attention(_standing(state="ready", submit_by=None), SETTINGS) is False


@pytest.mark.parametrize(
    ("state", "attention"),
    [("lapsed", True), ("late", True), ("at_risk", True), ("on_track", False), ("micro", False)],
)
def test_other_states_need_attention_by_their_kind(state, attention):
    assert needs_attention(_standing(state=state), SETTINGS) is attention


# --- next step ------------------------------------------------------------------------------


def _step(**changes) -> NextStep:
    step = with_advice(_standing(**changes), SETTINGS).next_step
    assert step is not None
    return step


def test_a_micro_credential_needs_nothing():
    s = with_advice(_standing(state="micro", aging_out=(AgingOut(activity(1), AS_OF),)), SETTINGS)
    assert s.next_step == NextStep("nothing", "oca")
    assert s.warnings == ()


@pytest.mark.parametrize(
    ("state", "as_of", "action"),
    [
        ("late", EXPIRES - dt.timedelta(days=1), "sit_exam"),  # the last day before expiry: still late
        ("late", EXPIRES, "ask_credentialing"),  # on the expiry day no case is in time
        ("lapsed", EXPIRES + dt.timedelta(days=1), "ask_credentialing"),
    ],
)
def test_on_the_expiry_day_only_credentialing_can_help(state, as_of, action):
    step = _step(state=state, as_of=as_of)
    assert step.action == action
    assert step.by == EXPIRES
    if action == "sit_exam":
        assert step.points == Decimal(20)  # what is still needed


def test_late_with_enough_evidence_bundles_before_expiry():
    step = _step(
        state="late", as_of=dt.date(2027, 3, 10), balance=Decimal(45), balance_with_evidence=Decimal(42)
    )
    assert step == NextStep("bundle_before_expiry", "oca", EXPIRES, Decimal(42))


def test_ready_bundles_by_the_submit_by_day():
    submit_by = dt.date(2027, 2, 1)
    step = _step(state="ready", balance=Decimal(40), balance_with_evidence=Decimal(40), submit_by=submit_by)
    assert step == NextStep("bundle", "oca", submit_by, Decimal(40))


@pytest.mark.parametrize(
    ("complete_until", "by"),
    [
        (dt.date(2027, 3, 1), dt.date(2027, 2, 1)),  # holds past the submit-by day: that day
        (dt.date(2027, 1, 15), dt.date(2027, 1, 15)),  # stops holding 40 earlier: that day
    ],
)
def test_a_complete_open_bundle_is_sent_by_the_earlier_day(complete_until, by):
    step = _step(
        state="ready", balance=Decimal(40), balance_with_evidence=Decimal(40),
        submit_by=dt.date(2027, 2, 1), bundle_check=_check("40", complete_until),
    )  # fmt: skip
    assert step == NextStep("send_bundle", "oca", by)


def test_an_out_of_date_bundle_is_rebuilt_and_warned_about():
    s = with_advice(
        _standing(
            state="ready", balance=Decimal(45), balance_with_evidence=Decimal(45),
            submit_by=dt.date(2027, 2, 1), bundle_check=_check("30", dt.date(2026, 5, 10)),
        ),
        SETTINGS,
    )  # fmt: skip
    assert s.next_step == NextStep("rebuild_bundle", "oca", dt.date(2027, 2, 1), Decimal(45))
    assert s.warnings[0] == Alert("bundle_out_of_date", Decimal(30), dt.date(2026, 5, 11))


def test_on_track_with_enough_waits_and_otherwise_earns():
    wait = _step(state="on_track", balance_with_evidence=Decimal(40), submit_by=dt.date(2028, 1, 1))
    assert wait == NextStep("wait", "oca", dt.date(2028, 1, 1), Decimal(40))
    earn = _step(state="on_track", balance=Decimal(25), submit_by=None)
    assert earn == NextStep("earn", "oca", DEADLINE, Decimal(15))


def test_needs_evidence_names_the_activities_lacking_it():
    lacking = (activity(3, evidence=False, points="25"), activity(4, evidence=False, points="5"))
    s = with_advice(
        _standing(state="needs_evidence", balance=Decimal(40), lacking_evidence=lacking, submit_by=DEADLINE),
        SETTINGS,
    )
    assert s.next_step == NextStep("attach_evidence", "oca", DEADLINE, Decimal(40), (3, 4))
    assert Alert("lacking_evidence", Decimal(30)) in s.warnings


@pytest.mark.parametrize(("as_of", "by"), [(DEADLINE, DEADLINE), (DEADLINE + dt.timedelta(days=1), EXPIRES)])
def test_a_plan_that_gives_the_points_away_earns_by_the_deadline_then_the_expiry(as_of, by):
    step = _step(state="at_risk", as_of=as_of, plan_needed=Decimal(12))
    assert step == NextStep("earn", "oca", by, Decimal(12))


# --- warnings ----------------------------------------------------------------------------------


def test_warnings_in_order_with_their_sums_and_days():
    aging = (
        AgingOut(activity(1, points="3"), dt.date(2026, 7, 1)),
        AgingOut(activity(2, points="4"), dt.date(2026, 8, 1)),
    )
    s = with_advice(
        _standing(
            aging_out=aging, lacking_evidence=(activity(5, points="2"),), planned=Decimal(5),
            projected=Decimal(39), planned_later=Decimal(8),
        ),
        SETTINGS,
    )  # fmt: skip
    assert s.warnings == (
        Alert("aging_out", Decimal(7), dt.date(2026, 7, 1)),
        Alert("lacking_evidence", Decimal(2)),
        Alert("short_even_if_planned", Decimal(39)),
        Alert("planned_after_deadline", Decimal(8)),
    )
    assert s.needs_attention is True  # at_risk


def test_planned_reaching_40_and_a_lapsed_standing_warn_less():
    enough = with_advice(_standing(planned=Decimal(20), projected=Decimal(40)), SETTINGS)
    assert enough.warnings == ()
    lapsed = with_advice(
        _standing(
            state="lapsed", as_of=dt.date(2027, 4, 1), lacking_evidence=(activity(5),), planned_later=Decimal(1),
            bundle_check=_check("10", None),
        ),
        SETTINGS,
    )  # fmt: skip
    assert lapsed.warnings == ()
