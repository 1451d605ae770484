"""The next-step sentence: it stays short and never contradicts the day."""

from __future__ import annotations

import datetime as dt

from onepoints_cli.domain.models import Ledger, Settings
from onepoints_cli.domain.rules import IDS_LISTED_IN_ADVICE
from onepoints_cli.domain.standing import standings
from tests.support.builders import activity, cert


def test_lacking_evidence_ids_are_capped():
    many = tuple(activity(i, dt.date(2026, 1, 1), "1", evidence=False) for i in range(1, 501))
    (s,) = standings(Ledger(certifications=(cert(),), activities=many), Settings(), dt.date(2026, 6, 1))
    assert s.state == "needs_evidence"
    listed = ", ".join(str(i) for i in range(1, IDS_LISTED_IN_ADVICE + 1))
    assert f"{listed} and {500 - IDS_LISTED_IN_ADVICE} more" in s.next_step
    assert len(s.next_step) < 300


def test_no_before_the_expiry_on_the_expiry_day():
    done = tuple(activity(i, dt.date(2026, 1, 1), "10") for i in range(1, 5))
    ledger = Ledger(certifications=(cert(expires=dt.date(2027, 3, 31)),), activities=done)
    (on_the_day,) = standings(ledger, Settings(), dt.date(2027, 3, 31))
    (day_before,) = standings(ledger, Settings(), dt.date(2027, 3, 30))
    assert on_the_day.state == day_before.state == "late"
    assert "before the expiry" not in on_the_day.next_step and "expires today" in on_the_day.next_step
    assert "before the expiry on 2027-03-31" in day_before.next_step


def test_add_months_short_cut_agrees_with_the_calendar():
    import calendar

    from onepoints_cli.domain.dates import add_months

    for day in (dt.date(2024, 1, d) for d in range(1, 32)):
        for months in (-24, -1, 1, 13, 24):
            got = add_months(day, months)
            index = day.year * 12 + day.month - 1 + months
            year, month = divmod(index, 12)
            last = calendar.monthrange(year, month + 1)[1]
            assert got == dt.date(year, month + 1, min(day.day, last))
