"""render/report/cards.py: one card per certification, its values those of `status --json`."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

import pytest

from onepoints_cli.domain.models import Ledger, Settings
from onepoints_cli.domain.points.standing import standings
from onepoints_cli.domain.validation import points_text
from onepoints_cli.render.report.cards import card, cards_section
from onepoints_cli.render.status import standing_data
from tests.support.builders import activity, cert

AS_OF = dt.date(2026, 6, 1)


class _Keys(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.values: dict[str, str] = {}
        self.current: str | None = None
        self.shown: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        if "data-key" in found:
            self.current = found["data-key"]
            if "data-value" in found:
                self.values[self.current] = found["data-value"]
            self.shown[self.current] = ""

    def handle_data(self, data):
        if self.current is not None:
            self.shown[self.current] += data

    def handle_endtag(self, tag):
        if tag in ("dd", "span"):
            self.current = None


def _one(*acts, name=None, **cert_changes):
    holder = cert(**cert_changes)
    holder = holder._replace(name=name) if name else holder
    ledger = Ledger(certifications=(holder,), activities=acts, next_activity_id=len(acts) + 1)
    (s,) = standings(ledger, Settings(lead_days=30, warn_days=90), AS_OF)
    return s


@pytest.mark.parametrize(
    "acts",
    [
        (),
        (activity(1, day=dt.date(2026, 1, 1), points="12.5"),),
        (
            activity(1, day=dt.date(2025, 6, 1), points="30"),
            activity(2, day=dt.date(2026, 7, 1), points="15"),
        ),
        (activity(1, day=dt.date(2026, 1, 1), points="45", evidence=False),),
    ],
)
def test_every_keyed_value_is_the_one_status_json_gives(acts):
    s = _one(*acts)
    parser = _Keys()
    parser.feed(card(s))
    data = standing_data(s)
    assert {"state", "balance", "balance_with_evidence", "deadline", "expires", "next_step"} <= set(
        parser.shown
    )
    for key, value in parser.values.items():
        expected = data[key]
        shown = points_text(expected) if not isinstance(expected, (str, dt.date)) else str(expected)
        assert value == shown, key
    assert parser.shown["next_step"] == data["next_step"]


def test_a_card_escapes_the_name_and_fills_the_bar_in_proportion():
    s = _one(activity(1, day=dt.date(2026, 1, 1), points="10"), name="<b>Bold</b> & Co")
    html = card(s)
    assert "<b>Bold</b>" not in html and "&lt;b&gt;Bold&lt;/b&gt; &amp; Co" in html
    assert 'style="width:25.0%"' in html
    assert "30 needed" in html


def test_a_full_balance_caps_the_bar_and_says_enough():
    html = card(_one(activity(1, day=dt.date(2026, 1, 1), points="60")))
    assert 'style="width:100.0%"' in html and "enough" in html


def test_a_micro_credential_card_shows_only_its_expiry():
    html = card(_one(micro=True))
    assert html.count("<dt>") == 1 and "<dt>Expires</dt>" in html


def test_the_ageing_table_appears_only_with_activities_ageing_out():
    assert "Ages out before the deadline" not in card(_one(activity(1, day=dt.date(2026, 1, 1))))
    assert "Ages out before the deadline" in card(_one(activity(1, day=dt.date(2024, 7, 1))))


def test_no_certification_says_how_to_add_one():
    assert "onepoints cert add NAME --expires DATE" in cards_section([])
    assert cards_section([_one()]).startswith('<div class="cards"><article class="card')
