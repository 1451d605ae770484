"""render/report/lists.py: the report's plan and its table of every activity."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

from onepoints_cli.domain.models import Evidence, Ledger, Settings
from onepoints_cli.domain.points.allocation import make_plan
from onepoints_cli.render.report.lists import activities_section, plan_section
from tests.support.builders import SHA, activity, cert

AS_OF = dt.date(2026, 6, 1)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[dict[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs))

    def handle_data(self, data):
        self.text.append(data)


def _parsed(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    return parser


def test_no_activities_says_so():
    assert activities_section([], str) == '<p class="muted">No activities yet.</p>'


def test_each_activity_row_escapes_text_and_links_its_evidence():
    risky = activity(1)._replace(
        title='<script>alert("x")</script>',
        evidence=(Evidence("/home/me/My Docs/cert #1.pdf", 1, SHA), Evidence("C:\\Users\\me\\b.pdf", 1, SHA)),
    )
    html = activities_section([(risky, "counting"), (activity(2, evidence=False), "aged_out")], str)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    parsed = _parsed(html)
    assert [link["href"] for link in parsed.links] == [
        "file:///home/me/My%20Docs/cert%20%231.pdf",
        "file:///C:/Users/me/b.pdf",
    ]
    assert [link["title"] for link in parsed.links] == [
        "/home/me/My Docs/cert #1.pdf",
        "C:\\Users\\me\\b.pdf",
    ]
    assert "cert #1.pdf" in parsed.text and "b.pdf" in parsed.text
    assert '<tr data-activity="2" data-state="aged_out">' in html
    assert '<span class="state tone-yellow">none</span>' in html  # no evidence
    assert "aged out" in parsed.text


def test_relative_evidence_is_made_absolute_by_locate():
    a = activity(1)._replace(evidence=(Evidence("docs/c.pdf", 1, SHA),))
    html = activities_section([(a, "counting")], lambda p: "/data/" + p)
    assert _parsed(html).links[0]["href"] == "file:///data/docs/c.pdf"


def test_the_plan_names_who_is_served_and_who_is_short():
    acts = tuple(activity(n, day=dt.date(2026, 1, n), points="20") for n in range(1, 4))
    ledger = Ledger(
        certifications=(cert(), cert(id="ocp", expires=dt.date(2027, 6, 30)), cert(id="wfe", micro=True)),
        activities=acts,
        next_activity_id=4,
    )
    html = plan_section(make_plan(ledger, Settings(), AS_OF))
    assert html.startswith("<p>1 of 2 certifications reach 40 points; each activity extends one.</p>")
    assert "short by 20 points" in html
    assert "A micro-credential, not extended with OnePoints." in html
    assert html.count("<h3") == 3
