"""render/report/page.py: the whole report page, its sections in order, holder text escaped."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

from onepoints_cli.domain.models import Ledger, Settings
from onepoints_cli.domain.points.allocation import make_plan
from onepoints_cli.domain.points.standing import standings
from onepoints_cli.domain.points.timeline import balance_steps, pool, timeline_for
from onepoints_cli.domain.window import states_on
from onepoints_cli.render.report.chart import ChartData
from onepoints_cli.render.report.page import Report, report_html
from tests.support.builders import activity, cert

AS_OF = dt.date(2026, 6, 1)


class _Tags(HTMLParser):
    """Every open tag is closed (void elements aside), in order."""

    VOID = {"meta", "br", "img", "link", "input", "hr", "col", "path", "rect", "line", "circle", "polyline"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.h2: list[str] = []
        self._in_h2 = False

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)
        self._in_h2 = tag == "h2"

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        assert self.stack and self.stack[-1] == tag, (self.stack[-3:], tag)
        self.stack.pop()
        self._in_h2 = False

    def handle_data(self, data):
        if self._in_h2:
            self.h2.append(data)


def _report(settings: Settings) -> Report:
    acts = (
        activity(1, day=dt.date(2025, 9, 1), points="25"),
        activity(2, day=dt.date(2026, 8, 1), points="20"),
    )
    ledger = Ledger(certifications=(cert(),), activities=acts, next_activity_id=3)
    line = timeline_for(ledger, settings, AS_OF, None, None)
    done = balance_steps([a for a in pool(ledger) if a.date <= AS_OF], AS_OF, line.end)
    return Report(
        AS_OF,
        settings,
        standings(ledger, settings, AS_OF),
        make_plan(ledger, settings, AS_OF),
        ChartData(line, done, AS_OF),
        states_on(ledger, AS_OF),
        "9.9<x>",
    )


def test_the_page_has_every_section_in_order_and_balanced_markup():
    html = report_html(_report(Settings()), str)
    parser = _Tags()
    parser.feed(html)
    assert parser.stack == []
    assert parser.h2 == ["Certifications", "Balance over time", "Plan", "Activities"]
    assert "<title>OnePoints report as of 2026-06-01</title>" in html
    assert "onepoints 9.9&lt;x&gt;" in html  # even the version is escaped


def test_the_holder_is_named_escaped_only_when_set():
    plain = report_html(_report(Settings()), str)
    assert '<p class="meta">as of 2026-06-01 · onepoints' in plain
    named = report_html(_report(Settings(holder_name="Ann <admin>", holder_email="ann@example.com")), str)
    assert '<p class="meta">Ann &lt;admin&gt;, ann@example.com · as of 2026-06-01' in named
