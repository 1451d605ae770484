"""A built bundle checked on a day (docs/rules.md, "Built bundles are checked"):
the points it still holds, the last day it holds 40, and what the advice does with it."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from onepoints_cli.domain.bundle.problems import NotEnoughPoints
from onepoints_cli.domain.bundle.selection import select_activities
from onepoints_cli.domain.ledger.as_of_view import ledger_as_of
from onepoints_cli.domain.models import Bundle, ExamAttempt, Extension, Ledger, Settings
from onepoints_cli.domain.points.bundle_check import check_bundle
from onepoints_cli.domain.points.standing import standings
from onepoints_cli.render.advice import next_step_text
from tests.support.builders import SHA, activity, cert

DAY = timedelta(days=1)
# The case: built 2026-12-06 from 30 points of 2025-01-10 and 10 of 2025-06-01.
BUILT = date(2026, 12, 6)
AGED = date(2027, 1, 10)  # the 30 points age out
ACTS = (activity(1, date(2025, 1, 10), "30"), activity(2, date(2025, 6, 1), "10"))
BUNDLE = Bundle(1, "oca", BUILT, BUILT, (1, 2), Decimal(40), "/b/oca.zip", SHA)


def ledger(*more_acts, certs=(cert(date(2027, 6, 30)),), bundles=(BUNDLE,)) -> Ledger:
    return Ledger(next_activity_id=100, certifications=certs, activities=ACTS + more_acts, bundles=bundles)


@pytest.mark.parametrize(
    ("day", "counting", "complete", "stopped_on"),
    [
        (AGED - DAY, 40, True, None),  # the last day it holds 40
        (AGED, 10, False, AGED),  # the first it does not
    ],
)
def test_check_at_the_ageing_out_edge(day, counting, complete, stopped_on):
    check = check_bundle(ledger(), BUNDLE, day)
    assert (check.counting, check.complete, check.complete_until, check.stopped_on) == (
        counting,
        complete,
        AGED - DAY,
        stopped_on,
    )


def test_status_never_recommends_an_out_of_date_bundle():
    fresh = activity(3, date(2026, 6, 1), "40")  # enough for a new bundle
    (s,) = standings(ledger(fresh), Settings(), date(2027, 2, 1))
    assert s.next_step.action == "rebuild_bundle"
    text = next_step_text(s)
    assert "Bundle 1 is out of date" in text and "do not submit it" in text and "attach it" not in text
    assert [a.kind for a in s.warnings][0] == "bundle_out_of_date"
    (before,) = standings(ledger(fresh), Settings(), AGED - DAY)
    assert before.next_step.action == "send_bundle" and before.next_step.by == AGED - DAY


def test_without_enough_for_a_new_one_the_advice_is_to_earn_and_warns():
    (s,) = standings(ledger(), Settings(), date(2027, 2, 1))
    assert s.next_step.action == "earn"
    assert s.warnings[0].kind == "bundle_out_of_date" and s.warnings[0].day == AGED


@pytest.mark.parametrize(("day", "held"), [(AGED - DAY, True), (AGED, False)])
def test_an_out_of_date_bundle_leaves_its_activities_free(day, held):
    other = cert(date(2027, 6, 30), id="ocla")
    fresh = activity(3, date(2026, 6, 1), "5")
    led = ledger(fresh, certs=(cert(date(2027, 6, 30)), other))
    if held:
        with pytest.raises(NotEnoughPoints) as refused:
            select_activities(led, other, day)
        assert {(b.id, b.cert) for _, b in refused.value.held} == {(1, "oca")}
    else:  # 10 + 5 do not reach 40, but the refusal no longer names bundle 1
        with pytest.raises(NotEnoughPoints) as refused:
            select_activities(led, other, day)
        assert refused.value.held == ()


def test_an_out_of_date_bundle_frees_activities_for_a_selection():
    other = cert(date(2027, 6, 30), id="ocla")
    led = ledger(activity(3, date(2026, 6, 1), "30"), certs=(cert(date(2027, 6, 30)), other))
    picked = select_activities(led, other, AGED)
    assert [a.id for a in picked.activities] == [2, 3] and picked.held == ()


def test_shared_line_counts_what_the_other_bundle_holds():
    """Point 12: the other certification's built, complete bundle holds the points."""
    other = cert(date(2028, 6, 30), id="ocla")
    led = ledger(certs=(cert(date(2027, 6, 30)), other))
    by_id = {s.cert.id: s for s in standings(led, Settings(), BUILT)}
    assert by_id["ocla"].shared == (("oca", Decimal(40)),)
    # once it is out of date, it holds nothing
    by_id = {s.cert.id: s for s in standings(led, Settings(), AGED)}
    assert by_id["ocla"].shared == ()


# --- --as-of: what was done after the day is not seen ---------------------------------------


@pytest.mark.parametrize(("day", "seen"), [(BUILT - DAY, False), (BUILT, True)])
def test_as_of_ignores_a_bundle_made_later(day, seen):
    assert (ledger_as_of(ledger(), day).bundles == (BUNDLE,)) is seen


@pytest.mark.parametrize(
    ("day", "expires", "used"),
    [
        (date(2026, 12, 9), date(2027, 6, 30), False),  # the day before it was recorded
        (date(2026, 12, 10), date(2029, 6, 30), True),  # the day it was recorded
    ],
)
def test_as_of_ignores_an_extension_recorded_later(day, expires, used):
    ext = Extension(1, "oca", date(2026, 12, 10), date(2027, 6, 30), date(2029, 6, 30), (1, 2), 1)
    stored = ledger()._replace(
        certifications=(cert(date(2029, 6, 30)),),
        extensions=(ext,),
        exams=(ExamAttempt("OCA", date(2026, 12, 10), "pass"),),
    )
    view = ledger_as_of(stored, day)
    assert view.certifications[0].expires == expires
    assert (view.extensions == (ext,)) is used and (len(view.exams) == 1) is used
    (s,) = standings(view, Settings(), day)
    assert s.balance == (0 if used else 40)
