"""render/report/chart.py on any ledger: the table under the chart is timeline's series,
every point of the drawing lies inside the chart, and the markup balances."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from onepoints_cli.domain.models import Ledger, Settings
from onepoints_cli.domain.timeline import balance_steps, pool, timeline_for
from onepoints_cli.render.report.chart import _H, _W, ChartData, chart_section
from onepoints_cli.render.timeline import timeline_data
from tests.support.builders import activity, cert
from tests.support.report_ledger import Page

AS_OF = dt.date(2026, 11, 24)

_activities = st.lists(
    st.tuples(
        st.dates(dt.date(2023, 6, 1), dt.date(2027, 6, 30)),
        st.sampled_from(["0.25", "1", "2.5", "8", "16", "40", "120"]),
    ),
    max_size=25,
)
_expiries = st.lists(st.dates(dt.date(2025, 1, 1), dt.date(2029, 12, 31)), min_size=0, max_size=3)


def _chart(days_points, expiries) -> tuple[str, Ledger]:
    acts = tuple(activity(i + 1, day, points) for i, (day, points) in enumerate(days_points))
    certs = tuple(cert(e, f"c{i}") for i, e in enumerate(expiries))
    ledger = Ledger(certifications=certs, activities=acts)
    line = timeline_for(ledger, Settings(), AS_OF, None, None)
    done = balance_steps([a for a in pool(ledger) if a.date <= AS_OF], AS_OF, line.end)
    return chart_section(ChartData(line, done, AS_OF)), ledger


@settings(max_examples=60, deadline=None)
@given(_activities, _expiries)
def test_chart_table_is_the_timeline_and_drawing_stays_inside(days_points, expiries):
    html, ledger = _chart(days_points, expiries)
    page = Page(html)
    assert page.problems == []
    data = timeline_data(timeline_for(ledger, Settings(), AS_OF, None, None))
    expected = [(s["date"].isoformat(), s["balance"]) for s in data["series"]]
    assert [(day, Decimal(b)) for day, b in page.series()] == expected
    for tag, attrs in page.tags:
        for name in ("x", "x1", "x2", "cx"):
            if name in attrs:
                assert -1 <= float(attrs[name] or 0) <= _W + 1, (tag, attrs)
        for name in ("y", "y1", "y2", "cy"):
            if name in attrs and tag != "text":
                assert -1 <= float(attrs[name] or 0) <= _H + 1, (tag, attrs)
        if tag == "path" and attrs.get("d"):
            numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", attrs["d"] or "")]
            assert all(-10 <= n <= _W + 10 for n in numbers), attrs["d"]
