"""`onepoints report`: the whole page, from the values `status`, `plan` and `timeline` use."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from ...domain.models import Activity, ActivityState, Settings
from ...domain.points.allocation import Plan
from ...domain.points.standing import Standing
from .cards import cards_section
from .chart import ChartData, chart_section
from .lists import activities_section, plan_section
from .markup import esc, page
from .style import STYLESHEET


class Report(NamedTuple):
    as_of: date
    settings: Settings
    standings: list[Standing]
    plan: Plan
    chart: ChartData
    activities: list[tuple[Activity, ActivityState]]
    version: str


def report_html(report: Report, locate: Callable[[str], str]) -> str:
    s = report.settings
    holder = ", ".join(esc(x) for x in (s.holder_name, s.holder_email) if x)
    meta = (f"{holder} · " if holder else "") + f"as of {report.as_of} · onepoints {esc(report.version)}"
    body = [
        f'<header><h1>OnePoints report</h1><p class="meta">{meta}</p></header>\n<main>\n',
        f'<section id="certifications"><h2>Certifications</h2>{cards_section(report.standings)}</section>\n',
        f"<section><h2>Balance over time</h2>{chart_section(report.chart)}</section>\n",
        f'<section id="plan"><h2>Plan</h2>{plan_section(report.plan)}</section>\n',
        f"<section><h2>Activities</h2>{activities_section(report.activities, locate)}</section>\n",
        "</main>\n",
    ]
    return page(f"OnePoints report as of {report.as_of}", STYLESHEET, "".join(body))
