"""The next-step sentence: it stays short and never contradicts the day.

The domain returns a NextStep value (all the ids, the day); render/advice.py words it,
so the cap on listed ids and the expiry-day wording are checked on the words.
"""

from __future__ import annotations

import datetime as dt

import pytest

from onepoints_cli.domain.models import Ledger, Settings
from onepoints_cli.domain.points.standing import standings
from onepoints_cli.domain.rules import IDS_LISTED_IN_ADVICE
from onepoints_cli.render.advice import next_step_text
from tests.support.builders import activity, cert


def test_lacking_evidence_ids_are_capped():
    many = tuple(activity(i, dt.date(2026, 1, 1), "1", evidence=False) for i in range(1, 501))
    (s,) = standings(Ledger(certifications=(cert(),), activities=many), Settings(), dt.date(2026, 6, 1))
    assert s.state == "needs_evidence"
    assert s.next_step.action == "attach_evidence" and s.next_step.activities == tuple(range(1, 501))
    text = next_step_text(s)
    listed = ", ".join(str(i) for i in range(1, IDS_LISTED_IN_ADVICE + 1))
    assert f"{listed} and {500 - IDS_LISTED_IN_ADVICE} more" in text
    assert len(text) < 300


def test_no_before_the_expiry_on_the_expiry_day():
    done = tuple(activity(i, dt.date(2026, 1, 1), "10") for i in range(1, 5))
    ledger = Ledger(certifications=(cert(expires=dt.date(2027, 3, 31)),), activities=done)
    (on_the_day,) = standings(ledger, Settings(), dt.date(2027, 3, 31))
    (day_before,) = standings(ledger, Settings(), dt.date(2027, 3, 30))
    assert on_the_day.state == day_before.state == "late"
    on_the_day_text, day_before_text = next_step_text(on_the_day), next_step_text(day_before)
    assert "before the expiry on" not in on_the_day_text and "expires today" in on_the_day_text
    # a case must be in BEFORE the expiry date: on the day itself no bundle is advised
    assert on_the_day.next_step.action == "ask_credentialing" and "onepoints bundle" not in on_the_day_text
    assert "before the expiry on 2027-03-31" in day_before_text


@pytest.mark.parametrize(
    ("points", "ages", "does"),
    [
        ("1", "1 point ages out", "1 planned point dated after the last day to submit does not"),
        ("1.5", "1.5 points age out", "1.5 planned points dated after the last day to submit do not"),
        ("0.5", "0.5 points age out", "0.5 planned points dated after the last day to submit do not"),
    ],
)
def test_the_warnings_agree_with_their_number(points, ages, does):
    """Seen on the shipped examples: "1 point age out before the deadline"."""
    from decimal import Decimal

    from onepoints_cli.domain.points.standing_types import Alert
    from onepoints_cli.render.advice import warning_text

    day = dt.date(2027, 1, 21)
    assert warning_text(Alert("aging_out", Decimal(points), day)).startswith(f"{ages} before the deadline")
    assert warning_text(Alert("planned_after_deadline", Decimal(points), day)).startswith(does)


@pytest.mark.parametrize(("first", "row"), [("1", "then 1 ages out"), ("2", "then 2 age out")])
def test_the_submit_by_row_agrees_with_its_number(capsys, first, row):
    from onepoints_cli.render.status import print_status

    done = (activity(1, dt.date(2025, 1, 10), first), activity(2, dt.date(2025, 6, 1), "39"))
    ledger = Ledger(certifications=(cert(expires=dt.date(2027, 6, 30)),), activities=done)
    day = dt.date(2026, 12, 1)
    print_status(standings(ledger, Settings(), day), day)
    out = capsys.readouterr().out
    assert f"Submit by        2027-01-09  (in 39 days), {row}" in out
