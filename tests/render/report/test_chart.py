"""render/report/chart.py: the balance chart, its text alternatives and its table, on a known ledger."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from onepoints_cli.domain.models import Ledger, Settings
from onepoints_cli.domain.points.timeline import balance_steps, pool, timeline_for
from onepoints_cli.render.report.chart import (
    DASH_DEADLINE,
    DASH_EXPIRY,
    DASH_PLANNED,
    ChartData,
    chart_section,
)
from tests.support.builders import activity, cert

AS_OF = dt.date(2026, 6, 1)


def _chart(*acts, certs=(cert(),)) -> str:
    ledger = Ledger(certifications=certs, activities=acts, next_activity_id=len(acts) + 1)
    settings = Settings(lead_days=30)
    line = timeline_for(ledger, settings, AS_OF, None, None)
    done = balance_steps([a for a in pool(ledger) if a.date <= AS_OF], AS_OF, line.end)
    return chart_section(ChartData(line, done, AS_OF))


def _rows(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<tr data-day="([0-9-]+)" data-balance="([0-9.]+)">', html)


def test_the_table_lists_each_change_with_the_balance_from_that_day():
    html = _chart(
        activity(1, day=dt.date(2025, 2, 1), points="25"), activity(2, day=dt.date(2025, 3, 1), points="20")
    )
    rows = _rows(html)
    # Activity 1 ages out on 2027-02-01, activity 2 on 2027-03-01, both before the expiry: two steps down.
    assert rows[0] == ("2026-06-01", "45")
    assert ("2027-02-01", "20") in rows and ("2027-03-01", "0") in rows
    assert "−25 1 Activity 1 ages out" in html


def test_planned_activities_get_a_dashed_line_circles_and_a_legend_entry():
    done_only = _chart(activity(1, day=dt.date(2025, 9, 1), points="25"))
    assert DASH_PLANNED not in done_only and "planned-arrivals" not in done_only
    planned = _chart(
        activity(1, day=dt.date(2025, 9, 1), points="25"), activity(2, day=dt.date(2026, 7, 1), points="20")
    )
    assert f'stroke-dasharray="{DASH_PLANNED}"' in planned
    assert "<circle" in planned and "a planned activity (circle)" in planned
    assert "+20 2 Activity 2 (planned)" in planned
    row = re.search(
        r'<tr data-day="2026-07-01" data-balance="45"><td>2026-07-01</td><td class="num">45</td><td class="num">([0-9.]+)</td>',
        planned,
    )
    assert row is not None and row.group(1) == "25"  # without the planned activity


def test_deadline_and_expiry_are_marked_with_their_dashes_and_described():
    html = _chart(activity(1, day=dt.date(2025, 9, 1), points="45"))
    assert f'stroke-dasharray="{DASH_DEADLINE}"' in html and "oca deadline 2027-03-01" in html
    assert f'stroke-dasharray="{DASH_EXPIRY}"' in html and "oca expires 2027-03-31" in html
    desc = re.search(r'<desc id="chart-desc">(.*?)</desc>', html).group(1)
    assert "oca: deadline 2027-03-01 with 45 points, expires 2027-03-31." in desc
    assert desc.endswith("The table below the chart lists every change.")


def test_user_text_in_titles_is_escaped():
    html = _chart(activity(1, day=dt.date(2025, 2, 1))._replace(title="<script>x</script>"))
    assert "<script>" not in html and "&lt;script&gt;" in html


@pytest.mark.parametrize(("points", "top_label"), [("45", ">50<"), ("150", ">200<")])
def test_the_scale_steps_by_10_up_to_100_then_by_50(points, top_label):
    html = _chart(activity(1, day=dt.date(2025, 9, 1), points=points))
    labels = re.findall(r'text-anchor="end">([0-9]+)</text>', html)
    step = int(labels[1]) - int(labels[0])
    assert step == (10 if int(points) <= 100 else 50)
    assert f">{labels[-1]}<" == top_label


def test_a_single_point_ageing_out_says_ages():
    html = _chart(activity(1, day=dt.date(2025, 2, 1), points="1"))
    assert "2027-02-01: 1 point ages out (1 Activity 1)" in html
