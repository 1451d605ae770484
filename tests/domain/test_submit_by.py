"""The submit-by date (docs/rules.md, "The submit-by date"): the last day a complete
case can still be submitted, at its day edges and as a property."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onepoints_cli.domain.bundle_selection import select_activities
from onepoints_cli.domain.models import Extension, Ledger, Settings
from onepoints_cli.domain.standing import standings
from onepoints_cli.domain.submit_by import SubmitByReason, submit_by
from onepoints_cli.errors import OnePointsError
from tests.support.builders import activity, cert
from tests.support.oracles import counts_on

DAY = timedelta(days=1)
# The issue's case: expiry 2026-12-31, deadline 2026-12-01, 40 points from 2024-03-15.
EXPIRES = date(2026, 12, 31)
DEADLINE = date(2026, 12, 1)
AGES_OUT = date(2026, 3, 15)
OLD_40 = [activity(1, date(2024, 3, 15), "40")]


def standing(day, activities, expires=EXPIRES, settings=Settings(), extensions=()):
    ledger = Ledger(
        next_activity_id=100,
        certifications=(cert(expires),),
        activities=tuple(activities),
        extensions=tuple(extensions),
    )
    return standings(ledger, settings, day)[0]


def test_the_issue_case_is_ready_but_due_before_the_points_age_out():
    s = standing(date(2026, 1, 15), OLD_40)
    assert (s.state, s.submit_by) == ("ready", AGES_OUT - DAY)
    assert s.submit_by_reason == SubmitByReason("ageing_out", 40, AGES_OUT)
    assert s.needs_attention  # 58 days to the submit-by date: within warn_days


@pytest.mark.parametrize(
    ("day", "state", "due"),
    [
        (AGES_OUT - DAY, "ready", AGES_OUT - DAY),  # the last day the case is complete
        (AGES_OUT, "on_track", None),  # the first day it is not: 40 to earn again by the deadline
    ],
)
def test_submit_by_at_the_ageing_out_edge(day, state, due):
    s = standing(day, OLD_40)
    assert (s.state, s.submit_by) == (state, due)


@pytest.mark.parametrize(
    ("day", "attention"),
    [
        (AGES_OUT - DAY - timedelta(days=90), True),  # warn_days before the submit-by date exactly
        (AGES_OUT - DAY - timedelta(days=91), False),  # one day earlier: nothing due yet
    ],
)
def test_ready_needs_attention_within_warn_days_of_the_submit_by_date(day, attention):
    assert standing(day, OLD_40).needs_attention is attention


@pytest.mark.parametrize(
    ("oldest", "due", "kind"),
    [
        (date(2024, 12, 1), DEADLINE - DAY, "ageing_out"),  # ages out on the deadline: one day earlier
        (date(2024, 12, 2), DEADLINE, "deadline"),  # ages out the day after: the deadline rules
    ],
)
def test_the_earlier_of_deadline_and_ageing_out(oldest, due, kind):
    acts = [activity(1, oldest, "2.5"), activity(2, date(2025, 6, 1), "38")]
    s = standing(date(2026, 6, 1), acts)
    assert (s.submit_by, s.submit_by_reason.kind) == (due, kind)


def test_the_next_step_names_the_points_and_the_day():
    from onepoints_cli.render.advice import next_step_text

    acts = [activity(1, date(2024, 3, 15), "2.5"), activity(2, date(2025, 6, 1), "38")]
    s = standing(date(2026, 1, 15), acts)
    assert next_step_text(s).startswith("2.5 points age out on 2026-03-15: submit by 2026-03-14. ")


@pytest.mark.parametrize(
    ("day", "due", "kind"),
    [
        (DEADLINE, DEADLINE, "deadline"),  # the deadline day itself is on time
        (DEADLINE + DAY, EXPIRES - DAY, "expiry"),  # late: before the expiry date
        (EXPIRES - DAY, EXPIRES - DAY, "expiry"),
        (EXPIRES, None, None),  # the expiry day: no day before it is left
    ],
)
def test_past_the_deadline_the_day_before_the_expiry(day, due, kind):
    acts = [activity(1, date(2025, 6, 1), "40")]
    s = standing(day, acts)
    assert s.submit_by == due
    assert (s.submit_by_reason.kind if s.submit_by_reason else None) == kind


@pytest.mark.parametrize(
    ("planned_on", "back"),
    [
        (DEADLINE, DEADLINE),  # the last day on time still counts
        (DEADLINE + DAY, None),  # the day after does not
    ],
)
def test_planned_activities_that_bring_40_back_in_time(planned_on, back):
    acts = [*OLD_40, activity(2, date(2025, 6, 1), "30"), activity(3, planned_on, "10", evidence=False)]
    acts[0] = activity(1, date(2024, 3, 15), "10")
    s = standing(date(2026, 1, 15), acts)
    assert (s.submit_by, s.back_to_40_on) == (AGES_OUT - DAY, back)
    assert (s.planned, s.planned_later) == ((10, 0) if back else (0, 10))


def test_needs_evidence_is_due_by_the_day_the_points_would_age_out():
    acts = [activity(1, date(2024, 3, 15), "40", evidence=False)]
    s = standing(date(2026, 1, 15), acts)
    assert (s.state, s.submit_by, s.next_step.by) == ("needs_evidence", AGES_OUT - DAY, AGES_OUT - DAY)


@pytest.mark.parametrize(
    ("day", "state", "action", "attention"),
    [
        (date(2028, 9, 1) - timedelta(days=90), "ready", "bundle", True),
        (date(2028, 9, 1) - timedelta(days=91), "on_track", "wait", False),  # right after the extension
    ],
)
def test_after_an_extension_no_second_case_until_warn_days_before(day, state, action, attention):
    # Extended from 2026-10-01 to 2028-10-01 (deadline 2028-09-01); 45 fresh points remain.
    ext = Extension(1, "oca", date(2026, 6, 1), date(2026, 10, 1), date(2028, 10, 1), (9,), None)
    acts = [activity(9, date(2026, 1, 1), "40"), activity(2, date(2027, 3, 1), "45")]
    s = standing(day, acts, expires=date(2028, 10, 1), extensions=[ext])
    assert (s.state, s.next_step.action, s.needs_attention) == (state, action, attention)
    assert s.submit_by == date(2028, 9, 1)


# --- the property ------------------------------------------------------------------

DATES = st.dates(min_value=date(2023, 6, 1), max_value=date(2027, 6, 1))
ACTIVITY = st.tuples(DATES, st.sampled_from(["0.5", "2.5", "8", "15", "30"]), st.booleans())


def with_evidence_on(activities, today, day):
    return sum(a.points for a in activities if a.evidence and a.date <= today and counts_on(a.date, day))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(ACTIVITY, min_size=1, max_size=10),
    st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 6, 1)),
    st.dates(min_value=date(2025, 6, 1), max_value=date(2028, 6, 1)),
    st.data(),
)
def test_every_day_up_to_submit_by_a_case_built_that_day_holds_40(rows, today, expires, data):
    acts = [activity(i, d, p, evidence=e) for i, (d, p, e) in enumerate(rows, start=1)]
    c = cert(expires)
    s = Settings()
    due = submit_by(c, acts, s, today)
    deadline = expires - timedelta(days=s.lead_days)
    if due is None:
        last = deadline if today <= deadline else expires - DAY
        assert today > last or with_evidence_on(acts, today, today) < 40
        return
    last = deadline if today <= deadline else expires - DAY
    assert today <= due.day <= last
    known = Ledger(
        next_activity_id=100, certifications=(c,), activities=tuple(a for a in acts if a.date <= today)
    )
    offset = data.draw(st.integers(0, (due.day - today).days))
    for day in {today, today + timedelta(days=offset), due.day}:
        assert with_evidence_on(acts, today, day) >= 40
        assert select_activities(known, c, day).total >= 40
    after = due.day + DAY
    if due.reason.kind == "ageing_out":
        assert with_evidence_on(acts, today, after) < 40
        assert due.reason.ages_out == after
        with pytest.raises(OnePointsError):
            select_activities(known, c, after)
    else:
        assert due.day == last and due.reason.kind == ("deadline" if today <= deadline else "expiry")


# --- contested points: the plan decides ------------------------------------------------------

A_EXPIRES, B_EXPIRES = date(2027, 4, 30), date(2027, 6, 30)  # deadlines 2027-03-31, 2027-05-31


@pytest.mark.parametrize(
    ("day", "b_state", "attention"),
    [
        (date(2027, 5, 31) - timedelta(days=91), "on_track", False),
        (date(2027, 5, 31) - timedelta(days=90), "at_risk", True),  # warn_days before B's deadline
    ],
)
def test_points_the_plan_gives_to_an_earlier_deadline_are_not_ready_for_the_other(day, b_state, attention):
    acts = (activity(1, date(2026, 1, 10), "30"), activity(2, date(2026, 2, 10), "20"))
    ledger = Ledger(
        next_activity_id=10,
        certifications=(cert(A_EXPIRES, id="a"), cert(B_EXPIRES, id="b")),
        activities=acts,
    )
    a, b = standings(ledger, Settings(), day)
    assert (a.state, a.next_step.action) == ("ready", "bundle")
    # alone, b would be ready (50 points with evidence); the plan gives all 50 to a (30 + 20 to reach 40)
    assert (b.state, b.plan_needed, b.submit_by, b.needs_attention) == (b_state, 40, None, attention)
    assert b.next_step == ("earn", "b", date(2027, 5, 31), 40, ())
    assert b.shared == (("a", 50),)
