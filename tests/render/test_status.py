"""render/status.py: each certification's standing as plain lines or JSON."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from onepoints_cli.domain.models import Ledger, Settings
from onepoints_cli.domain.points.standing import standings
from onepoints_cli.domain.points.submit_by import SubmitByReason
from onepoints_cli.render import status
from tests.support.builders import activity, cert

AS_OF = dt.date(2026, 6, 1)
SETTINGS = Settings(lead_days=30, warn_days=90)


@pytest.fixture(autouse=True)
def _plain(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")


def _standings(*acts, certs=(cert(),), as_of=AS_OF):
    ledger = Ledger(certifications=certs, activities=acts, next_activity_id=len(acts) + 1)
    return standings(ledger, SETTINGS, as_of)


@pytest.mark.parametrize(
    ("days", "text"),
    [(-2, "2 days ago"), (-1, "1 day ago"), (0, "today"), (1, "in 1 day"), (30, "in 30 days")],
)
def test_days_text(days, text):
    assert status.days_text(days) == text


@pytest.mark.parametrize(
    ("reason", "text"),
    [
        (None, ""),
        (SubmitByReason("deadline"), ", the deadline"),
        (SubmitByReason("expiry"), ", the day before the expiry"),
        (SubmitByReason("ageing_out", Decimal(1), AS_OF), ", then 1 ages out"),
        (SubmitByReason("ageing_out", Decimal("2.50"), AS_OF), ", then 2.5 age out"),
    ],
)
def test_submit_by_why(reason, text):
    (s,) = _standings()
    assert status.submit_by_why(s._replace(submit_by_reason=reason)) == text


def test_a_short_certification_shows_its_balance_bar_and_next_step(capsys):
    (s,) = _standings(activity(1, day=dt.date(2026, 1, 1), points="10"))
    status.print_status([s], AS_OF)
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0] == "As of 2026-06-01"
    assert lines[2].startswith("OneStream Certified Associate (oca): ")
    assert "  Expires          2027-03-31  (in 303 days)" in lines
    assert "  Deadline         2027-03-01  (in 273 days)" in lines
    assert "  Balance          10 / 40  [#####---------------]  30 needed" in lines
    assert "  With evidence    10" in lines
    assert lines[-1].startswith("  Next: ")
    assert err == ""


def test_a_full_balance_says_enough_and_fills_the_bar(capsys):
    (s,) = _standings(activity(1, day=dt.date(2026, 1, 1), points="45"))
    status.print_status([s], AS_OF)
    assert (
        "  Balance          45 / 40  [####################]  enough" in capsys.readouterr().out.splitlines()
    )


def test_only_attention_prints_nothing_when_all_is_well(capsys):
    (s,) = _standings(certs=(cert(expires=dt.date(2030, 1, 1)),), as_of=AS_OF)
    s = s._replace(needs_attention=False)
    status.print_status([s], AS_OF, only_attention=True)
    assert capsys.readouterr() == ("", "")
    status.print_status([s._replace(needs_attention=True)], AS_OF, only_attention=True)
    out = capsys.readouterr().out
    assert out.startswith("OneStream Certified Associate (oca): ")  # no heading, no blank line first


def test_the_aging_table_lists_the_first_ones_and_counts_the_rest(capsys):
    # Dated 2024-07-01..: each ages out before the deadline of 2027-03-01.
    acts = [activity(n, day=dt.date(2024, 7, n), points="1") for n in range(1, 11)]
    (s,) = _standings(*acts)
    assert len(s.aging_out) == 10
    status.print_status([s], AS_OF)
    lines = capsys.readouterr().out.splitlines()
    assert "  Ages out before the deadline:" in lines
    assert "    ... and 2 more (onepoints list)" in lines


def test_json_has_the_numbers_as_numbers_and_dates_as_text(capsys):
    (s,) = _standings(activity(1, day=dt.date(2026, 1, 1), points="12.5"))
    status.emit_json([s], AS_OF)
    data = json.loads(capsys.readouterr().out)
    assert data["as_of"] == "2026-06-01"
    (item,) = data["certifications"]
    assert (item["id"], item["balance"], item["needed"]) == ("oca", 12.5, 27.5)
    assert (item["deadline"], item["days_to_deadline"], item["days_to_expiry"]) == ("2027-03-01", 273, 303)
    assert item["next_action"] == s.next_step.action
    assert item["bundle_check"] is None and item["open_bundle"] is None


def test_no_certification_says_how_to_add_one(capsys):
    status.print_no_certifications()
    assert 'onepoints cert add "OneStream Certified Associate" --expires' in capsys.readouterr().out


def test_a_micro_credential_shows_only_its_expiry(capsys):
    (s,) = _standings(certs=(cert(micro=True),))
    status.print_status([s], AS_OF)
    lines = capsys.readouterr().out.splitlines()
    assert lines[2] == "OneStream Certified Associate (oca): micro-credential"
    assert not any(line.strip().startswith(("Deadline", "Balance")) for line in lines)
    assert status.state_label("micro") == "micro-credential" and status.state_colour("late") == "red"
